import { createSseParser } from './create-sse-parser.js';
import { decodeText } from './decode-text.js';
import type { ChunkSource } from './read-chunks.js';
import type { SseEvent, SseInvalidField } from './sse-event.js';
import { SseTruncatedError } from './sse-truncated-error.js';

/** Options of {@link readSseEvents}. */
export interface ReadSseEventsOptions {
  /** Aborts reading; the iterator then rejects with `RipenError` code `aborted`. */
  signal?: AbortSignal;
  /** Called for each comment line (`: keep-alive`), without the leading colon and space. */
  onComment?: (comment: string) => void;
  /** Called for each valid `retry:` field, in milliseconds. */
  onRetry?: (milliseconds: number) => void;
  /** Called for each line that is not a valid field (unknown name, bad `retry`). */
  onInvalidField?: (field: SseInvalidField) => void;
  /** Largest pending event, in characters. Default 16 MiB; past it the iterator rejects with code `size-limit`. */
  maxBufferSize?: number;
}

/**
 * Reads Server-Sent Events from a body of UTF-8 bytes or strings (WHATWG HTML §9.2).
 *
 * Decoding is streaming (a character split at any byte is never turned into U+FFFD); parsing is
 * eventsource-parser 3.x: one leading BOM removed, CR / LF / CRLF, comments, multi-line data,
 * `retry`, `id` with U+0000 ignored, sticky `lastEventId`.
 *
 * End of body: a clean end (after a blank line, or with only comments / data-less fields
 * pending) just finishes the iteration. A body that ends inside an event that has `data:` lines
 * (no blank line after them) is **not** dispatched: after yielding every complete event the
 * iterator rejects with {@link SseTruncatedError} (code `sse-truncated`) whose `pending` holds
 * the unfinished event's data.
 *
 * Errors: `aborted` on abort, `network-error` when the body fails (see `readChunks`),
 * `size-limit` when one event exceeds `maxBufferSize`.
 *
 * @param stream - a `ReadableStream` or `AsyncIterable` of `Uint8Array` / `string` chunks
 * @param options - see {@link ReadSseEventsOptions}
 * @returns an async iterable of {@link SseEvent}
 */
export async function* readSseEvents(
  stream: ChunkSource,
  options: ReadSseEventsOptions = {},
): AsyncGenerator<SseEvent, void, undefined> {
  const queue: SseEvent[] = [];
  const parser = createSseParser({
    onEvent: (event) => queue.push(event),
    ...(options.onComment ? { onComment: options.onComment } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    ...(options.onInvalidField ? { onInvalidField: options.onInvalidField } : {}),
    ...(options.maxBufferSize === undefined ? {} : { maxBufferSize: options.maxBufferSize }),
  });
  for await (const text of decodeText(stream, options.signal)) {
    parser.push(text);
    while (queue.length > 0) yield queue.shift() as SseEvent;
  }
  const pending = parser.end();
  while (queue.length > 0) yield queue.shift() as SseEvent;
  if (pending) throw new SseTruncatedError(pending);
}
