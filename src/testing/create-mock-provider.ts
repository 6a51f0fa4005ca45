import { checkMockOptions } from './check-mock-options.js';
import type { MockNodeRequest, MockNodeResponse, MockProvider, MockProviderOptions } from './mock-provider-types.js';
import { faultList, headersOf, type MockPlan, planMockResponse } from './plan-mock-response.js';
import { MOCK_DIALECT_PROVIDER, planMockTurn } from './plan-mock-turn.js';
import { streamMockPlan } from './stream-mock-plan.js';
import { writeMockWire } from './write-mock-wire.js';

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
    shared ??= planMockResponse(settings);
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
      return new Response(streamMockPlan(plan(), settings, init?.signal), { status, headers: responseHeaders() });
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
      const reader = streamMockPlan(plan(), settings, closed.signal).getReader();
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
      const resolved = await planMockResponse({ ...settings, realtime: false });
      const decoder = new TextDecoder();
      return resolved.steps.map((step) => decoder.decode(step, { stream: true })).join('') + decoder.decode();
    },
  };
  return mock;
}
