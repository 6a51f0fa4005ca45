import { RipenError } from '../errors/ripen-error.js';
import { createBodyExcerpt } from './redact-secrets.js';

// Loaded by checkResponse (open-source.ts) with the first failed response: a stream that never
// meets an HTTP error never loads this.

/** Longest wait for an HTTP error body, in milliseconds (a trickling 500 is published after it). */
export const ERROR_BODY_TIMEOUT = 2_000;
/** Most characters read from an HTTP error body. */
export const ERROR_BODY_LIMIT = 4_096;

/**
 * Reads at most {@link ERROR_BODY_LIMIT} characters of an error body, for at most
 * {@link ERROR_BODY_TIMEOUT} ms (or until `signal` aborts), then cancels it.
 */
async function readExcerpt(response: Response, signal: AbortSignal | undefined): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop: (() => void) | undefined;
  const stopped = new Promise<undefined>((resolve) => {
    stop = () => resolve(undefined);
    timer = setTimeout(stop, ERROR_BODY_TIMEOUT);
  });
  const onAbort = (): void => stop?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (text.length < ERROR_BODY_LIMIT && !signal?.aborted) {
      const result = await Promise.race([reader.read(), stopped]);
      if (result === undefined || result.done) break;
      text += decoder.decode(result.value, { stream: true });
    }
  } catch {
    // the excerpt is best effort
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    void reader.cancel().catch(() => undefined);
  }
  return text.slice(0, ERROR_BODY_LIMIT);
}

/** Reads the provider's error type from a JSON error body (`{"error":{"type":…}}`), best effort. */
function errorTypeOf(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { error?: { type?: unknown; status?: unknown; code?: unknown } | unknown };
    const error = (Array.isArray(parsed) ? (parsed[0] as typeof parsed | undefined) : parsed)?.error;
    if (typeof error !== 'object' || error === null) return undefined;
    const record = error as { type?: unknown; status?: unknown; code?: unknown };
    for (const value of [record.type, record.status, record.code]) if (typeof value === 'string') return value;
  } catch {
    // not JSON
  }
  return undefined;
}

/**
 * The `http-error` of a non-2xx response: `status`, `providerType` (from a JSON error body, when
 * present) and `bodyExcerpt` (≤ 500 characters, secrets redacted), from at most
 * {@link ERROR_BODY_LIMIT} characters of its body read for at most {@link ERROR_BODY_TIMEOUT} ms.
 */
export async function readHttpError(response: Response, signal: AbortSignal | undefined): Promise<RipenError> {
  const text = await readExcerpt(response, signal);
  const bodyExcerpt = createBodyExcerpt(text);
  const providerType = errorTypeOf(text);
  return new RipenError(
    'http-error',
    `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${bodyExcerpt ? `: ${bodyExcerpt.slice(0, 200)}` : ''}`,
    {
      status: response.status,
      bodyExcerpt,
      ...(providerType === undefined ? {} : { providerType }),
    },
  );
}
