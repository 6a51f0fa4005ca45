import { RipenError, isRipenError, messageOf } from '../errors/ripen-error.js';
import { createAbortError } from '../sse/read-chunks.js';
import type { ChunkSource } from '../sse/read-chunks.js';
import { describeValue, invalidOption } from '../sse/invalid-option.js';
import { SOURCE_KINDS } from './check-transport-options.js';

/** What a response factory receives: the abort signal to pass to `fetch`, and resume info. */
export interface ResponseFactoryContext {
  signal: AbortSignal | undefined;
  /** Set when reconnecting after a disconnect: send it as the `Last-Event-ID` request header. */
  lastEventId: string | undefined;
  /** 0 for the first request, then 1, 2… for retries and resumes. */
  attempt: number;
}

/**
 * Where a stream comes from:
 * - a URL (`string` or `URL`), fetched with `init` (any method, body, headers, credentials) and
 *   the `fetch` option (default: the global `fetch`);
 * - a `Response` (e.g. from your own `fetch` call; it can be read only once);
 * - a function returning a `Response` (or a promise of one), called for each request, with
 *   {@link ResponseFactoryContext}; retries and resumes need a URL or a function. A synchronous
 *   throw, or a value that is not a `Response`, is `callback-error` (app code, not retried); a
 *   promise rejected with a `TypeError` (how `fetch` fails) is `network-error`, with any other
 *   reason `callback-error`;
 * - a `ReadableStream` or `AsyncIterable` of `Uint8Array` / `string` chunks (tests, replays,
 *   server-side pipes).
 */
export type StreamSource =
  | string
  | URL
  | Response
  | ((context: ResponseFactoryContext) => Response | Promise<Response>)
  | ChunkSource;

/** Options of {@link openSource}. */
export interface OpenSourceOptions {
  /** Request options for URL sources: method, headers, body, credentials, … (never re-used for other sources). */
  init?: RequestInit;
  /** Cancels the request and the body. */
  signal?: AbortSignal;
  /** `fetch` implementation for URL sources. Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Sent as the `Last-Event-ID` header (URL sources) or passed to a factory. */
  lastEventId?: string;
  /** Attempt number passed to a factory. Default 0. */
  attempt?: number;
}

/** An opened body. */
export interface OpenedSource {
  body: ChunkSource;
  /** Response `Content-Type`, when the source was a response. */
  contentType: string | undefined;
  /** HTTP status, when the source was a response. */
  status: number | undefined;
  /** Response headers, when the source was a response. */
  headers: Headers | undefined;
}

/** Can `source` be requested again (for retry / resume)? True for URLs and factories. */
export function isRepeatableSource(source: StreamSource): boolean {
  return (
    typeof source === 'string' || source instanceof URL || (typeof source === 'function' && !isChunkSource(source))
  );
}

function isChunkSource(value: unknown): value is ChunkSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    (typeof (value as ReadableStream).getReader === 'function' ||
      typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function')
  );
}

function isResponse(value: unknown): value is Response {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Response).status === 'number' &&
    typeof (value as Response).ok === 'boolean' &&
    'body' in value &&
    typeof (value as Response).headers === 'object'
  );
}

/**
 * Cancels a one-shot source that will not be read (aborted before its first read): a
 * `Response`'s body, a `ReadableStream` (when not locked) or an `AsyncIterable`'s iterator
 * (`return()`). URLs and factories have nothing to cancel. Never throws.
 */
export function cancelSource(source: unknown, reason?: unknown): void {
  try {
    if (typeof source !== 'object' || source === null) return;
    if (isChunkSource(source)) {
      const stream = source as ReadableStream;
      if (typeof stream.getReader === 'function') {
        if (!stream.locked) void stream.cancel(reason).catch(() => undefined);
        return;
      }
      const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      void Promise.resolve(iterator.return?.()).catch(() => undefined);
      return;
    }
    if (isResponse(source) && source.body && !source.body.locked)
      void source.body.cancel(reason).catch(() => undefined);
  } catch {
    // cancelling is best effort
  }
}

/** The reader of a failed response's body (http-error), loaded with the first one. */
const loadHttpError = () => import('./http-error.js');

const retryAfterByError = new WeakMap<RipenError, string>();

/** The `Retry-After` header of the response behind an `http-error`, when it had one. */
export function getRetryAfter(error: RipenError): string | undefined {
  return retryAfterByError.get(error);
}

/**
 * Checks a `Response`: 2xx → its body; otherwise `RipenError` code `http-error` with `status`,
 * `providerType` (from a JSON error body, when present) and `bodyExcerpt` (≤ 500 characters,
 * secrets redacted). The body of a failed response is read for at most `ERROR_BODY_TIMEOUT` ms
 * and `ERROR_BODY_LIMIT` characters (a trickling error body does not hold the error back), then
 * cancelled (http-error.ts, loaded with the first failed response; a failed load is
 * `internal-error` with `status`).
 */
