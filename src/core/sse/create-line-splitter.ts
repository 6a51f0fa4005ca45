import { sizeLimitError } from './create-sse-parser.js';

/** See {@link createLineSplitter}. */
export interface LineSplitter {
  /** Feeds text. */
  push(text: string): void;
  /** Declares the end; returns the last line when it had no line terminator (`undefined` if none). */
  end(): string | undefined;
}

/**
 * Splits text into lines (LF or CRLF; a CR before LF is removed), for NDJSON and the Vercel AI
 * SDK v4 data-stream protocol (`0:"text"\n`). Empty lines are skipped. A line is passed to
 * `onLine` only once its terminator arrived; the unterminated rest is returned by `end()`.
 *
 * @param onLine - called with each complete, non-empty line
 * @param maxBufferSize - largest unfinished line, in characters; past it `push` throws
 *   `RipenError` code `size-limit`. Default unbounded.
 */
export function createLineSplitter(
  onLine: (line: string) => void,
  maxBufferSize = Number.POSITIVE_INFINITY,
): LineSplitter {
  let pieces: string[] = [];
  let buffered = 0;
  return {
    push(text) {
      let start = 0;
      let newline = text.indexOf('\n');
      while (newline !== -1) {
        pieces.push(text.slice(start, newline));
        let line = pieces.join('');
        pieces = [];
        buffered = 0;
        if (line.endsWith('\r')) line = line.slice(0, -1);
        if (line.trim().length > 0) onLine(line);
        start = newline + 1;
        newline = text.indexOf('\n', start);
      }
      if (start < text.length) {
        buffered += text.length - start;
        if (buffered > maxBufferSize) throw sizeLimitError(maxBufferSize);
        pieces.push(text.slice(start));
      }
    },
    end() {
      const rest = pieces.join('');
      pieces = [];
      const line = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
      return line.trim().length > 0 ? line : undefined;
    },
  };
}
