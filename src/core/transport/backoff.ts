/** Retry policy for failures before the first byte (see `ReadProviderEventsOptions.retry`). */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  attempts?: number;
  /** Delay before the first retry, in milliseconds. Default 500. */
  initialDelay?: number;
  /** Multiplier per retry. Default 2. */
  factor?: number;
  /** Upper bound of one delay (also of a server's `Retry-After`), in milliseconds. Default 8000. */
  maxDelay?: number;
  /** HTTP statuses that are retried. Default `[408, 425, 429, 500, 502, 503, 504]`. Network errors are always retried. */
  statuses?: readonly number[];
}

/** Resume policy (see `ReadProviderEventsOptions.resume`). */
export interface ResumeOptions {
  /** Reconnections per stream. Default 3. */
  attempts?: number;
  /** Delay before reconnecting, in milliseconds, unless the server sent `retry:`. Default 1000. */
  delay?: number;
}

/** Resolved retry policy. */
export type ResolvedRetry = Required<RetryOptions>;

/** Fills defaults; `undefined` / `false` → no retry. */
export function resolveRetry(retry: boolean | RetryOptions | undefined): ResolvedRetry | undefined {
  if (!retry) return undefined;
  const options = retry === true ? {} : retry;
  return {
    attempts: Math.max(0, Math.floor(options.attempts ?? 2)),
    initialDelay: Math.max(0, options.initialDelay ?? 500),
    factor: Math.max(1, options.factor ?? 2),
    maxDelay: Math.max(0, options.maxDelay ?? 8000),
    statuses: options.statuses ?? [408, 425, 429, 500, 502, 503, 504],
  };
}

/** Resolved resume policy. */
export type ResolvedResume = Required<ResumeOptions>;

/** Fills defaults; `undefined` / `false` → no resume. */
export function resolveResume(resume: boolean | ResumeOptions | undefined): ResolvedResume | undefined {
  if (!resume) return undefined;
  const options = resume === true ? {} : resume;
  return { attempts: Math.max(0, Math.floor(options.attempts ?? 3)), delay: Math.max(0, options.delay ?? 1000) };
}

/**
 * Delay before retry number `retryIndex` (0-based): `initialDelay × factor^retryIndex`, or the
 * server's `Retry-After` (seconds or HTTP date) when given, both capped at `maxDelay`.
 */
export function backoffDelay(
  policy: ResolvedRetry,
  retryIndex: number,
  retryAfter: string | null | undefined,
  now = Date.now(),
): number {
  let delay = policy.initialDelay * policy.factor ** retryIndex;
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) delay = seconds * 1000;
    else {
      const date = Date.parse(retryAfter);
      if (Number.isFinite(date)) delay = Math.max(0, date - now);
    }
  }
  return Math.min(delay, policy.maxDelay);
}
