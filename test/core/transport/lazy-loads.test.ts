// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ndjson } from '../../../src/core/providers/entries/ndjson.js';
import { openaiChat } from '../../../src/core/providers/entries/openai-chat.js';
import type { ProviderDialect } from '../../../src/core/providers/dialect.js';
import type { ProviderEvent } from '../../../src/core/providers/types.js';

// Framing detection and the non-SSE framings (detect-framing.ts) are a chunk readProviderEvents
// loads only when the body may not be SSE (no provider, or a dialect reading JSON arrays, lines
// or text). Here that load is counted, held back or made to fail.
const control = vi.hoisted(() => ({
  gate: undefined as Promise<void> | undefined,
  failure: undefined as Error | undefined,
  loads: 0,
}));

const encoder = new TextEncoder();
const chatSse = [
  `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: '{"a":' } }] })}\n\n`,
  `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: '1}' }, finish_reason: 'stop' }] })}\n\n`,
  'data: [DONE]\n\n',
].join('');
const lines = '{"city":"Paris"}\n{"city":"Oslo"}\n';

/** A body holding `text`; `state.cancelled` counts cancellations. */
function body(text: string, state: { cancelled: number }): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(text));
    },
    pull(controller) {
      controller.close();
    },
    cancel() {
      state.cancelled++;
    },
  });
}

async function read(
  text: string,
  provider: ProviderDialect | undefined,
  signal?: AbortSignal,
): Promise<{ events: ProviderEvent[]; error: unknown; cancelled: number; requests: number }> {
  const { readProviderEvents } = await import('../../../src/core/transport/read-provider-events.js');
  const state = { cancelled: 0 };
  let requests = 0;
  const events: ProviderEvent[] = [];
  let error: unknown;
  try {
    const source = async (): Promise<Response> => {
      requests++;
      return new Response(body(text, state));
    };
    for await (const event of readProviderEvents({
      source,
      ...(provider ? { provider } : {}),
      ...(signal ? { signal } : {}),
    }))
      events.push(event);
  } catch (caught) {
    error = caught;
  }
  return { events, error, cancelled: state.cancelled, requests };
}

const deltas = (events: readonly ProviderEvent[]): string =>
  events.map((event) => (event.type === 'delta' ? event.text : '')).join('');

