import { RipenError, isRipenError } from '../errors/ripen-error.js';

/** A body to read: a WHATWG `ReadableStream` or any `AsyncIterable`, of bytes or strings. */
export type ChunkSource = ReadableStream<Uint8Array | string> | AsyncIterable<Uint8Array | string>;

/** The `aborted` error for `signal`, keeping its reason as `cause`. */
export function createAbortError(signal: AbortSignal | undefined): RipenError {
  const reason: unknown = signal?.reason;
  if (isRipenError(reason) && reason.code === 'aborted') return reason;
  return new RipenError('aborted', 'The stream was aborted.', { cause: reason });
}

function isReadableStream(source: ChunkSource): source is ReadableStream<Uint8Array | string> {
  return typeof (source as ReadableStream).getReader === 'function';
}

/**
 * Reads every chunk of `source`, honouring `signal`.
 *
 * - Abort (before the first read, during a read, or while the consumer holds a chunk) rejects
 *   with a `RipenError` code `aborted` and cancels the body (`cancel()` / `iterator.return()`).
 * - A failing stream rejects with `RipenError` code `network-error` (the original error as
 *   `cause`); a `RipenError` raised by the source is passed through unchanged.
 * - Exactly one `abort` listener is added while reading and it is always removed: after the
 *   generator finishes, fails, is returned early, or the signal fires.
 *
 * @param source - the body
 * @param signal - optional abort signal
 */
export async function* readChunks(
  source: ChunkSource,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array | string, void, undefined> {
  if (signal?.aborted) {
    // Aborted before the first read: the body is still cancelled (never left open).
    try {
      if (isReadableStream(source)) {
        if (!source.locked) void source.cancel(signal.reason).catch(() => undefined);
      } else void Promise.resolve(source[Symbol.asyncIterator]().return?.()).catch(() => undefined);
    } catch {
      // best effort
    }
    throw createAbortError(signal);
  }
  let next: () => Promise<IteratorResult<Uint8Array | string>>;
  let cancel: () => void;
  let release: () => void;
  if (isReadableStream(source)) {
    const reader = source.getReader();
    next = () => reader.read() as Promise<IteratorResult<Uint8Array | string>>;
    cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
    release = () => reader.releaseLock();
  } else {
    const iterator = source[Symbol.asyncIterator]();
    next = () => iterator.next();
    cancel = () => void Promise.resolve(iterator.return?.()).catch(() => undefined);
    release = () => undefined;
  }
  let rejectPending: ((error: unknown) => void) | undefined;
  let cancelled = false;
  const onAbort = (): void => {
    cancelled = true;
    cancel();
    const reject = rejectPending;
    rejectPending = undefined;
    reject?.(createAbortError(signal));
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    for (;;) {
      if (signal?.aborted) throw createAbortError(signal);
      const result = await new Promise<IteratorResult<Uint8Array | string>>((resolve, reject) => {
        rejectPending = reject;
        next().then(resolve, reject);
      });
      rejectPending = undefined;
      if (signal?.aborted) throw createAbortError(signal);
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } catch (error) {
    finished = true;
    if (signal?.aborted) throw createAbortError(signal);
    if (!cancelled) cancel();
    cancelled = true;
    if (isRipenError(error)) throw error;
    throw new RipenError('network-error', 'Reading the response body failed.', { cause: error });
  } finally {
    rejectPending = undefined;
    signal?.removeEventListener('abort', onAbort);
    if (!finished && !cancelled) cancel();
    else if (finished && !cancelled) {
      try {
        release();
      } catch {
        // a reader with a pending read cannot be released; nothing else to do
      }
    }
  }
}
