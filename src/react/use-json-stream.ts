import { useEffect, useMemo, useRef, useState } from 'react';
import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { RipenError, isRipenError } from '../core/errors/ripen-error.js';
import { invalidOption } from '../core/sse/invalid-option.js';
import { checkStreamOptions } from '../core/stream/check-stream-options.js';
import { createFailedStream, createJsonStream } from '../core/stream/create-json-stream.js';
import type { JsonStream, JsonStreamOptions, JsonStreamState } from '../core/stream/create-json-stream.js';
import type { JsonValue } from '../core/json/types.js';
import type { JsonSchema } from '../core/schema/json-schema.js';
import type { StreamStatus } from '../core/stream/types.js';
import type { ValidationState } from '../core/stream/stream-view.js';
import { usePrioritizedSnapshot } from './use-prioritized-snapshot.js';

/** `T` with every property optional at every depth: the type of a value still streaming. */
export type DeepPartial<T> = T extends readonly (infer Item)[]
  ? DeepPartial<Item>[]
  : T extends object
    ? { [Key in keyof T]?: DeepPartial<T[Key]> }
    : T;

/**
 * Options of {@link useJsonStream}: every {@link JsonStreamOptions} field, plus the ones below.
 * `T` is the JSON the model streams (the schema's *input* type: a `.default()` field may be
 * missing), `Output` what the schema library makes of it (its output type: defaults, transforms).
 */
export interface UseJsonStreamOptions<T = JsonValue, Output = T> extends Omit<JsonStreamOptions<T, Output>, 'schema'> {
  /** Schema of the value: its input type becomes `T`, its output type `Output` (see {@link JsonStreamOptions.schema}). */
  schema?: StandardSchemaV1<T, Output> | StandardJSONSchemaV1<T, Output> | JsonSchema;
  /** Start as soon as the component mounts. Default `true`. With `false`, call `start()`. */
  autoStart?: boolean;
  /**
   * Identity of the request. When it changes, the old stream is aborted and a new one created
   * (and started when `autoStart`). Default: the source itself when it is a string or `URL`,
   * otherwise fixed for the component's lifetime (use `restart()` to send again).
   */
  requestKey?: string;
}

interface Controls<T, Output> {
  /** Sends the request (when `autoStart` is false). */
  start: () => void;
  /** Cancels the request; status becomes `aborted`; the last value stays. */
  abort: () => void;
  /** Aborts if running, clears the value and sends the request again. */
  restart: () => void;
  /** The underlying store, for `useStreamField` and `<StreamProvider>`. */
  stream: JsonStream<T, Output>;
}

type Shared<T, Output> = Omit<JsonStreamState<T, Output>, 'value' | 'status' | 'valid' | 'validation' | 'output'> &
  Controls<T, Output>;

/**
 * Result of {@link useJsonStream}. Narrow with `valid`: when true the stream completed and the
 * value passed the schema, so `value` is whole and `output` holds the schema library's own
 * result (defaults, transforms applied); otherwise `value` is a {@link DeepPartial} of it (or
 * `undefined` before the first byte) and `output` is `undefined`.
 */
export type UseJsonStreamResult<T = JsonValue, Output = T> =
  | (Shared<T, Output> & { valid: true; status: 'complete'; value: T; output: Output; validation: ValidationState })
  | (Shared<T, Output> & {
      valid: false;
      status: StreamStatus;
      value: DeepPartial<T> | undefined;
      output: undefined;
      validation: ValidationState;
    });

/**
 * Creates the store; misuse (`invalid-option`, `unknown-provider`, a schema that cannot be read)
 * becomes a stream whose state is `error` from the first render instead of a thrown render error.
 * Callbacks are wrapped so the latest ones (from the ref) are called; an absent one stays absent.
 */
