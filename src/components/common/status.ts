import type { FieldStatus } from '../../core/json/types.js';
import { appendJsonPointer, escapeJsonPointerToken } from '../../core/pointer/json-pointer.js';
import { isEndStatus, type FieldStatusReader, type StreamStatus } from '../../core/stream/types.js';

/**
 * What a component shows, also written on its root as `data-state`:
 * `skeleton` (nothing yet) → `streaming` (partial value) → `complete`; or one of the distinct end
 * states `truncated` (cut off), `aborted` (stopped by the user), `error` (stream failed) and
 * `invalid` (the value, or its props, failed parsing or validation).
 */
export type ComponentState = 'skeleton' | 'streaming' | 'complete' | 'truncated' | 'aborted' | 'error' | 'invalid';

/** Stream props shared by every streaming component. */
export interface StreamingProps {
  /** Overall stream status (see {@link StreamStatus}). Default `'complete'` (static data). */
  status?: StreamStatus;
  /**
   * Status of any node by RFC 6901 pointer relative to the document root. When omitted, statuses
   * are inferred: a node is `absent` if undefined, `complete` once the stream ended, else
   * `streaming`; inside a streaming array or object every item but the last is `complete`
   * (JSON text is written in order, so earlier siblings are closed).
   */
  fieldStatus?: FieldStatusReader | undefined;
  /** Pointer of this component's value in the document (default `""`, the root). */
  pointer?: string;
  /** Milliseconds to wait before showing the skeleton shimmer (space stays reserved). Default 0. */
  skeletonDelay?: number | undefined;
}

/** Escapes one reference token per RFC 6901 (`~` → `~0`, `/` → `~1`); the core pointer module's. */
export const escapePointerToken = escapeJsonPointerToken;

/** Appends one token to an RFC 6901 pointer: `childPointer('/rows', 3)` → `'/rows/3'` (core pointer module). */
export const childPointer = appendJsonPointer;

/**
 * Field status of a node: the reader's answer when given, else inferred from the value and the
 * stream status (`absent` if undefined, `complete` after an end status, else `streaming`).
 */
export function readFieldStatus(
  value: unknown,
  status: StreamStatus,
  fieldStatus: FieldStatusReader | undefined,
  pointer: string,
): FieldStatus {
  if (fieldStatus) return fieldStatus(pointer);
  if (value === undefined) return 'absent';
  return isEndStatus(status) ? 'complete' : 'streaming';
}

/**
 * Field status of a child inside a parent whose status is known, without a reader: children of a
 * complete parent are complete; in a streaming parent only the last child can still be streaming.
 * With a reader, the reader decides.
 */
export function readChildStatus(
  parent: FieldStatus,
  childValue: unknown,
  isLast: boolean,
  fieldStatus: FieldStatusReader | undefined,
  pointer: string,
): FieldStatus {
  if (fieldStatus) return fieldStatus(pointer);
  if (childValue === undefined) return 'absent';
  if (parent === 'complete' || parent === 'invalid') return parent;
  return isLast ? 'streaming' : 'complete';
}

/**
 * The child `key` of a node at `pointer` whose status is `parent`: its pointer, its field status
 * ({@link readChildStatus}; an absent child of a settled view counts as complete when
 * `absentComplete`), and the stream props to pass on: a complete child gets `status: 'complete'`
 * and no reader, so memoised parts see unchanged props and skip re-rendering.
 */
export function childSlot(
  parent: FieldStatus,
  value: unknown,
  key: string | number,
  isLast: boolean,
  status: StreamStatus,
  fieldStatus: FieldStatusReader | undefined,
  pointer: string,
  absentComplete = false,
): {
  value: unknown;
  field: FieldStatus;
  pointer: string;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
} {
  const child = appendJsonPointer(pointer, key);
  let field = readChildStatus(parent, value, isLast, fieldStatus, child);
  if (field === 'absent' && absentComplete) field = 'complete';
  const settled = field === 'complete';
  return {
    value,
    field,
    pointer: child,
    status: settled ? 'complete' : status,
    fieldStatus: settled ? undefined : fieldStatus,
  };
}

/**
 * Component state from the node's field status and the stream status: `invalid` and `complete`
 * fields win; otherwise an ended stream gives its end state; otherwise `skeleton` until a value
 * exists, then `streaming`.
 */
export function resolveState(field: FieldStatus, status: StreamStatus, value: unknown): ComponentState {
  if (field === 'invalid' || field === 'complete') return field;
  // An end status is its own state; idle, connecting and streaming show a skeleton until a value arrives.
  return isEndStatus(status) ? (status as ComponentState) : value === undefined ? 'skeleton' : 'streaming';
}

/** Component state for a node of a component's value (the two helpers above combined). */
export function stateOf(
  value: unknown,
  status: StreamStatus,
  fieldStatus: FieldStatusReader | undefined,
  pointer: string,
): { field: FieldStatus; state: ComponentState } {
  const field = readFieldStatus(value, status, fieldStatus, pointer);
  // Without a reader an ended stream makes every present field `complete`, but the component
  // itself still shows how the stream ended (truncated / aborted / error).
  const stateField = fieldStatus || status === 'complete' ? field : value === undefined ? 'absent' : 'streaming';
  return { field, state: resolveState(stateField, status, value) };
}

/** Show the streaming caret? Only for a streaming field while the stream is still live. */
export function showCaret(field: FieldStatus, status: StreamStatus): boolean {
  return field === 'streaming' && !isEndStatus(status);
}

/** Root attributes for a state: `data-state`, and `aria-busy` while skeleton or streaming. */
export function stateAttributes(state: ComponentState): { 'data-state': ComponentState; 'aria-busy'?: true } {
  return state === 'skeleton' || state === 'streaming'
    ? { 'data-state': state, 'aria-busy': true }
    : { 'data-state': state };
}

/** True for states that will not change any more. */
export function isSettledState(state: ComponentState): boolean {
  return state !== 'skeleton' && state !== 'streaming';
}

/** Joins class names, skipping falsy ones. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
