import { RipenError } from '../core/errors/ripen-error.js';
import { checkMockOptions } from './check-mock-options.js';
import { createSeededRandom } from './create-seeded-random.js';
import { DEFAULT_MOCK_TIME_TO_FIRST_TOKEN_MS, DEFAULT_MOCK_TOKENS_PER_SECOND } from './mock-pacing.js';
import type {
  MockDialect,
  MockEvent,
  MockFault,
  MockNodeRequest,
  MockNodeResponse,
  MockProvider,
  MockProviderOptions,
} from './mock-provider-types.js';
import { MOCK_DIALECT_PROVIDER, planMockTurn } from './plan-mock-turn.js';
import { createProviderErrorText } from './replay-dialect.js';
import type { ReplayDialect, ReplayTimers } from './replay-types.js';
import { writeMockWire } from './write-mock-wire.js';

/** Everything one mock response sends: bytes per step, waits, and how the body ends. */
interface MockPlan {
  status: number;
  /** Bytes of each step, in order. */
  steps: Uint8Array[];
  /** Wait before each step, in ms (already scaled; 0 when not realtime). */
  delaysMs: number[];
  ending: { kind: 'close' } | { kind: 'error'; error: RipenError };
}

const globalTimers: ReplayTimers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

/** Response headers of each dialect (the AI SDK's are its `UI_MESSAGE_STREAM_HEADERS`). */
function headersOf(dialect: MockDialect): Record<string, string> {
  switch (dialect) {
    case 'gemini-json-array':
      return { 'content-type': 'application/json; charset=UTF-8' };
    case 'vercel-ai':
      return {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-vercel-ai-ui-message-stream': 'v1',
        'x-accel-buffering': 'no',
      };
    case 'vercel-ai-data-stream':
      return { 'content-type': 'text/plain; charset=utf-8', 'x-vercel-ai-data-stream': 'v1' };
    case 'ndjson':
      return { 'content-type': 'application/x-ndjson' };
    case 'text':
      return { 'content-type': 'text/plain; charset=utf-8' };
    default:
      return { ...SSE_HEADERS };
  }
}

const HTTP_ERROR_TYPES: Record<number, [anthropic: string, google: string]> = {
  400: ['invalid_request_error', 'INVALID_ARGUMENT'],
  401: ['authentication_error', 'UNAUTHENTICATED'],
  403: ['permission_error', 'PERMISSION_DENIED'],
  404: ['not_found_error', 'NOT_FOUND'],
  429: ['rate_limit_error', 'RESOURCE_EXHAUSTED'],
  500: ['api_error', 'INTERNAL'],
  503: ['overloaded_error', 'UNAVAILABLE'],
  529: ['overloaded_error', 'UNAVAILABLE'],
};

/**
 * The JSON body a provider answers an HTTP error with: OpenAI `{"error":{"message","type","param","code"}}`,
 * Anthropic `{"type":"error","error":{"type","message"}}`, Gemini `{"error":{"code","message","status"}}`,
 * others `{"error":{"message"}}`.
 */
function httpErrorBody(dialect: MockDialect, status: number, message: string): string {
  const [anthropicType, googleStatus] =
    HTTP_ERROR_TYPES[status] ??
    (status >= 500 ? ['api_error', 'INTERNAL'] : ['invalid_request_error', 'FAILED_PRECONDITION']);
  const quoted = JSON.stringify(message);
  if (dialect === 'openai-chat' || dialect === 'openai-responses') {
    const type = status >= 500 ? 'server_error' : status === 429 ? 'requests' : 'invalid_request_error';
    return `{"error":{"message":${quoted},"type":"${type}","param":null,"code":null}}`;
  }
  if (dialect === 'anthropic') return `{"type":"error","error":{"type":"${anthropicType}","message":${quoted}}}`;
  if (dialect === 'gemini' || dialect === 'gemini-json-array') {
    return `{"error":{"code":${status},"message":${quoted},"status":"${googleStatus}"}}`;
  }
  return `{"error":{"message":${quoted}}}`;
}

/** Index of the first event sent after `afterTokens` tokens (see {@link MockFault}). */
function cutIndex(events: readonly MockEvent[], afterTokens: number, dialect: MockDialect): number {
  let sent = 0;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as MockEvent;
    if (event.tokens > 0 && sent >= afterTokens) return index;
    sent += event.tokens;
  }
  // Past the last token: the stream still loses its end (the end marker, Gemini's finishing chunk).
  return dialect === 'text' || dialect === 'ndjson' ? events.length : Math.max(0, events.length - 1);
}

function faultList(options: MockProviderOptions): readonly MockFault[] {
  if (options.fault === undefined) return [];
  return Array.isArray(options.fault) ? options.fault : [options.fault as MockFault];
}

