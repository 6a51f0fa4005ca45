import { check, invalidOption } from '../sse/invalid-option.js';

/** What `source` accepts, in words (for `invalid-option` messages). */
export const SOURCE_KINDS =
  'a URL (string or URL), a Response, a function returning a Response, a ReadableStream or an AsyncIterable';

/** True for the source kinds `openSource` accepts (see `StreamSource`). */
export function isStreamSource(source: unknown): boolean {
  if (typeof source === 'string') return source.length > 0;
  if (typeof source === 'function') return true;
  if (typeof source !== 'object' || source === null) return false;
  if (typeof URL !== 'undefined' && source instanceof URL) return true;
  const candidate = source as Partial<Response> & Partial<ReadableStream> & Partial<AsyncIterable<unknown>>;
  if (typeof candidate.getReader === 'function') return true;
  if (typeof candidate[Symbol.asyncIterator] === 'function') return true;
  return typeof candidate.status === 'number' && typeof candidate.ok === 'boolean' && 'body' in candidate;
}

/** Checks a `retry` option (`boolean` or `RetryOptions`); throws `invalid-option`. */
export function checkRetry(retry: unknown, path = 'retry'): void {
  if (retry === undefined || typeof retry === 'boolean') return;
  if (typeof retry !== 'object' || retry === null || Array.isArray(retry))
    throw invalidOption(path, 'true | false | { attempts?, initialDelay?, factor?, maxDelay?, statuses? }', retry);
  const options = retry as Record<string, unknown>;
  check.number(options.attempts, `${path}.attempts`, 0, true);
  check.number(options.initialDelay, `${path}.initialDelay`, 0, false, 'a finite number of milliseconds ≥ 0');
  check.number(options.factor, `${path}.factor`, 1);
  check.number(options.maxDelay, `${path}.maxDelay`, 0, false, 'a finite number of milliseconds ≥ 0');
  const statuses = options.statuses;
  if (
    statuses !== undefined &&
    (!Array.isArray(statuses) ||
      statuses.some(
        (status) => typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599,
      ))
  )
    throw invalidOption(`${path}.statuses`, 'an array of HTTP status codes (integers 100–599)', statuses);
}

/** Checks a `resume` option (`boolean` or `ResumeOptions`); throws `invalid-option`. */
export function checkResume(resume: unknown, path = 'resume'): void {
  if (resume === undefined || typeof resume === 'boolean') return;
  if (typeof resume !== 'object' || resume === null || Array.isArray(resume))
    throw invalidOption(path, 'true | false | { attempts?, delay? }', resume);
  const options = resume as Record<string, unknown>;
  check.number(options.attempts, `${path}.attempts`, 0, true);
  check.number(options.delay, `${path}.delay`, 0, false, 'a finite number of milliseconds ≥ 0');
}

/** Checks a `provider` option's type (a name string, a dialect object, a function); throws `invalid-option`. */
export function checkProvider(provider: unknown, path = 'provider'): void {
  if (provider === undefined || typeof provider === 'string' || typeof provider === 'function') return;
  if (
    typeof provider === 'object' &&
    provider !== null &&
    typeof (provider as { createDecoder?: unknown }).createDecoder === 'function'
  )
    return;
  throw invalidOption(
    path,
    "a provider name ('openai-chat', 'anthropic', …), a dialect object with createDecoder() or a function",
    provider,
  );
}

/**
 * Checks the transport options shared by `readProviderEvents`, `createJsonStream` and
 * `useJsonStream`: `source`, `init`, `fetch`, `provider` (type only; an unknown name is
 * `unknown-provider`), `retry`, `resume`, `maxBufferSize`, `signal`. Throws `RipenError` code
 * `invalid-option` naming the option and what is allowed.
 */
export function checkTransportOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw invalidOption('options', 'an object with at least { source }', options);
  const record = options as Record<string, unknown>;
  if (!isStreamSource(record.source)) throw invalidOption('source', SOURCE_KINDS, record.source);
  check.object(record.init, 'init', 'a RequestInit object');
  check.callback(record.fetch, 'fetch');
  checkProvider(record.provider);
  checkRetry(record.retry);
  checkResume(record.resume);
  check.number(record.maxBufferSize, 'maxBufferSize', 1, true, 'a positive integer (characters)');
  check.signal(record.signal, 'signal');
}
