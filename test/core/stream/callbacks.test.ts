// Codes that name the cause: a throwing user callback is `callback-error` (reported once through
// onError, logged once, the stream goes on), a throwing onError is contained, a bug inside ripen
// is `internal-error`, a throwing validate is `schema-error`, and `network-error` appears only for
// a failed fetch or body read. Vitest fails a run on any unhandled rejection or uncaught error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RipenError } from '../../../src/core/errors/ripen-error.js';
import type { ProviderDialect } from '../../../src/core/providers/dialect.js';
import { createJsonStream } from '../../../src/core/stream/create-json-stream.js';
import { createDialectRunner } from '../../../src/core/transport/create-dialect-runner.js';
import { readCorpusBytes } from '../../../scripts/shared-folder.mjs';
import { chunkedBody, openAiChatSse, runToEnd } from './run-stream.js';

const weather = readCorpusBytes('sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse');
const weatherBody = () => chunkedBody(weather, 3, 32);

afterEach(() => vi.restoreAllMocks());

describe('a throwing user callback is callback-error, reported once, and the stream goes on', () => {
  it('onFieldComplete', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const errors: RipenError[] = [];
    let calls = 0;
    const { last } = await runToEnd({
      source: weatherBody(),
      provider: 'openai-chat',
      onFieldComplete: () => {
        calls++;
        throw new Error('boom in onFieldComplete');
      },
      onError: (error) => errors.push(error),
    });
    expect(last.status).toBe('complete');
    expect((last.value as { location: string }).location).toBe('San Francisco, CA');
    expect(calls).toBeGreaterThan(10); // called for every node although the first call threw
    expect(errors.map((error) => error.code)).toEqual(['callback-error']);
    expect(errors[0]?.message).toBe('The onFieldComplete callback threw: boom in onFieldComplete');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('a subscriber: the other subscribers still get every state', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const errors: RipenError[] = [];
    const stream = createJsonStream({
      source: weatherBody(),
      provider: 'openai-chat',
      throttle: false,
      onError: (error) => errors.push(error),
    });
    stream.subscribe(() => {
      throw new Error('bad subscriber');
    });
    const statuses: string[] = [];
    const done = new Promise<void>((resolve) =>
      stream.subscribe(() => {
        statuses.push(stream.getSnapshot().status);
        if (stream.getSnapshot().status === 'complete') resolve();
      }),
    );
    stream.start();
    await done;
    expect(statuses[0]).toBe('connecting');
    expect(statuses.at(-1)).toBe('complete');
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      ['callback-error', 'The subscriber callback threw: bad subscriber'],
    ]);
  });

  it('onFinish: reported through onError, nothing escapes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const errors: RipenError[] = [];
    const { last } = await runToEnd({
      source: weatherBody(),
      provider: 'openai-chat',
      onFinish: () => {
        throw new Error('finish failed');
      },
      onError: (error) => errors.push(error),
    });
    await Promise.resolve();
    expect(last.status).toBe('complete');
    expect(errors.map((error) => error.code)).toEqual(['callback-error']);
    expect(errors[0]?.message).toContain('onFinish');
  });

  it('onError itself: contained and logged once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { last } = await runToEnd({
      source: chunkedBody('data: {"error":{"message":"overloaded","type":"server_error"}}\n\n'),
      provider: 'openai-chat',
      onError: () => {
        throw new Error('onError failed');
      },
    });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('provider-error');
    expect(log).toHaveBeenCalledTimes(1);
    const logged = log.mock.calls[0]?.[0] as RipenError;
    expect(logged.code).toBe('callback-error');
    expect(logged.message).toBe('The onError callback threw: onError failed');
  });

  it("a custom dialect's createDecoder", async () => {
    const dialect: ProviderDialect = {
      name: 'mine',
      createDecoder() {
        throw new Error('no decoder');
      },
    };
    const { last } = await runToEnd({ source: chunkedBody('data: 1\n\n'), provider: dialect });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('callback-error');
    expect(last.error?.message).toBe('The custom dialect "mine" threw in createDecoder(): no decoder');
  });

  it('a custom dialect function', async () => {
    const { last } = await runToEnd({
      source: chunkedBody('data: 1\n\n'),
      provider: () => {
        throw new Error('cannot read');
      },
    });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('callback-error');
    expect(last.error?.message).toContain('cannot read');
  });
});

