import { RipenError } from '../core/errors/ripen-error.js';
import { DEFAULT_MOCK_TIME_TO_FIRST_TOKEN_MS, DEFAULT_MOCK_TOKENS_PER_SECOND } from './mock-pacing.js';
import type { MockDialect, MockEvent, MockFault, MockProviderOptions } from './mock-provider-types.js';
import { planMockTurn } from './plan-mock-turn.js';
import { createProviderErrorText } from './replay-dialect.js';
import type { ReplayDialect } from './replay-types.js';
import { writeMockWire } from './write-mock-wire.js';

/** Everything one mock response sends: bytes per step, waits, and how the body ends. */
export interface MockPlan {
  status: number;
  /** Bytes of each step, in order. */
  steps: Uint8Array[];
  /** Wait before each step, in ms (already scaled; 0 when not realtime). */
  delaysMs: number[];
  ending: { kind: 'close' } | { kind: 'error'; error: RipenError };
}

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

/** Response headers of each dialect (the AI SDK's are its `UI_MESSAGE_STREAM_HEADERS`). */
export function headersOf(dialect: MockDialect): Record<string, string> {
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

export function faultList(options: MockProviderOptions): readonly MockFault[] {
  if (options.fault === undefined) return [];
  return Array.isArray(options.fault) ? options.fault : [options.fault as MockFault];
}

/** Build the full plan of one response (tokenizes; no waits). */
export async function planMockResponse(options: MockProviderOptions): Promise<MockPlan> {
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