function createStream<T, Output>(
  options: UseJsonStreamOptions<T, Output>,
  optionsRef: { readonly current: UseJsonStreamOptions<T, Output> },
): JsonStream<T, Output> {
  try {
    if (options.autoStart !== undefined && typeof options.autoStart !== 'boolean')
      throw invalidOption('autoStart', 'true | false', options.autoStart);
    if (options.requestKey !== undefined && typeof options.requestKey !== 'string')
      throw invalidOption('requestKey', 'a string', options.requestKey);
    const { autoStart: _autoStart, requestKey: _requestKey, ...rest } = options;
    const streamOptions = { ...rest } as JsonStreamOptions<T, Output>;
    // Checked as given (plain JS may pass anything), then wrapped so later renders' callbacks are used.
    checkStreamOptions(streamOptions);
    streamOptions.onFinish = (state) => optionsRef.current.onFinish?.(state);
    streamOptions.onError = (error) => optionsRef.current.onError?.(error);
    streamOptions.onFieldComplete = (pointer, value) => optionsRef.current.onFieldComplete?.(pointer, value);
    return createJsonStream<T, Output>(streamOptions);
  } catch (cause) {
    const error = isRipenError(cause)
      ? cause
      : new RipenError('internal-error', 'ripen failed while creating the stream.', { cause });
    return createFailedStream<T, Output>(error, options.initialValue);
  }
}

interface Holder<T, Output> {
  stream: JsonStream<T, Output>;
  mounts: number;
}

/**
 * Streams one JSON value from an LLM endpoint into React state.
 * Re-renders at most once per animation frame while streaming (see `throttle`), immediately at
 * the end. Status changes (start, first bytes, end) and the 6 publishes after them render
 * synchronously, in the frame that publishes them; the growth of the value in between renders
 * with React's default priority, which never interrupts a `startTransition` render (a synchronous
 * update per frame, as `useSyncExternalStore` gives, restarts any transition render longer than a
 * frame until React expires it after 5 s). Safe under StrictMode (exactly one request: the start is deferred one microtask and
 * the simulated unmount does not abort) and during server rendering (renders the `idle` state
 * with the schema skeleton, touches no `window`). User callbacks are read from a ref, so passing
 * new closures each render neither restarts nor re-subscribes anything.
 *
 * Errors are never thrown: they arrive in `error` (a `RipenError` with a stable `code`) with
 * `status: 'error'`, and the last good `value` stays. Misused options (code `invalid-option`,
 * e.g. `throttle: 'fast'`) give that error state on the first render (and on the server).
 */
export function useJsonStream<T = JsonValue, Output = T>(
  options: UseJsonStreamOptions<T, Output>,
): UseJsonStreamResult<T, Output> {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const source = options.source as unknown;
  const requestKey =
    options.requestKey ?? (typeof source === 'string' ? source : source instanceof URL ? source.href : '');

  const [holders] = useState(() => new Map<string, Holder<T, Output>>());
  const holder = useMemo(() => {
    const existing = holders.get(requestKey);
    if (existing) return existing;
    const created: Holder<T, Output> = { stream: createStream(optionsRef.current, optionsRef), mounts: 0 };
    holders.clear();
    holders.set(requestKey, created);
    return created;
  }, [holders, requestKey]);

  const { stream } = holder;
  const state = usePrioritizedSnapshot(stream as JsonStream<unknown>, stream.getSnapshot, stream.getServerSnapshot);

  useEffect(() => {
    holder.mounts++;
    queueMicrotask(() => {
      if (holder.mounts > 0 && (optionsRef.current.autoStart ?? true)) holder.stream.start();
    });
    return () => {
      holder.mounts--;
      queueMicrotask(() => {
        if (holder.mounts === 0) holder.stream.abort();
      });
    };
  }, [holder]);

  return useMemo(
    () =>
      ({
        ...state,
        start: stream.start,
        abort: stream.abort,
        restart: stream.restart,
        stream,
      }) as UseJsonStreamResult<T, Output>,
    [state, stream],
  );
}
