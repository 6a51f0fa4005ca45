/**
 * One dispatched Server-Sent Event (WHATWG HTML §9.2 "Server-sent events").
 *
 * - `event`: the `event:` field of the block, `undefined` when absent or empty (type `message`).
 * - `data`: the `data:` lines of the block joined with `\n` (always present: a block without any
 *   `data:` line is not dispatched).
 * - `id`: the `id:` field seen in this block (ids containing U+0000 are ignored), `undefined`
 *   when the block had none. The sticky "last event ID" of the spec is `lastEventId`.
 * - `lastEventId`: the last event ID buffer after this block (sticky across events, as the
 *   spec's `lastEventId`), `undefined` until a server sends one. Used for `Last-Event-ID` resume.
 * - `retry`: the reconnection time in milliseconds set by the last valid `retry:` field seen
 *   since the previous dispatched event (in this block or in data-less blocks before it).
 *
 * Non-SSE framings (Gemini JSON-array stream, NDJSON, plain text) are also expressed as
 * `SseEvent`s with only `data` set, so that every dialect consumes one shape.
 */
export interface SseEvent {
  event?: string;
  data: string;
  id?: string;
  lastEventId?: string;
  retry?: number;
}

/** A line that is not a valid SSE field (unknown field name) or a bad `retry:` value. */
export interface SseInvalidField {
  /** `unknown-field` or `invalid-retry` (eventsource-parser's error types). */
  type: 'unknown-field' | 'invalid-retry';
  /** The whole line, without its line terminator. */
  line: string;
  /** Human-readable message (eventsource-parser's wording). */
  message: string;
}