describe('framing detection loaded on demand', () => {
  let open: () => void;
  beforeEach(() => {
    vi.resetModules();
    vi.doMock('../../../src/core/transport/detect-framing.js', async (importOriginal) => {
      control.loads++;
      if (control.gate) await control.gate;
      if (control.failure) throw control.failure;
      return importOriginal();
    });
    control.loads = 0;
    control.failure = undefined;
    control.gate = undefined;
  });

  it('an SSE-only dialect object reads SSE without loading detection', async () => {
    const result = await read(chatSse, openaiChat);
    expect(result.error).toBeUndefined();
    expect(deltas(result.events)).toBe('{"a":1}');
    expect(result.events.at(-1)?.type).toBe('end');
    expect(control.loads).toBe(0);
  });

  it('a lines dialect and a body without provider load it once, in parallel with the request', async () => {
    control.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const pending = read(lines, ndjson);
    await vi.waitFor(() => expect(control.loads).toBe(1));
    open();
    const result = await pending;
    expect(result.requests).toBe(1);
    expect(result.error).toBeUndefined();
    expect(deltas(result.events)).toBe('[{"city":"Paris"},{"city":"Oslo"}]');
    const detected = await read(chatSse, undefined);
    expect(deltas(detected.events)).toBe('{"a":1}');
  });

  it('abort during the load: rejects with aborted and cancels the body', async () => {
    control.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const controller = new AbortController();
    const pending = read(lines, ndjson, controller.signal);
    await vi.waitFor(() => expect(control.loads).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    open();
    const result = await pending;
    expect((result.error as { code?: string }).code).toBe('aborted');
    expect(result.events).toEqual([]);
    expect(result.cancelled).toBe(1);
  });

  it('a chunk that cannot be loaded: internal-error (cause kept), the body cancelled', async () => {
    control.failure = new Error('Failed to fetch dynamically imported module');
    const result = await read(lines, ndjson);
    expect((result.error as { code?: string }).code).toBe('internal-error');
    expect((result.error as Error).message).toMatch(/^ripen could not load its framing detection: /);
    expect((result.error as Error).cause).toBeInstanceOf(Error);
    expect(result.events).toEqual([]);
    expect(result.cancelled).toBe(1);
  });
});

describe('HTTP error reader loaded on demand', () => {
  const httpControl = { failure: undefined as Error | undefined, loads: 0 };
  beforeEach(() => {
    vi.resetModules();
    vi.doMock('../../../src/core/transport/http-error.js', async (importOriginal) => {
      httpControl.loads++;
      if (httpControl.failure) throw httpControl.failure;
      return importOriginal();
    });
    httpControl.loads = 0;
    httpControl.failure = undefined;
  });

  const failed = (state: { cancelled: number }): Response =>
    new Response(body('{"error":{"type":"rate_limit_error","message":"slow down"}}', state), {
      status: 429,
      statusText: 'Too Many Requests',
      headers: { 'retry-after': '1' },
    });

  it('a successful stream never loads it; a failed response does, with the same http-error', async () => {
    const ok = await read(chatSse, openaiChat);
    expect(ok.error).toBeUndefined();
    expect(httpControl.loads).toBe(0);
    const { readProviderEvents } = await import('../../../src/core/transport/read-provider-events.js');
    const state = { cancelled: 0 };
    const error = await (async () => {
      for await (const _ of readProviderEvents({ source: failed(state), provider: openaiChat })) void _;
    })().catch((caught: unknown) => caught);
    expect(httpControl.loads).toBe(1);
    expect(error).toMatchObject({ code: 'http-error', status: 429, providerType: 'rate_limit_error' });
    expect((error as Error).message).toBe(
      'HTTP 429 Too Many Requests: {"error":{"type":"rate_limit_error","message":"slow down"}}',
    );
  });

  it('a reader that cannot be loaded: internal-error with the status, the body cancelled', async () => {
    httpControl.failure = new Error('Failed to fetch dynamically imported module');
    const { readProviderEvents } = await import('../../../src/core/transport/read-provider-events.js');
    const state = { cancelled: 0 };
    const error = await (async () => {
      for await (const _ of readProviderEvents({ source: failed(state), provider: openaiChat })) void _;
    })().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'internal-error', status: 429 });
    expect((error as Error).message).toMatch(/^HTTP 429, and ripen could not load its error reader: /);
    expect(state.cancelled).toBe(1);
  });
});

describe('dialect registry loaded on demand, in parallel with the request', () => {
  const registry = { gate: undefined as Promise<void> | undefined, failure: undefined as Error | undefined };
  let release: () => void = () => undefined;
  beforeEach(() => {
    vi.resetModules();
    vi.doMock('../../../src/core/providers/provider-dialects.js', async (importOriginal) => {
      if (registry.gate) await registry.gate;
      if (registry.failure) throw registry.failure;
      return importOriginal();
    });
    registry.failure = undefined;
    registry.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
  });

  it('a provider name: the request is made while the registry still loads', async () => {
    const { readProviderEvents } = await import('../../../src/core/transport/read-provider-events.js');
    let requests = 0;
    const state = { cancelled: 0 };
    const events: ProviderEvent[] = [];
    const reading = (async () => {
      for await (const event of readProviderEvents({
        source: async () => {
          requests++;
          return new Response(body(chatSse, state));
        },
        provider: 'openai-chat',
      }))
        events.push(event);
    })();
    await vi.waitFor(() => expect(requests).toBe(1)); // before the registry is released
    release();
    await reading;
    expect(deltas(events)).toBe('{"a":1}');
    expect(events.at(-1)?.type).toBe('end');
  });

  it('a registry that cannot be loaded: internal-error (cause kept), the opened body cancelled', async () => {
    registry.gate = undefined;
    registry.failure = new Error('Failed to fetch dynamically imported module');
    const { readProviderEvents } = await import('../../../src/core/transport/read-provider-events.js');
    const state = { cancelled: 0 };
    const error = await (async () => {
      for await (const _ of readProviderEvents({ source: new Response(body(chatSse, state)), provider: 'openai-chat' }))
        void _;
    })().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'internal-error' });
    expect((error as Error).message).toMatch(/^ripen could not load its dialects: /);
    await vi.waitFor(() => expect(state.cancelled).toBe(1));
  });
});
