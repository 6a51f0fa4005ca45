import type { RipenError } from '../errors/ripen-error.js';
import type { FieldStatus, JsonValue, JsonWarning } from '../json/types.js';
import type { TokenUsage } from '../providers/normalize-usage.js';
import type { FinishReason } from '../providers/types.js';

/**
 * Lifecycle of one streamed value, as one string (also put on the DOM as `data-state`):
 * `idle` (not started) → `connecting` (request sent, no byte yet) → `streaming` (bytes arriving)
 * → one end state: `complete` (provider's end marker with a normal finish and a finished JSON
 * value), `truncated` (max tokens, or the body ended without an end marker), `aborted`
 * (`abort()` was called), `error` (see the error's `code`: HTTP, network, provider, safety
 * stop, no JSON, idle timeout, fatal parse error, callback or internal error).
 */
export type StreamStatus = 'idle' | 'connecting' | 'streaming' | 'complete' | 'truncated' | 'aborted' | 'error';

/**
 * Function returning the {@link FieldStatus} of the node at an RFC 6901 JSON Pointer (`""` =
 * root). A published state's reader answers for that state only (frozen with its snapshot).
 */
export type FieldStatusReader = (pointer: string) => FieldStatus;

/**
 * Status of one output part: `streaming` until the part's own end event (Anthropic
 * `content_block_stop`, a tool call finished, Responses `output_item.done`, a finish reason…)
 * or the end of the stream; then `complete` (ended normally), `truncated` (its JSON was left
 * unfinished), `error` (its JSON hit a fatal parse error or limit) or `aborted`.
 */
export type PartStatus = 'streaming' | 'complete' | 'truncated' | 'aborted' | 'error';

/**
 * One content or tool-call part of the model's output, as published in `state.parts`. The same
 * object is kept from one state to the next while nothing in the part changed.
 */
export interface StreamPart {
  /** Stable id within the stream: `content`, `choice1/content`, `tool/0`, `choice1/tool/0`. */
  id: string;
  kind: 'content' | 'tool-call';
  /** Tool (function) name, for tool calls once known. */
  name?: string;
  /** Provider's tool call id (`call_…`, `toolu_…`), when given. */
  callId?: string;
  /** Choice / candidate index (OpenAI `n`, Gemini candidates). */
  choice: number;
  /** The part's JSON value so far (raw, auto-completed); `undefined` while it has none (prose). */
  value: JsonValue | undefined;
  /** The part's raw text so far (a prose answer, or the tool call's argument text). */
  text: string;
  status: PartStatus;
  /** True once the part reached its own end event (or the stream ended). */
  done: boolean;
  /** Status of a node of this part's value by JSON Pointer. */
  fieldStatus: FieldStatusReader;
}

/** Immutable state of a JSON stream, as returned by `getSnapshot()`. */
export interface StreamState<T = JsonValue> {
  /** Auto-completed value so far (structurally shared between states); `undefined` before it starts. */
  value: T | undefined;
  status: StreamStatus;
  /**
   * The error that ended the stream (status `error`, or `truncated` with code `truncated` /
   * `sse-truncated`); `undefined` otherwise.
   */
  error: RipenError | undefined;
  /** Normalised finish reason from the provider, once known. */
  finishReason: FinishReason | undefined;
  /** Status of any node of `value` by JSON Pointer. */
  fieldStatus: FieldStatusReader;
  /** Repairs applied by the tolerant parser to the selected part. */
  warnings: readonly JsonWarning[];
  /**
   * Raw text of the selected content part, or of the first content part when the selected part
   * is a tool call or nothing was selected: a prose answer (status `error`, code `not-json`)
   * stays readable here.
   */
  text: string;
  /** Token usage once the provider reported it (see {@link TokenUsage}). */
  usage: TokenUsage | undefined;
}

/** True for the statuses after which nothing changes any more. */
export function isEndStatus(status: StreamStatus): boolean {
  return status === 'complete' || status === 'truncated' || status === 'aborted' || status === 'error';
}
