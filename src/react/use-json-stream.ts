import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createJsonStream } from '../core/stream/create-json-stream.js';
import type { JsonStream, JsonStreamOptions, JsonStreamState } from '../core/stream/create-json-stream.js';
import type { JsonValue } from '../core/json/types.js';

/** Options of {@link useJsonStream}: every {@link JsonStreamOptions} field, plus: */
export interface UseJsonStreamOptions extends JsonStreamOptions {
  /** Start as soon as the component mounts. Default `true`. With `false`, call `start()`. */
  autoStart?: boolean;
  /**
   * Identity of the request. When it changes, the old stream is aborted and a new one created
   * (and started when `autoStart`). Default: the source itself when it is a string or `URL`,
   * otherwise fixed for the component's lifetime (use `restart()` to send again).
   */
  requestKey?: string;
}

/** Result of {@link useJsonStream}: the stream's current state plus its controls. */
export interface UseJsonStreamResult<T = JsonValue> extends JsonStreamState<T> {
  /** Sends the request (when `autoStart` is false, or after an end via `restart`). */
  start: () => void;
  /** Cancels the request; status becomes `aborted`; the last value stays. */
  abort: () => void;
  /** Aborts if running, clears the value and sends the request again. */
  restart: () => void;
  /** The underlying store, for `useStreamField` and `<StreamProvider>`. */
  stream: JsonStream<T>;
}

interface Holder<T> {
  stream: JsonStream<T>;
  mounts: number;
}

/**
 * Streams one JSON value from an LLM endpoint into React state.
 * Re-renders at most once per animation frame while streaming (see `throttle`), immediately at
 * the end. Safe under StrictMode (exactly one request: the start is deferred one microtask and
 * the simulated unmount does not abort) and during server rendering (renders the `idle` state,
 * touches no `window`). User callbacks are read from a ref, so passing new closures each render
 * neither restarts nor re-subscribes anything.
 *
 * Errors are never thrown: they arrive in `error` (a `RipenError` with a stable `code`) with
 * `status: 'error'`, and the last good `value` stays.
 */
export function useJsonStream<T = JsonValue>(options: UseJsonStreamOptions): UseJsonStreamResult<T> {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const source = options.source as unknown;
  const requestKey = options.requestKey ?? (typeof source === 'string' ? source : source instanceof URL ? source.href : '');

  const [holders] = useState(() => new Map<string, Holder<T>>());
  const holder = useMemo(() => {
    const existing = holders.get(requestKey);
    if (existing) return existing;
    const created: Holder<T> = {
      stream: createJsonStream<T>({
        ...optionsRef.current,
        onFinish: (state) => optionsRef.current.onFinish?.(state),
        onError: (error) => optionsRef.current.onError?.(error),
      }),
      mounts: 0,
    };
    holders.clear();
    holders.set(requestKey, created);
    return created;
  }, [holders, requestKey]);

  const { stream } = holder;
  const state = useSyncExternalStore(stream.subscribe, stream.getSnapshot, stream.getServerSnapshot);

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
    () => ({ ...state, start: stream.start, abort: stream.abort, restart: stream.restart, stream }),
    [state, stream],
  );
}
