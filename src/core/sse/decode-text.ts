import { readChunks } from './read-chunks.js';
import type { ChunkSource } from './read-chunks.js';

/** Push-based streaming UTF-8 decoder; see {@link createTextDecoder}. */
export interface StreamTextDecoder {
  /** Decodes one chunk (strings pass through); returns the complete characters so far. */
  push(chunk: Uint8Array | string): string;
  /** Flushes an unfinished byte sequence (U+FFFD for invalid input). */
  end(): string;
}

/**
 * Creates a streaming UTF-8 decoder: one `TextDecoder('utf-8', { ignoreBOM: true })` used with
 * `{ stream: true }`, so a character split across chunks at any byte is never replaced by
 * U+FFFD; invalid input still yields U+FFFD (WHATWG Encoding "replacement" mode). Exactly one
 * leading U+FEFF (byte order mark) at the very start of the text is removed, as the SSE spec
 * requires; later ones are kept. String chunks pass through (after flushing pending bytes).
 */
export function createTextDecoder(): StreamTextDecoder {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let atStart = true;
  let pendingBytes = false;
  const emit = (text: string): string => {
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
    }
    return text;
  };
  return {
    push(chunk) {
      if (typeof chunk === 'string') {
        const text = pendingBytes ? decoder.decode() + chunk : chunk;
        pendingBytes = false;
        return emit(text);
      }
      pendingBytes = true;
      return emit(decoder.decode(chunk, { stream: true }));
    },
    end() {
      if (!pendingBytes) return '';
      pendingBytes = false;
      return emit(decoder.decode());
    },
  };
}

/**
 * Decodes a body of UTF-8 bytes (or strings) into text chunks with {@link createTextDecoder}.
 * Empty chunks are skipped. Abort and read failures behave as in `readChunks`.
 *
 * @param source - the body
 * @param signal - optional abort signal
 */
export async function* decodeText(source: ChunkSource, signal?: AbortSignal): AsyncGenerator<string, void, undefined> {
  const decoder = createTextDecoder();
  for await (const chunk of readChunks(source, signal)) {
    const text = decoder.push(chunk);
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}
