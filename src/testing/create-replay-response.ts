import { createReplayStream } from './create-replay-stream.js';
import type { ReplayController, ReplayOptions } from './replay-types.js';
import { detectTranscriptFormat } from './split-transcript.js';

/** Options of {@link createReplayResponse}: replay options plus the HTTP envelope. */
export interface ReplayResponseOptions extends ReplayOptions {
  /** HTTP status. Default 200. */
  status?: number;
  /**
   * Response headers. Default `content-type` by format: `text/event-stream` (SSE),
   * `application/json` (JSON array), `text/plain; charset=utf-8` (lines).
   */
  headers?: Record<string, string>;
}

/** Result of {@link createReplayResponse}. */
export interface ReplayResponse {
  /** A `Response` whose body is the replayed stream. */
  response: Response;
  controller: ReplayController;
}

/**
 * Wrap a replayed transcript in a `Response`, for code that takes a fetch result (hooks, the
 * transport). See `createReplayStream` for the options; the replay starts at once.
 */
export function createReplayResponse(
  transcript: string | Uint8Array,
  options: ReplayResponseOptions = {},
): ReplayResponse {
  const { status = 200, headers, ...replayOptions } = options;
  const { stream, controller } = createReplayStream(transcript, replayOptions);
  const response = new Response(stream, {
    status,
    headers: headers ?? { 'content-type': contentTypeOf(transcript, options) },
  });
  return { response, controller };
}

/** Result of {@link createReplayFetch}. */
export interface ReplayFetch {
  /** A `fetch` replacement: every call starts a new replay of the transcript. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Controllers of the replays started so far, oldest first. */
  readonly controllers: readonly ReplayController[];
  /** Controller of the latest replay, `undefined` before the first call. */
  latest(): ReplayController | undefined;
  /** Listen to new replays (one per `fetch` call); returns the unsubscribe function. */
  onReplay(listener: (controller: ReplayController) => void): () => void;
}

/**
 * A `fetch` replacement answering every request with a new replay of `transcript` (so a retried
 * or restarted stream plays again from the start). The request's `signal` aborts the replay with
 * the signal's reason; a signal already aborted rejects like `fetch` does.
 *
 * @param transcript - the recorded body, or a function choosing one per request
 * @param options - replay and HTTP options, shared by every call
 */
export function createReplayFetch(
  transcript: string | Uint8Array | ((input: RequestInfo | URL, init?: RequestInit) => string | Uint8Array),
  options: ReplayResponseOptions = {},
): ReplayFetch {
  const controllers: ReplayController[] = [];
  const listeners = new Set<(controller: ReplayController) => void>();
  return {
    controllers,
    latest: () => controllers[controllers.length - 1],
    onReplay(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    fetch(input, init) {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      if (signal?.aborted === true) return Promise.reject(signal.reason);
      const body = typeof transcript === 'function' ? transcript(input, init) : transcript;
      const { response, controller } = createReplayResponse(body, signal == null ? options : { ...options, signal });
      controllers.push(controller);
      for (const listener of listeners) listener(controller);
      return Promise.resolve(response);
    },
  };
}

function contentTypeOf(transcript: string | Uint8Array, options: ReplayOptions): string {
  const bytes = typeof transcript === 'string' ? new TextEncoder().encode(transcript.slice(0, 4096)) : transcript;
  const format =
    options.format === undefined || options.format === 'auto' ? detectTranscriptFormat(bytes) : options.format;
  if (format === 'sse') return 'text/event-stream';
  if (format === 'json-array') return 'application/json';
  return 'text/plain; charset=utf-8';
}
