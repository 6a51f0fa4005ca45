import type { RipenError } from '../errors/ripen-error.js';
import type { FieldStatus, JsonValue, JsonWarning } from '../json/types.js';
import type { FinishReason } from '../providers/types.js';

/**
 * Lifecycle of one streamed value, as one string (also put on the DOM as `data-state`):
 * `idle` (not started) → `connecting` (request sent, no byte yet) → `streaming` (bytes arriving)
 * → one end state: `complete` (provider's end marker with a normal finish), `truncated`
 * (max tokens, or the body ended without an end marker), `aborted` (`abort()` was called),
 * `error` (HTTP, network, provider or fatal parse error).
 */
export type StreamStatus = 'idle' | 'connecting' | 'streaming' | 'complete' | 'truncated' | 'aborted' | 'error';

/** Function returning the {@link FieldStatus} of the node at an RFC 6901 JSON Pointer (`""` = root). */
export type FieldStatusReader = (pointer: string) => FieldStatus;

/** Immutable state of a JSON stream, as returned by `getSnapshot()`. */
export interface StreamState<T = JsonValue> {
  /** Auto-completed value so far (structurally shared between states); `undefined` before it starts. */
  value: T | undefined;
  status: StreamStatus;
  /** The error that ended the stream (status `error`, or `truncated` with code `truncated`). */
  error: RipenError | undefined;
  /** Normalised finish reason from the provider, once known. */
  finishReason: FinishReason | undefined;
  /** Status of any node by JSON Pointer. */
  fieldStatus: FieldStatusReader;
  /** Repairs applied by the tolerant parser. */
  warnings: readonly JsonWarning[];
}

/** True for the statuses after which nothing changes any more. */
export function isEndStatus(status: StreamStatus): boolean {
  return status === 'complete' || status === 'truncated' || status === 'aborted' || status === 'error';
}
