import { sizeLimitError } from './create-sse-parser.js';

/** Callbacks and result of {@link createJsonSequenceSplitter}. */
export interface JsonSequenceSplitter {
  /** Feeds text. */
  push(text: string): void;
  /**
   * Declares the end of the text. Returns the unfinished value's text when the body stopped in
   * the middle of one (never passed to `onValue`), otherwise `undefined`.
   */
  end(): string | undefined;
  /** True once the outer array's closing `]` was seen (or no outer array was used). */
  closed(): boolean;
}

/**
 * Splits a streamed JSON array (`[{...},\r\n{...}]`, e.g. Gemini `streamGenerateContent`
 * without `alt=sse`) into the raw text of each element, as soon as each element is complete;
 * also accepts concatenated top-level values (`{...}{...}` or whitespace-separated).
 * Linear time: every character is scanned once; strings and escapes are tracked so brackets
 * inside strings are ignored. Only splits; values are not validated here.
 *
 * @param onValue - called with each complete element's text
 * @param maxBufferSize - largest unfinished element, in characters; past it `push` throws
 *   `RipenError` code `size-limit`. Default unbounded.
 */
export function createJsonSequenceSplitter(
  onValue: (text: string) => void,
  maxBufferSize = Number.POSITIVE_INFINITY,
): JsonSequenceSplitter {
  let buffered = 0;
  let depth = 0;
  let baseDepth = 0;
  let started = false;
  let closed = false;
  let inString = false;
  let escaped = false;
  let inValue = false;
  let pieces: string[] = [];
  let valueStart = -1;

  const finishValue = (text: string, endIndex: number): void => {
    pieces.push(text.slice(Math.max(valueStart, 0), endIndex));
    const value = pieces.join('').trim();
    pieces = [];
    buffered = 0;
    valueStart = -1;
    inValue = false;
    if (value.length > 0) onValue(value);
  };

  return {
    push(text) {
      if (inValue) valueStart = 0;
      for (let index = 0; index < text.length; index++) {
        const char = text.charCodeAt(index);
        if (inString) {
          if (escaped) escaped = false;
          else if (char === 0x5c) escaped = true;
          else if (char === 0x22) inString = false;
          continue;
        }
        const isSpace = char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09;
        if (!started) {
          if (isSpace) continue;
          started = true;
          if (char === 0x5b) {
            baseDepth = 1;
            depth = 1;
            continue;
          }
        }
        if (depth === baseDepth && !inValue) {
          if (isSpace || char === 0x2c) continue;
          if (baseDepth === 1 && char === 0x5d) {
            closed = true;
            depth = 0;
            baseDepth = 0;
            continue;
          }
          inValue = true;
          valueStart = index;
        }
        if (char === 0x22) inString = true;
        else if (char === 0x7b || char === 0x5b) depth++;
        else if (char === 0x7d || char === 0x5d) {
          if (depth === baseDepth) {
            // closing bracket of the outer array right after a primitive element
            finishValue(text, index);
            if (baseDepth === 1) closed = true;
            depth = 0;
            baseDepth = 0;
            continue;
          }
          depth--;
          if (depth === baseDepth) finishValue(text, index + 1);
        } else if (depth === baseDepth && (char === 0x2c || isSpace)) {
          finishValue(text, index);
        }
      }
      if (inValue) {
        const rest = text.slice(Math.max(valueStart, 0));
        buffered += rest.length;
        if (buffered > maxBufferSize) throw sizeLimitError(maxBufferSize);
        pieces.push(rest);
      }
    },
    end() {
      if (!inValue) return undefined;
      const rest = pieces.join('').trim();
      // A top-level primitive ends with the text (e.g. `42`): that is complete, not truncated.
      if (depth === 0 && baseDepth === 0 && !inString && rest.length > 0) {
        pieces = [];
        inValue = false;
        onValue(rest);
        return undefined;
      }
      return rest;
    },
    closed: () => closed || (started && baseDepth === 0 && !inValue),
  };
}