/** Build the full plan of one response (tokenizes; no waits). */
async function planResponse(options: MockProviderOptions): Promise<MockPlan> {
  const encoder = new TextEncoder();
  const realtime = options.realtime ?? true;
  const timeFactor = options.timeFactor ?? 1;
  const firstDelay = realtime ? (options.timeToFirstTokenMs ?? DEFAULT_MOCK_TIME_TO_FIRST_TOKEN_MS) / timeFactor : 0;
  const faults = faultList(options);
  const httpError = faults.find((fault) => fault.kind === 'http-error');
  if (httpError !== undefined) {
    const body =
      httpError.body ??
      httpErrorBody(
        options.dialect,
        httpError.status,
        httpError.message ?? `Injected HTTP ${httpError.status} (mock provider fault)`,
      );
    return {
      status: httpError.status,
      steps: [encoder.encode(body)],
      delaysMs: [firstDelay],
      ending: { kind: 'close' },
    };
  }

  const events = writeMockWire(options.dialect, await planMockTurn(options));
  const tokensPerSecond = options.tokensPerSecond ?? DEFAULT_MOCK_TOKENS_PER_SECOND;
  const delayOf = (event: MockEvent, index: number): number =>
    !realtime ? 0 : index === 0 ? firstDelay : (event.tokens * 1000) / tokensPerSecond / timeFactor;

  let ending: MockPlan['ending'] = { kind: 'close' };
  let last = events.length;
  let endingFault: Exclude<MockFault, { kind: 'http-error' | 'stall' }> | undefined;
  for (const fault of faults) {
    if (fault.kind === 'http-error' || fault.kind === 'stall') continue;
    const index = cutIndex(events, fault.afterTokens, options.dialect);
    if (endingFault === undefined || index < last) {
      endingFault = fault;
      last = index;
    }
  }
  const steps = events.slice(0, last).map((event) => encoder.encode(event.text));
  const delaysMs = events.slice(0, last).map(delayOf);
  if (endingFault?.kind === 'provider-error') {
    const dialect = options.dialect === 'gemini-json-array' ? 'gemini' : options.dialect;
    const format =
      options.dialect === 'gemini-json-array'
        ? 'json-array'
        : options.dialect === 'vercel-ai-data-stream'
          ? 'lines'
          : 'sse';
    const message = endingFault.message ?? 'Injected provider error (mock provider fault)';
    steps.push(encoder.encode(createProviderErrorText(dialect as Exclude<ReplayDialect, 'auto'>, format, message)));
    delaysMs.push(last === 0 ? firstDelay : 0);
  } else if (endingFault?.kind === 'truncate') {
    const next = events[last];
    if (next !== undefined && (endingFault.partialBytes ?? 0) > 0) {
      steps.push(encoder.encode(next.text).subarray(0, endingFault.partialBytes));
      delaysMs.push(delayOf(next, last));
    }
  } else if (endingFault?.kind === 'abort') {
    ending = {
      kind: 'error',
      error: new RipenError(
        'network-error',
        `Connection lost after ${endingFault.afterTokens} tokens (mock provider fault)`,
        {},
      ),
    };
  }
  for (const fault of faults) {
    if (fault.kind !== 'stall') continue;
    const index = cutIndex(events, fault.afterTokens, options.dialect);
    if (index < delaysMs.length && realtime) delaysMs[index] = (delaysMs[index] ?? 0) + fault.durationMs;
  }
  return { status: 200, steps, delaysMs, ending };
}

/** Chunk boundaries (byte offsets, ascending, last = total) per `chunking`. */
function chunkBoundaries(options: MockProviderOptions, stepEnds: readonly number[], total: number): number[] {
  const chunking = options.chunking ?? 'event';
  if (chunking === 'event') return [...stepEnds];
  const boundaries: number[] = [];
  if (chunking === 'random') {
    const random = createSeededRandom(options.seed ?? 1);
    const maxChunkBytes = options.maxChunkBytes ?? 32;
    for (let position = 0; position < total; ) {
      position = Math.min(total, position + 1 + Math.floor(random() * maxChunkBytes));
      boundaries.push(position);
    }
    return boundaries;
  }
  for (let position = chunking; position < total + chunking; position += chunking)
    boundaries.push(Math.min(position, total));
  return boundaries;
}

/**
 * Stream a plan as a `ReadableStream`: each step is due at its cumulative delay (catching up when
 * timers fire late, with `timers.now`); a chunk goes out when the step holding its last byte is due.
 */
