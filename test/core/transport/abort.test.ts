// @vitest-environment node
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRipenError } from '../../../src/core/errors/ripen-error.js';
import { readSseEvents } from '../../../src/core/sse/read-sse-events.js';
import { readProviderEvents } from '../../../src/core/transport/read-provider-events.js';
import type { ReadProviderEventsOptions } from '../../../src/core/transport/read-provider-events.js';

const encoder = new TextEncoder();
const FIRST_EVENT = `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: '{"a":' } }] })}\n\n`;

/** A body that sends one event, then waits forever; records whether it was cancelled. */
function endlessBody(state: { cancelled: number }): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(FIRST_EVENT));
    },
    cancel() {
      state.cancelled++;
    },
  });
}

/** A fetch that behaves like the real one towards its signal (listener added, removed, rejects on abort). */
function createFetch(respond: (attempt: number) => Response | 'hang'): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  const fake = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const attempt = calls++;
    const signal = init?.signal ?? undefined;
    const result = respond(attempt);
    if (result !== 'hang') return Promise.resolve(result);
    return new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return { fetch: fake as typeof fetch, calls: () => calls };
}

const flushMicrotasks = async (rounds = 50): Promise<void> => {
  for (let index = 0; index < rounds; index++) await Promise.resolve();
};

type Scenario = 'during-fetch' | 'during-body' | 'during-retry-backoff' | 'during-resume-delay' | 'before-start';
const SCENARIOS: Scenario[] = [
  'during-fetch',
  'during-body',
  'during-retry-backoff',
  'during-resume-delay',
  'before-start',
];

async function runScenario(
  scenario: Scenario,
): Promise<{ error: unknown; cancelled: number; listeners: number; timers: number }> {
  const controller = new AbortController();
  const state = { cancelled: 0 };
  const idBody = (): ReadableStream<Uint8Array> =>
    new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(encoder.encode(`id: 1\n${FIRST_EVENT}`));
        stream.close();
      },
    });
  const { fetch } = createFetch((attempt) => {
    if (scenario === 'during-fetch') return 'hang';
    if (scenario === 'during-retry-backoff') return new Response(null, { status: 503 });
    if (scenario === 'during-resume-delay') return attempt === 0 ? new Response(idBody(), { status: 200 }) : 'hang';
    return new Response(endlessBody(state), { status: 200, headers: { 'content-type': 'text/event-stream' } });
  });
  const options: ReadProviderEventsOptions = {
    source: 'http://127.0.0.1:9/stream',
    provider: 'openai-chat',
    fetch,
    signal: controller.signal,
    retry: { attempts: 3, initialDelay: 1000 },
    resume: { attempts: 2, delay: 1000 },
  };
  if (scenario === 'before-start') controller.abort();
  // The reader of failed responses is a chunk loaded with the first one: loaded here, so that a
  // few microtasks reach the retry backoff as with a browser's module cache.
  await import('../../../src/core/transport/http-error.js');
  const iterator = readProviderEvents(options);
  let error: unknown;
  try {
    // Take every event that is ready; stop at the first `next()` that stays pending.
    let pending = iterator.next();
    pending.catch(() => undefined);
    let received = 0;
    for (;;) {
      const settled = await Promise.race([
        pending.then((result) => ({ result })),
        flushMicrotasks().then(() => undefined),
      ]);
      if (!settled) break;
      expect(settled.result.done).toBe(false);
      received++;
      pending = iterator.next();
      pending.catch(() => undefined);
    }
    if (scenario === 'during-body' || scenario === 'during-resume-delay') expect(received).toBeGreaterThan(0);
    if (scenario === 'during-retry-backoff' || scenario === 'during-resume-delay') expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    let result = await pending;
    while (!result.done) result = await iterator.next();
  } catch (caught) {
    error = caught;
  }
  await flushMicrotasks();
  return {
    error,
    cancelled: state.cancelled,
    listeners: getEventListeners(controller.signal, 'abort').length,
    timers: vi.getTimerCount(),
  };
}

describe('abort', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('1,000 aborts (during fetch, body, retry backoff, resume delay, before start) leave no timer and no listener', async () => {
    const counts: Record<string, number> = {};
    for (let round = 0; round < 1000; round++) {
      const scenario = SCENARIOS[round % SCENARIOS.length] as Scenario;
      const outcome = await runScenario(scenario);
      expect(isRipenError(outcome.error) && outcome.error.code, `${scenario}: ${String(outcome.error)}`).toBe(
        'aborted',
      );
      expect(outcome.listeners).toBe(0);
      expect(outcome.timers).toBe(0);
      if (scenario === 'during-body') expect(outcome.cancelled).toBe(1);
      counts[scenario] = (counts[scenario] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'during-fetch': 200,
      'during-body': 200,
      'during-retry-backoff': 200,
      'during-resume-delay': 200,
      'before-start': 200,
    });
  });

  it('readSseEvents: abort cancels the reader and removes its listener; an early break does too', async () => {
    for (let round = 0; round < 200; round++) {
      const controller = new AbortController();
      const state = { cancelled: 0 };
      const iterator = readSseEvents(endlessBody(state), { signal: controller.signal });
      expect((await iterator.next()).value).toMatchObject({
        data: expect.stringContaining('chat.completion.chunk') as string,
      });
      const pending = iterator.next();
      pending.catch(() => undefined);
      await flushMicrotasks();
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
      controller.abort();
      await expect(pending).rejects.toMatchObject({ code: 'aborted' });
      expect(state.cancelled).toBe(1);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);

      const other = new AbortController();
      const second = { cancelled: 0 };
      for await (const event of readSseEvents(endlessBody(second), { signal: other.signal })) {
        expect(event.data).toContain('chat.completion.chunk');
        break;
      }
      expect(second.cancelled).toBe(1);
      expect(getEventListeners(other.signal, 'abort')).toHaveLength(0);
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the abort reason is kept as the cause', async () => {
    const controller = new AbortController();
    const reason = new Error('user left');
    controller.abort(reason);
    const iterator = readProviderEvents({
      source: new ReadableStream<Uint8Array>(),
      signal: controller.signal,
      provider: 'text',
    });
    await expect(iterator.next()).rejects.toMatchObject({ code: 'aborted', cause: reason });
  });
});