export async function checkResponse(response: Response, signal?: AbortSignal): Promise<OpenedSource> {
  if (!response.ok) {
    let reader: typeof import('./http-error.js');
    try {
      reader = await loadHttpError();
    } catch (cause) {
      void response.body?.cancel().catch(() => undefined);
      throw new RipenError(
        'internal-error',
        `HTTP ${response.status}, and ripen could not load its error reader: ${messageOf(cause)}`,
        { status: response.status, cause },
      );
    }
    const error = await reader.readHttpError(response, signal);
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter) retryAfterByError.set(error, retryAfter);
    throw error;
  }
  return {
    body: response.body ?? (async function* empty(): AsyncGenerator<Uint8Array> {})(),
    contentType: response.headers.get('content-type') ?? undefined,
    status: response.status,
    headers: response.headers,
  };
}

/**
 * Calls a response factory. The factory is the app's code: a synchronous throw is `callback-error`
 * (its cause kept), and so is a value that is not a `Response` (the message says what came back).
 * A rejected promise is `network-error` when it rejects with a `TypeError` — what `fetch` rejects
 * with on a network failure (WHATWG Fetch: "a promise rejected with a TypeError") — and
 * `callback-error` with any other reason (the app's own async code failed, e.g. a token refresh).
 */
async function callFactory(
  factory: (context: ResponseFactoryContext) => Response | Promise<Response>,
  context: ResponseFactoryContext,
): Promise<Response> {
  let result: Response | Promise<Response>;
  try {
    result = factory(context);
  } catch (error) {
    throw new RipenError('callback-error', `source() threw: ${messageOf(error)}`, { cause: error });
  }
  let response: unknown;
  try {
    response = await result;
  } catch (error) {
    if (error instanceof TypeError || context.signal?.aborted) throw error; // fetch's network failure, or the abort
    throw new RipenError('callback-error', `source() rejected: ${messageOf(error)}`, { cause: error });
  }
  if (!isResponse(response))
    throw new RipenError(
      'callback-error',
      `source() must return a Response (or a promise of one); it returned ${describeValue(response)}.`,
    );
  return response;
}

/**
 * Opens a {@link StreamSource} and returns its body.
 *
 * Errors (all `RipenError`): `http-error` for a non-2xx response (with `status` and a redacted
 * `bodyExcerpt`), `network-error` when `fetch` fails or the factory's promise rejects with a
 * `TypeError`, `callback-error` when the factory throws, rejects otherwise or returns something other than a
 * `Response` (or a promise of one), `aborted` when `signal` aborts (the fetch is cancelled, a
 * one-shot body is cancelled), `invalid-option` for a source of the wrong type or no `fetch`.
 *
 * @param source - see {@link StreamSource}
 * @param options - see {@link OpenSourceOptions}
 */
export async function openSource(source: StreamSource, options: OpenSourceOptions = {}): Promise<OpenedSource> {
  const { signal } = options;
  if (signal?.aborted) {
    cancelSource(source, signal.reason);
    throw createAbortError(signal);
  }
  if (isChunkSource(source)) return { body: source, contentType: undefined, status: undefined, headers: undefined };
  let response: Response;
  try {
    if (typeof source === 'string' || source instanceof URL) {
      const fetchImpl = options.fetch ?? globalThis.fetch;
      if (typeof fetchImpl !== 'function')
        throw invalidOption('fetch', 'a fetch function (no global fetch here)', fetchImpl);
      const headers = new Headers(options.init?.headers);
      if (options.lastEventId !== undefined) headers.set('Last-Event-ID', options.lastEventId);
      const init: RequestInit = { ...options.init, headers };
      if (signal) init.signal = signal;
      response = await fetchImpl(source, init);
    } else if (isResponse(source)) {
      response = source;
    } else if (typeof source === 'function') {
      response = await callFactory(source, { signal, lastEventId: options.lastEventId, attempt: options.attempt ?? 0 });
    } else {
      throw invalidOption('source', SOURCE_KINDS, source);
    }
  } catch (error) {
    if (signal?.aborted) throw createAbortError(signal);
    if (isRipenError(error)) throw error;
    throw new RipenError('network-error', `The request failed: ${messageOf(error)}`, { cause: error });
  }
  if (signal?.aborted) {
    void response.body?.cancel().catch(() => undefined);
    throw createAbortError(signal);
  }
  try {
    return await checkResponse(response, signal);
  } catch (error) {
    // An abort while the error body was being read wins over the HTTP error.
    if (signal?.aborted) throw createAbortError(signal);
    throw error;
  }
}
