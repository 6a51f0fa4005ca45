import { isRipenError } from '../errors/ripen-error.js';
import type { RipenError } from '../errors/ripen-error.js';
import { backoffDelay } from './backoff.js';
import type { ResolvedRetry } from './backoff.js';
import { getRetryAfter, openSource } from './open-source.js';
import type { OpenedSource, StreamSource } from './open-source.js';
import { sleep } from './sleep.js';

/** What {@link createOpener} needs. */
export interface OpenerOptions {
  source: StreamSource;
  init: RequestInit | undefined;
  fetch: typeof fetch | undefined;
  signal: AbortSignal | undefined;
  /** Resolved retry policy; `undefined`: no retry. */
  retry: ResolvedRetry | undefined;
  /** The source can be requested again (URL or factory). */
  repeatable: boolean;
}

/**
 * Opens the source with retry: failures **before the first byte** (`network-error`, or
 * `http-error` with a status in `retry.statuses`) are retried with exponential backoff
 * (`Retry-After` honoured, capped at `maxDelay`), for repeatable sources only. Each call of the
 * returned function is one request (plus its retries); `resumeId` is sent as `Last-Event-ID`.
 */
export function createOpener(options: OpenerOptions): (resumeId: string | undefined) => Promise<OpenedSource> {
  const { source, signal, retry } = options;
  let attempt = 0;
  return async (resumeId) => {
    for (let retryIndex = 0; ; retryIndex++) {
      try {
        return await openSource(source, {
          ...(options.init === undefined ? {} : { init: options.init }),
          ...(signal === undefined ? {} : { signal }),
          ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
          ...(resumeId === undefined ? {} : { lastEventId: resumeId }),
          attempt: attempt++,
        });
      } catch (error) {
        const canRetry =
          retry !== undefined &&
          options.repeatable &&
          retryIndex < retry.attempts &&
          isRipenError(error) &&
          (error.code === 'network-error' ||
            (error.code === 'http-error' && error.status !== undefined && retry.statuses.includes(error.status)));
        if (!canRetry) throw error;
        await sleep(backoffDelay(retry, retryIndex, getRetryAfter(error as RipenError)), signal);
      }
    }
  };
}