describe('schema-error, internal-error, invalid-option instead of network-error', () => {
  const throwingSchema = (mode: 'throw' | 'reject') => ({
    '~standard': {
      version: 1 as const,
      vendor: 'test',
      validate: () => {
        if (mode === 'throw') throw new Error('validate threw');
        return Promise.reject(new Error('validate rejected'));
      },
    },
  });

  it.each(['throw', 'reject'] as const)(
    'a validate that fails (%s) ends the stream with schema-error',
    async (mode) => {
      const { last } = await runToEnd({ source: weatherBody(), provider: 'openai-chat', schema: throwingSchema(mode) });
      expect(last.status).toBe('error');
      expect(last.error?.code).toBe('schema-error');
      expect((last.value as { location: string }).location).toBe('San Francisco, CA');
    },
  );

  it('a bug in a built-in dialect is internal-error with its cause', () => {
    const dialect: ProviderDialect = {
      name: 'openai-chat',
      createDecoder: () => ({
        push: () => {
          throw new TypeError('x is undefined');
        },
      }),
    };
    const runner = createDialectRunner({ dialect, builtIn: () => true, dedupeIds: false, maxBufferSize: 100 });
    const [event] = runner.run([{ kind: 'event', event: { data: '{}' } }], 'sse', false);
    expect(event?.type).toBe('error');
    const error = (event as { error: RipenError }).error;
    expect(error.code).toBe('internal-error');
    expect(error.message).toBe('The openai-chat dialect failed on an event: x is undefined');
    const cause = error.cause as Error;
    expect(cause.message).toBe('x is undefined');
  });

  it('restart() on a one-shot source is invalid-option, not a network error', async () => {
    const { stream } = await runToEnd({ source: weatherBody(), provider: 'openai-chat' });
    stream.restart();
    const state = stream.getSnapshot();
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('invalid-option');
    expect(state.error?.message).toContain('restart() needs a source that can be requested again');
  });

  it('a factory returning something other than a Response is callback-error, saying what it returned', async () => {
    const { last } = await runToEnd({ source: () => ({ body: 'x' }) as never, provider: 'openai-chat' });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('callback-error');
    expect(last.error?.message).toBe('source() must return a Response (or a promise of one); it returned { body }.');
    const resolved = await runToEnd({ source: async () => 'text' as never, provider: 'openai-chat' });
    expect(resolved.last.error?.code).toBe('callback-error');
    expect(resolved.last.error?.message).toContain('it returned');
  });

  it('a factory that throws synchronously is callback-error (app code), with the cause; not retried', async () => {
    let calls = 0;
    const bug = new TypeError('config is undefined');
    const { last } = await runToEnd({
      source: () => {
        calls++;
        throw bug;
      },
      retry: { attempts: 3, initialDelay: 0 },
      provider: 'openai-chat',
    });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('callback-error');
    expect(last.error?.message).toBe('source() threw: config is undefined');
    expect(last.error?.cause).toBe(bug);
    expect(calls).toBe(1);
  });

  it('a factory whose promise rejects stays network-error (cannot be told apart from fetch)', async () => {
    const { last } = await runToEnd({
      source: () => Promise.reject(new TypeError('fetch failed')),
      retry: false,
      provider: 'openai-chat',
    });
    expect(last.error?.code).toBe('network-error');
    expect(last.error?.message).toBe('The request failed: fetch failed');
  });

  it('network-error for a failed fetch and for a body that breaks, with the cause', async () => {
    const failingFetch = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    const fetched = await runToEnd({ source: 'https://llm.test/v1', fetch: failingFetch, provider: 'openai-chat' });
    expect(fetched.last.error?.code).toBe('network-error');
    expect(fetched.last.error?.message).toBe('The request failed: fetch failed');

    let sent = false;
    const breaking = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error('socket hang up'));
        sent = true;
        controller.enqueue(new TextEncoder().encode(openAiChatSse(['{"a":'], 'stop', false).split('\n\n')[1] ?? ''));
      },
    });
    const broken = await runToEnd({ source: breaking, provider: 'openai-chat' });
    expect(broken.last.error?.code).toBe('network-error');
    const cause = broken.last.error?.cause as Error;
    expect(cause.message).toBe('socket hang up');
  });
});