function streamPlan(
  plan: Promise<MockPlan>,
  options: MockProviderOptions,
  signal: AbortSignal | undefined,
): ReadableStream<Uint8Array> {
  const timers = options.timers ?? globalTimers;
  let pending: unknown;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = undefined;
  };
  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      pending = timers.setTimeout(() => {
        pending = undefined;
        resolve();
      }, ms);
    });
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const onAbort = (): void => {
        if (stopped) return;
        stop();
        controller.error(signal?.reason ?? new RipenError('aborted', 'Mock response aborted', {}));
      };
      if (signal?.aborted === true) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      let resolved: MockPlan;
      try {
        resolved = await plan;
      } catch (error) {
        if (!stopped) controller.error(error);
        stop();
        return;
      }
      const body = new Uint8Array(resolved.steps.reduce((sum, step) => sum + step.length, 0));
      const stepEnds: number[] = [];
      let offset = 0;
      for (const step of resolved.steps) {
        body.set(step, offset);
        offset += step.length;
        stepEnds.push(offset);
      }
      const boundaries = chunkBoundaries(options, stepEnds, body.length);
      let delivered = 0;
      let boundary = 0;
      const deliverTo = (limit: number): void => {
        while (boundary < boundaries.length && (boundaries[boundary] as number) <= limit) {
          const end = boundaries[boundary++] as number;
          if (end > delivered) controller.enqueue(body.slice(delivered, end));
          delivered = Math.max(delivered, end);
        }
      };
      const startedAt = timers.now?.();
      let dueAt = 0;
      for (let index = 0; index < resolved.steps.length; index++) {
        dueAt += resolved.delaysMs[index] ?? 0;
        const now = timers.now?.();
        const waitMs =
          startedAt === undefined || now === undefined ? (resolved.delaysMs[index] ?? 0) : startedAt + dueAt - now;
        if (waitMs > 0) await wait(waitMs);
        if (stopped) return;
        deliverTo(stepEnds[index] as number);
      }
      signal?.removeEventListener('abort', onAbort);
      stopped = true;
      if (resolved.ending.kind === 'error') {
        controller.error(resolved.ending.error);
        return;
      }
      if (delivered < body.length) controller.enqueue(body.slice(delivered));
      controller.close();
    },
    cancel() {
      stop();
    },
  });
}

/**
 * A mock LLM provider that streams your value, text or tool calls in the exact wire format of a
 * real provider, tokenized with a real BPE tokenizer and paced like a real model (measured time to
 * first token and tokens per second, see `mock-pacing.ts`), with seeded chunking and faults. What
 * `MockLanguageModel` / `simulateReadableStream` are to AI SDK users: point your app's
 * `useJsonStream` (or a test server) at it instead of a real provider.
 *
 * Every request gets a fresh stream (`response()`, `fetch`, `handler`); `provider` is the ripen
 * dialect that reads it. Nothing is tokenized until the first stream starts, and the tokenizer
 * (`gpt-tokenizer`, an optional peer dependency) is only loaded then.
 *
 * Streams end by closing (also after `truncate` and `provider-error` faults, like a provider), or
 * error with `RipenError` `network-error` (fault `abort`), the signal's reason, or `RipenError`
 * `invalid-option` when the tokenizer cannot be loaded or a custom one misbehaves.
 *
 * @example
 * ```ts
 * const mock = createMockProvider({ dialect: 'anthropic', value: { city: 'Paris', temperature: 21 }, realtime: false });
 * const stream = createJsonStream({ source: mock.fetch, provider: mock.provider });
 * ```
 *
 * @throws RipenError `invalid-option` on any invalid option, naming it (see {@link MockProviderOptions})
 */
export function createMockProvider(options: MockProviderOptions): MockProvider {
  checkMockOptions(options);
  const settings: MockProviderOptions = { ...options };
  const headers = { ...headersOf(settings.dialect), ...settings.headers };
  let shared: Promise<MockPlan> | undefined;
  const plan = (): Promise<MockPlan> => {
    shared ??= planResponse(settings);
    shared.catch(() => {
      shared = undefined;
    });
    return shared;
  };
  const errorStatus = faultList(settings).find((fault) => fault.kind === 'http-error')?.status;
  const status = errorStatus ?? 200;
  const responseHeaders = (): Record<string, string> =>
    errorStatus === undefined
      ? headers
      : { ...headers, 'content-type': settings.dialect === 'text' ? 'text/plain; charset=utf-8' : 'application/json' };

  const mock: MockProvider = {
    provider: MOCK_DIALECT_PROVIDER[settings.dialect],
    dialect: settings.dialect,
    headers,
    response(init) {
      return new Response(streamPlan(plan(), settings, init?.signal), { status, headers: responseHeaders() });
    },
    fetch(input, init) {
      const signal =
        init?.signal ?? (typeof Request !== 'undefined' && input instanceof Request ? input.signal : undefined);
      if (signal?.aborted === true) return Promise.reject(signal.reason);
      return Promise.resolve(mock.response(signal == null ? undefined : { signal }));
    },
    handler(request: MockNodeRequest, response: MockNodeResponse) {
      const closed = new AbortController();
      request.on('close', () => closed.abort());
      response.writeHead(status, responseHeaders());
      response.flushHeaders?.();
      const reader = streamPlan(plan(), settings, closed.signal).getReader();
      const pump = async (): Promise<void> => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          response.write(value);
        }
        response.end();
      };
      pump().catch((error: unknown) => {
        if (closed.signal.aborted) return;
        response.destroy?.(error instanceof Error ? error : new Error(String(error)));
      });
    },
    async events() {
      return writeMockWire(settings.dialect, await planMockTurn(settings));
    },
    async body() {
      const resolved = await planResponse({ ...settings, realtime: false });
      const decoder = new TextDecoder();
      return resolved.steps.map((step) => decoder.decode(step, { stream: true })).join('') + decoder.decode();
    },
  };
  return mock;
}
