import { createAbortError } from '../sse/read-chunks.js';

/**
 * Waits `milliseconds` (one `setTimeout`), or rejects with `RipenError` code `aborted` as soon as
 * `signal` aborts. The timer and the abort listener are always both removed.
 */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(createAbortError(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(createAbortError(signal));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, milliseconds),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
