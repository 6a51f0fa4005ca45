import { createJsonSequenceSplitter } from './create-json-sequence-splitter.js';
import { createLineSplitter } from './create-line-splitter.js';
import { DEFAULT_MAX_BUFFER_SIZE, createSseParser } from './create-sse-parser.js';
import type { SsePendingEvent } from './create-sse-parser.js';
import type { SseEvent, SseInvalidField } from './sse-event.js';

/**
 * How a response body is framed:
 * - `sse`: `text/event-stream` (WHATWG Server-Sent Events);
 * - `json-array`: one JSON array whose elements arrive over time (Gemini without `alt=sse`),
 *   or concatenated JSON values; each element becomes one record;
 * - `lines`: one record per line (NDJSON, Vercel AI SDK v4 data stream `0:"text"`);
 * - `text`: no framing; every decoded chunk is one record (plain text body).
 */
export type Framing = 'sse' | 'json-array' | 'lines' | 'text';

/** Callbacks of {@link createFrameDecoder}. */
export interface FrameDecoderCallbacks {
  /** One record: an SSE event, or `{ data }` for the other framings. */
  onEvent: (event: SseEvent) => void;
  /** SSE comment lines. */
  onComment?: (comment: string) => void;
  /** SSE lines that are not valid fields (e.g. a raw JSON error body after `data:` events). */
  onInvalidField?: (field: SseInvalidField) => void;
  /** Largest unfinished event / element / line, in characters. Default 16 MiB; past it `push` throws `size-limit`. */
  maxBufferSize?: number;
}

/** Push-based decoder of one framing; see {@link createFrameDecoder}. */
export interface FrameDecoder {
  readonly framing: Framing;
  push(text: string): void;
  /** Ends the body; returns the unfinished record when the body stopped inside one. */
  end(): SsePendingEvent | undefined;
  /** Sticky SSE last event ID (`undefined` for the other framings). */
  lastEventId(): string | undefined;
}

const isCompleteJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Creates a push-based decoder turning decoded text into records for one {@link Framing}.
 * For `lines`, a last line without terminator is dispatched when it is complete JSON (alone or
 * after a `X:` type prefix), and reported as unfinished otherwise.
 *
 * @param framing - the body's framing
 * @param callbacks - see {@link FrameDecoderCallbacks}
 */
export function createFrameDecoder(framing: Framing, callbacks: FrameDecoderCallbacks): FrameDecoder {
  if (framing === 'sse') {
    const parser = createSseParser(callbacks);
    return { framing, push: parser.push, end: parser.end, lastEventId: parser.lastEventId };
  }
  if (framing === 'json-array') {
    const splitter = createJsonSequenceSplitter(
      (data) => callbacks.onEvent({ data }),
      callbacks.maxBufferSize ?? DEFAULT_MAX_BUFFER_SIZE,
    );
    return {
      framing,
      push: splitter.push,
      end() {
        const rest = splitter.end();
        return rest === undefined ? undefined : { data: rest, partialLine: true };
      },
      lastEventId: () => undefined,
    };
  }
  if (framing === 'lines') {
    const splitter = createLineSplitter(
      (data) => callbacks.onEvent({ data }),
      callbacks.maxBufferSize ?? DEFAULT_MAX_BUFFER_SIZE,
    );
    return {
      framing,
      push: splitter.push,
      end() {
        const rest = splitter.end();
        if (rest === undefined) return undefined;
        const prefixed = /^[0-9a-z]:/.exec(rest);
        if (isCompleteJson(rest) || (prefixed && isCompleteJson(rest.slice(2)))) {
          callbacks.onEvent({ data: rest });
          return undefined;
        }
        return { data: rest, partialLine: true };
      },
      lastEventId: () => undefined,
    };
  }
  return {
    framing,
    push(text) {
      if (text.length > 0) callbacks.onEvent({ data: text });
    },
    end: () => undefined,
    lastEventId: () => undefined,
  };
}

/**
 * Guesses the framing of a body from its `Content-Type` and first characters. Returns
 * `undefined` while more text is needed (fewer than 6 non-space characters and no line end).
 *
 * Rules, in order: `text/event-stream` → `sse`; `application/x-ndjson` / `application/jsonl`
 * → `lines`; first non-space character `[` → `json-array`; a line starting with an SSE field
 * (`data:`, `event:`, `id:`, `retry:`) or a comment (`:`) → `sse`; `X:` with one character type
 * (Vercel AI SDK v4) or `{` → `lines`; anything else → `text`.
 *
 * @param prefix - the first decoded characters of the body
 * @param contentType - the response `Content-Type`, when known
 * @param final - true when the body has ended (decide with what there is)
 */
export function sniffFraming(prefix: string, contentType: string | undefined, final: boolean): Framing | undefined {
  const type = contentType?.toLowerCase() ?? '';
  if (type.includes('text/event-stream')) return 'sse';
  if (type.includes('ndjson') || type.includes('jsonl') || type.includes('jsonlines')) return 'lines';
  const text = prefix.trimStart();
  if (text.length === 0) return final ? 'text' : undefined;
  if (text.startsWith('[')) return 'json-array';
  if (text.startsWith(':')) return 'sse';
  if (/^(data|event|id|retry):/.test(text)) return 'sse';
  if (/^[0-9a-z]:/.test(text) || text.startsWith('{')) return 'lines';
  if (!final && text.length < 6 && !/[\r\n]/.test(text)) {
    if (/^(d(a(ta?)?)?|e(v(e(nt?)?)?)?|i(d)?|r(e(t(ry?)?)?)?|[0-9a-z])$/.test(text)) return undefined;
  }
  return 'text';
}
