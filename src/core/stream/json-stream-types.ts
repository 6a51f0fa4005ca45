import type { RipenError } from '../errors/ripen-error.js';
import type { JsonParserOptions, JsonValue } from '../json/types.js';
import type { SchemaVerdict } from '../schema/create-schema-validation.js';
import type { FieldPolicies } from '../schema/field-policies.js';
import type { SchemaInput } from '../schema/json-schema.js';
import type { SchemaSkeleton } from '../schema/schema-skeleton.js';
import type { ReadProviderEventsOptions } from '../transport/read-provider-events.js';
import type { Throttle } from './commit-scheduler.js';
import type { PartSelector } from './part-selector.js';
import type { ValidationState } from './stream-view.js';
import type { StreamPart, StreamState } from './types.js';

// The shapes of createJsonStream: its options, its store and the states it publishes.

/** {@link StreamState} plus every parsed part, the schema's skeleton and validation. */
export interface JsonStreamStateBase<T = JsonValue> extends StreamState<T> {
  /**
   * Every content and tool-call part seen so far, in order of first appearance; each keeps its
   * object identity while it does not change (see {@link StreamPart}).
   */
  parts: readonly StreamPart[];
  /** The part whose value is `value`, once chosen (one of `parts`). */
  selectedPart: StreamPart | undefined;
  /** The schema's layout, known before the first byte (`undefined` without a schema). */
  skeleton: SchemaSkeleton | undefined;
  /** Progressive validation against `schema`: `status` and the issues found so far. */
  validation: ValidationState;
}

/**
 * A published state of a {@link JsonStream}: {@link JsonStreamStateBase} plus `valid` and
 * `output` ({@link SchemaVerdict}). `valid` is true when `status` is `complete` and the value
 * passed the schema (or none was given), and narrows `output`: then the schema library's own
 * output for the final value (`~standard.validate`'s `value`: defaults, transforms and coercions
 * applied; `StandardSchemaV1.InferOutput` of the schema) or, without a schema, the value itself;
 * `undefined` otherwise. `value` stays the raw streamed JSON.
 */
export type JsonStreamState<T = JsonValue, Output = T> = JsonStreamStateBase<T> & SchemaVerdict<Output>;

/** Options of {@link createJsonStream}; every option is checked at creation (`invalid-option`). */
export interface JsonStreamOptions<T = JsonValue, Output = T>
  extends Omit<ReadProviderEventsOptions, 'signal' | 'onActivity'> {
  /**
   * Schema of the value: any Standard Schema (zod 4, valibot, arktype), a Standard JSON Schema or
   * a JSON Schema object. Gives the skeleton before the first byte, validates each node as it
   * completes (issues in `validation`, the node's status `invalid`, the stream goes on) and the
   * whole value at the end (`~standard.validate`; a throwing validate ends the stream with
   * `schema-error`).
   */
  schema?: SchemaInput;
  /** Reveal policies per JSON Pointer pattern; see {@link FieldPolicies}. */
  policies?: FieldPolicies;
  /** Value shown before the first byte (e.g. cached or placeholder data); replaced by the stream's. */
  initialValue?: T;
  /**
   * Called once per node of `value` when it completes, in document order of closing (children
   * before parents), whatever the chunking; `pointer` is an RFC 6901 JSON Pointer. If it throws,
   * the error is reported once as `callback-error` (through `onError` and `console.error`) and
   * the stream goes on.
   */
  onFieldComplete?: (pointer: string, value: unknown) => void;
  /** Which part becomes `value`. Default `'auto'`; see {@link PartSelector}. */
  select?: PartSelector;
  /** Parser options (tolerant by default, limits). A fatal parse error or limit ends the stream at once. */
  parser?: JsonParserOptions;
  /** Publish rate while streaming. Default `'frame'`; see {@link Throttle}. */
  throttle?: Throttle;
  /**
   * Milliseconds without any record (SSE event, line, JSON-array element, text chunk) before
   * the stream is stopped with status `error`, code `idle-timeout` (the body is cancelled).
   * SSE comments (`: keep-alive`) and Anthropic `ping` events do not count as activity; the
   * wait for the response headers does. Default {@link DEFAULT_IDLE_TIMEOUT} (120 s: reasoning
   * models can think for over a minute before their first token); `false` disables it.
   */
  idleTimeout?: number | false;
  /** An outside abort signal; aborting it aborts the stream (status `aborted`). */
  signal?: AbortSignal;
  /** Called once when the stream reaches an end status. A throw is reported as `callback-error`. */
  onFinish?: (state: JsonStreamState<T, Output>) => void;
  /**
   * Called with the error that ended the stream, and with each `callback-error` (once per
   * callback). A throw inside `onError` is logged once and contained.
   */
  onError?: (error: RipenError) => void;
}

/**
 * A framework-agnostic store over one streamed JSON value, shaped for React's
 * `useSyncExternalStore` (`subscribe` / `getSnapshot` / `getServerSnapshot`).
 */
export interface JsonStream<T = JsonValue, Output = T> {
  /** Adds a listener called after each published state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current immutable state (same object until something changes). */
  getSnapshot(): JsonStreamState<T, Output>;
  /** The state to render on the server: always the initial `idle` state. */
  getServerSnapshot(): JsonStreamState<T, Output>;
  /** Sends the request. No-op while connecting or streaming, or after an end status. */
  start(): void;
  /** Cancels the request and the body (any source kind, at any moment); status becomes `aborted`. No-op after an end. */
  abort(): void;
  /**
   * Aborts if running, clears the value and starts again (a new request). A `Response`,
   * `ReadableStream` or `AsyncIterable` source can be read once: restarting one that was
   * started ends with status `error`, code `invalid-option`.
   */
  restart(): void;
}
