import type { RipenError } from '../errors/ripen-error.js';
import type { JsonValue } from '../json/types.js';
import type { SchemaSkeleton } from '../schema/schema-skeleton.js';
import type { JsonStream, JsonStreamState } from './json-stream-types.js';
import { NO_VALIDATION } from '../schema/schema-verdict.js';
import type { ValidationState } from '../schema/schema-verdict.js';
import type { FieldStatusReader } from './types.js';

/** The reader of a state without a selected part: every pointer is `absent`. */
export const absent: FieldStatusReader = () => 'absent';

/** The `idle` state: the initial value, the schema's skeleton and validation, nothing else yet. */
export function initialState<T, Output = T>(
  initialValue: T | undefined,
  skeleton: SchemaSkeleton | undefined,
  validation: ValidationState,
): JsonStreamState<T, Output> {
  return {
    value: initialValue,
    status: 'idle',
    error: undefined,
    finishReason: undefined,
    fieldStatus: absent,
    warnings: [],
    text: '',
    usage: undefined,
    parts: [],
    selectedPart: undefined,
    skeleton,
    validation,
    valid: false,
    output: undefined,
  };
}

/**
 * A stream that failed at creation (e.g. `invalid-option`): its state is `error` with `error`
 * from the first render; `start`, `abort`, `restart` do nothing. Used by `useJsonStream`, which
 * never throws during render.
 */
export function createFailedStream<T = JsonValue, Output = T>(
  error: RipenError,
  initialValue?: T,
): JsonStream<T, Output> {
  // Never valid, so `output` stays undefined whatever the schema's output type.
  const state: JsonStreamState<T, Output> = {
    ...initialState<T, Output>(initialValue, undefined, NO_VALIDATION),
    status: 'error',
    error,
  };
  const noop = (): void => undefined;
  return {
    subscribe: () => noop,
    getSnapshot: () => state,
    getServerSnapshot: () => state,
    start: noop,
    abort: noop,
    restart: noop,
  };
}
