import { createSseParser } from './create-sse-parser.js';
import { check, invalidOption } from './invalid-option.js';
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
  /**
   * Largest pending event, in characters. Default 16 MiB; past it the iterator rejects with code
   * `size-limit`. Ignored lines (a comment with no `onComment`, an unknown field) do not count.
   */
  maxBufferSize?: number;
}

function checkReadSseEventsOptions(stream: unknown, options: unknown): void {
  const body = stream as { getReader?: unknown; [Symbol.asyncIterator]?: unknown } | null;
  if (
    typeof body !== 'object' ||
    body === null ||
    (typeof body.getReader !== 'function' && typeof body[Symbol.asyncIterator] !== 'function')
  )
    throw invalidOption('stream', 'a ReadableStream or an AsyncIterable of Uint8Array / string chunks', stream);
  check.object(options, 'options', '{ signal?, onComment?, onRetry?, onInvalidField?, maxBufferSize? }');
  const record = options as Record<string, unknown>;
  check.signal(record.signal, 'signal');
  check.callback(record.onComment, 'onComment');
  check.callback(record.onRetry, 'onRetry');
  check.callback(record.onInvalidField, 'onInvalidField');
  check.number(record.maxBufferSize, 'maxBufferSize', 1, true, 'a positive integer (characters)');
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
 * Errors: `invalid-option` for a body or option of the wrong type or value (thrown by the call,
 * before anything is read), `aborted` on abort, `network-error` when the body fails
 * (see `readChunks`), `size-limit` when one event exceeds `maxBufferSize`.
 *
 * @param stream - a `ReadableStream` or `AsyncIterable` of `Uint8Array` / `string` chunks
 * @param options - see {@link ReadSseEventsOptions}
 * @returns an async iterable of {@link SseEvent}
 */
export function readSseEvents(
  stream: ChunkSource,
  options: ReadSseEventsOptions = {},
): AsyncGenerator<SseEvent, void, undefined> {
  checkReadSseEventsOptions(stream, options);
  return sseEvents(stream, options);
}

async function* sseEvents(
  stream: ChunkSource,
  options: ReadSseEventsOptions,
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
