import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RipenError } from '../../src/core/errors/ripen-error.js';
import {
  createMockProvider,
  DEFAULT_MOCK_TIME_TO_FIRST_TOKEN_MS,
  DEFAULT_MOCK_TOKENS_PER_SECOND,
  MOCK_DIALECTS,
  type MockDialect,
  type ReplayTimers,
} from '../../src/testing/index.js';
import { runMock } from './mock-stream-helpers.js';

const CARD = { title: 'Espresso grinder', price: 249.5, rating: 4.6, tags: ['burr', 'café ☕', '静音'] };

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

/** Timers on a virtual clock: each wait advances the clock at once; the waits are recorded. */
function createVirtualTimers(): ReplayTimers & { clock: number; waits: number[] } {
  const timers = {
    clock: 0,
    waits: [] as number[],
    now: () => timers.clock,
    setTimeout(callback: () => void, delayMs: number) {
      timers.waits.push(delayMs);
      timers.clock += delayMs;
      queueMicrotask(callback);
      return timers.waits.length;
    },
    clearTimeout() {},
  };
  return timers;
}

describe('createMockProvider: what each dialect says', () => {
  it('tokenizes with the o200k_base BPE (GPT-4o tokens: one per event for OpenAI Chat)', async () => {
    const events = await createMockProvider({ dialect: 'openai-chat', value: { city: 'San Francisco' } }).events();
    const deltas = events
      .map((event) => /"content":("(?:[^"\\]|\\.)*")/.exec(event.text)?.[1])
      .filter((delta): delta is string => delta !== undefined && delta !== '""')
      .map((delta) => JSON.parse(delta) as string);
    expect(deltas).toEqual(['{"', 'city', '":"', 'San', ' Francisco', '"}']);
    expect(events.reduce((sum, event) => sum + event.tokens, 0)).toBe(6);
  });

  it('keeps multibyte characters whole in every delta (an emoji split across BPE tokens is merged)', async () => {
    const mock = createMockProvider({ dialect: 'anthropic', text: '😀🎉 静かな café', tokensPerEvent: 1 });
    const texts = (await mock.events()).flatMap((event) => {
      const match = /"text_delta","text":("(?:[^"\\]|\\.)*")/.exec(event.text);
      return match?.[1] === undefined ? [] : [JSON.parse(match[1]) as string];
    });
    expect(texts.join('')).toBe('😀🎉 静かな café');
    for (const text of texts)
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/);
  });

  it('is deterministic: same options, same bytes; another seed, other ids', async () => {
    const options = { dialect: 'anthropic' as const, value: CARD, toolCalls: [{ name: 'show', input: CARD }] };
    const first = await createMockProvider(options).body();
    expect(await createMockProvider(options).body()).toBe(first);
    const other = await createMockProvider({ ...options, seed: 2 }).body();
    expect(other).not.toBe(first);
    expect(other.replace(/toolu_01\w+|msg_01\w+/g, '')).not.toBe('');
  });

  it('answers every dialect with the content type ripen and the provider use', () => {
    const types = Object.fromEntries(
      MOCK_DIALECTS.map((dialect) => [
        dialect,
        createMockProvider({ dialect, value: dialect === 'ndjson' ? [] : {} }).headers['content-type'],
      ]),
    );
    expect(types).toEqual({
      'openai-chat': 'text/event-stream; charset=utf-8',
      'openai-responses': 'text/event-stream; charset=utf-8',
      anthropic: 'text/event-stream; charset=utf-8',
      gemini: 'text/event-stream; charset=utf-8',
      'gemini-json-array': 'application/json; charset=UTF-8',
      'vercel-ai': 'text/event-stream',
      'vercel-ai-data-stream': 'text/plain; charset=utf-8',
      ndjson: 'application/x-ndjson',
      text: 'text/plain; charset=utf-8',
    });
    expect(createMockProvider({ dialect: 'vercel-ai', text: 'hi' }).headers['x-vercel-ai-ui-message-stream']).toBe(
      'v1',
    );
  });

  it('writes NDJSON one element per line and text as the bare text', async () => {
    expect(await createMockProvider({ dialect: 'ndjson', value: [{ a: 1 }, [2], 'x'] }).body()).toBe(
      '{"a":1}\n[2]\n"x"\n',
    );
    expect(await createMockProvider({ dialect: 'text', text: 'Hello, world' }).body()).toBe('Hello, world');
  });

  it('accepts a custom tokenizer and the characters tokenizer', async () => {
    const words = createMockProvider({
      dialect: 'vercel-ai',
      text: 'one two three',
      tokenize: (text) => text.split(/(?= )/),
    });
    const deltas = (await words.events()).filter((event) => event.text.includes('text-delta'));
    expect(deltas.map((event) => event.tokens)).toEqual([1, 1, 1]);
    const characters = createMockProvider({ dialect: 'openai-chat', text: 'añ😀', tokenize: 'characters' });
    expect((await characters.events()).reduce((sum, event) => sum + event.tokens, 0)).toBe(3);
  });

  it('rejects a custom tokenizer whose pieces do not rebuild the text', async () => {
    const mock = createMockProvider({ dialect: 'text', text: 'abc', tokenize: () => ['a', 'c'] });
    const result = await runMock(mock);
    expect(result.status).toBe('error');
    await expect(mock.body()).rejects.toMatchObject({ code: 'invalid-option' });
  });
});

describe('createMockProvider: maxTokens and faults, read by createJsonStream', () => {
  it.each(MOCK_DIALECTS.filter((dialect) => dialect !== 'ndjson' && dialect !== 'text'))(
    '%s: maxTokens ends truncated with finish reason length, keeping the first tokens',
    async (dialect: MockDialect) => {
      const result = await runMock(createMockProvider({ dialect, value: CARD, maxTokens: 8, realtime: false }));
      expect(result.status).toBe('truncated');
      expect(result.finishReason).toBe('length');
      expect(result.value).toMatchObject({ title: 'Espresso grinder' });
    },
  );

  it.each(MOCK_DIALECTS.filter((dialect) => dialect !== 'ndjson' && dialect !== 'text'))(
    '%s: a provider error after some tokens ends in error (provider-error), the value so far kept',
    async (dialect: MockDialect) => {
      const mock = createMockProvider({
        dialect,
        value: CARD,
        tokensPerEvent: 1,
        fault: { kind: 'provider-error', afterTokens: 7, message: 'Overloaded' },
        realtime: false,
      });
      const result = await runMock(mock);
      expect(result.status).toBe('error');
      expect(result.errorCode).toBe('provider-error');
      expect(result.value).toMatchObject({ title: 'Espresso grinder' });
      expect(await mock.body()).toContain('Overloaded');
    },
  );

  it.each(MOCK_DIALECTS)(
    '%s: an HTTP error status answers with the provider error body',
    async (dialect: MockDialect) => {
      const mock = createMockProvider({
        dialect,
        value: dialect === 'ndjson' ? [1] : CARD,
        fault: { kind: 'http-error', status: 429, message: 'Slow down' },
        realtime: false,
      });
      const response = mock.response();
      expect(response.status).toBe(429);
      expect(JSON.stringify(await response.json())).toContain('Slow down');
      const result = await runMock(mock);
      expect(result.status).toBe('error');
      expect(result.errorCode).toBe('http-error');
    },
  );

  it('writes each provider’s own HTTP error shape', async () => {
    const body = (dialect: MockDialect) =>
      createMockProvider({ dialect, text: 'x', fault: { kind: 'http-error', status: 529, message: 'busy' } }).body();
    expect(JSON.parse(await body('anthropic'))).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'busy' },
    });
    expect(JSON.parse(await body('gemini'))).toEqual({ error: { code: 529, message: 'busy', status: 'UNAVAILABLE' } });
    expect(JSON.parse(await body('openai-chat'))).toEqual({
      error: { message: 'busy', type: 'server_error', param: null, code: null },
    });
  });

  it('truncate: the body ends without the end marker (truncated); partialBytes cuts inside an event', async () => {
    const cut = createMockProvider({
      dialect: 'openai-chat',
      value: CARD,
      fault: { kind: 'truncate', afterTokens: 5 },
    });
    const body = await cut.body();
    expect(body).not.toContain('[DONE]');
    expect(body.endsWith('\n\n')).toBe(true);
    expect(
      (
        await runMock(
          createMockProvider({
            dialect: 'openai-chat',
            value: CARD,
            realtime: false,
            fault: { kind: 'truncate', afterTokens: 5 },
          }),
        )
      ).status,
    ).toBe('truncated');

    const mid = createMockProvider({
      dialect: 'anthropic',
      value: CARD,
      realtime: false,
      fault: { kind: 'truncate', afterTokens: 4, partialBytes: 30 },
    });
    const midBody = await mid.body();
    expect(midBody.endsWith('\n\n')).toBe(false);
    expect(midBody.slice(midBody.lastIndexOf('\n\n') + 2)).toHaveLength(30);
    expect((await runMock(mid)).status).toBe('truncated');
  });

  it('abort: the body errors with network-error after the first tokens', async () => {
    const mock = createMockProvider({
      dialect: 'gemini',
      value: CARD,
      realtime: false,
      fault: { kind: 'abort', afterTokens: 3 },
    });
    await expect(readAll(mock.response().body as ReadableStream<Uint8Array>)).rejects.toMatchObject({
      code: 'network-error',
    });
    const result = await runMock(mock);
    expect(result.status).toBe('error');
    expect(result.errorCode).toBe('network-error');
  });

  it('the earliest ending fault wins', async () => {
    const body = await createMockProvider({
      dialect: 'openai-chat',
      value: CARD,
      fault: [
        { kind: 'provider-error', afterTokens: 12 },
        { kind: 'truncate', afterTokens: 3 },
      ],
    }).body();
    expect(body).not.toContain('"error"');
    expect(body).not.toContain('[DONE]');
  });
});

describe('createMockProvider: pacing (virtual clock, no real waits)', () => {
  it('waits the time to first token, then one token per 1/tokensPerSecond', async () => {
    const timers = createVirtualTimers();
    const mock = createMockProvider({ dialect: 'openai-chat', value: { city: 'San Francisco' }, timers });
    await readAll(mock.response().body as ReadableStream<Uint8Array>);
    expect(timers.waits[0]).toBe(DEFAULT_MOCK_TIME_TO_FIRST_TOKEN_MS);
    expect(timers.waits.slice(1).map((wait) => wait.toFixed(6))).toEqual(
      Array(6).fill((1000 / DEFAULT_MOCK_TOKENS_PER_SECOND).toFixed(6)),
    );
    expect(timers.clock).toBeCloseTo(1032 + (6 * 1000) / 81, 6);
  });

  it('scales by timeFactor and tokensPerSecond; a stall adds its duration unscaled', async () => {
    const timers = createVirtualTimers();
    const mock = createMockProvider({
      dialect: 'anthropic',
      text: 'one two three four',
      tokensPerEvent: 2,
      tokensPerSecond: 50,
      timeToFirstTokenMs: 400,
      timeFactor: 2,
      fault: { kind: 'stall', afterTokens: 2, durationMs: 5000 },
      timers,
    });
    await readAll(mock.response().body as ReadableStream<Uint8Array>);
    expect(timers.waits).toEqual([200, 20, 5020]);
  });

  it('realtime: false never waits', async () => {
    const timers = createVirtualTimers();
    await readAll(
      createMockProvider({ dialect: 'gemini', value: CARD, realtime: false, timers }).response()
        .body as ReadableStream<Uint8Array>,
    );
    expect(timers.waits).toEqual([]);
  });

  it('chunking cuts the same bytes into 1..maxChunkBytes pieces, or fixed sizes', async () => {
    const options = { dialect: 'openai-responses' as const, value: CARD, realtime: false, seed: 3 };
    const whole = await createMockProvider(options).body();
    const random = await readAll(
      createMockProvider({ ...options, chunking: 'random', maxChunkBytes: 7 }).response()
        .body as ReadableStream<Uint8Array>,
    );
    expect(Math.max(...random.map((chunk) => chunk.length))).toBeLessThanOrEqual(7);
    expect(Buffer.concat(random).toString('utf8')).toBe(whole);
    const fixed = await readAll(
      createMockProvider({ ...options, chunking: 16 }).response().body as ReadableStream<Uint8Array>,
    );
    expect(fixed.slice(0, -1).every((chunk) => chunk.length === 16)).toBe(true);
    expect(Buffer.concat(fixed).toString('utf8')).toBe(whole);
  });

  it('an aborted signal errors the stream with its reason', async () => {
    const controller = new AbortController();
    const mock = createMockProvider({ dialect: 'text', text: 'slow answer', timeToFirstTokenMs: 60_000 });
    const response = await mock.fetch('https://mock.invalid/', { signal: controller.signal });
    const reading = readAll(response.body as ReadableStream<Uint8Array>);
    controller.abort(new Error('user left'));
    await expect(reading).rejects.toThrow('user left');
    await expect(mock.fetch('https://mock.invalid/', { signal: controller.signal })).rejects.toThrow('user left');
  });
});

describe('createMockProvider: Node request handler', () => {
  it('serves the same bytes and headers over node:http', async () => {
    const mock = createMockProvider({
      dialect: 'vercel-ai',
      value: CARD,
      toolCalls: [{ name: 'show', input: CARD }],
      realtime: false,
    });
    const server = createServer(mock.handler);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
      expect(await response.text()).toBe(await mock.body());
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});

describe('createMockProvider: options are checked at creation (plain JS calls)', () => {
  const create = createMockProvider as (options: unknown) => unknown;
  const cases: [string, unknown, RegExp][] = [
    ['no options', undefined, /options must be an object/],
    ['unknown dialect', { dialect: 'openai', value: 1 }, /dialect must be one of 'openai-chat'/],
    ['nothing to say', { dialect: 'anthropic' }, /value must be given/],
    ['value and text', { dialect: 'anthropic', value: 1, text: '1' }, /text must be absent when value is given/],
    ['NaN in value', { dialect: 'anthropic', value: { a: [1, Number.NaN] } }, /value\/a\/1 must be a JSON value/],
    ['a Date in value', { dialect: 'anthropic', value: { when: new Date(0) } }, /value\/when must be a JSON value/],
    ['ndjson non-array', { dialect: 'ndjson', value: { a: 1 } }, /value must be an array for dialect 'ndjson'/],
    ['tool calls for text', { dialect: 'text', toolCalls: [] }, /toolCalls must be absent for dialect 'text'/],
    [
      'tool without name',
      { dialect: 'openai-chat', toolCalls: [{ input: {} }] },
      /toolCalls\[0\]\.name must be a non-empty string/,
    ],
    [
      'tool input and text',
      { dialect: 'openai-chat', toolCalls: [{ name: 'a', input: {}, inputText: '{}' }] },
      /toolCalls\[0\]\.input must be given, or inputText/,
    ],
    [
      'gemini array args',
      { dialect: 'gemini', toolCalls: [{ name: 'a', input: [1] }] },
      /toolCalls\[0\]\.input must be a plain object for Gemini/,
    ],
    [
      'tokensPerSecond 0',
      { dialect: 'text', text: 'a', tokensPerSecond: 0 },
      /tokensPerSecond must be a finite number > 0; got 0/,
    ],
    [
      'negative ttft',
      { dialect: 'text', text: 'a', timeToFirstTokenMs: -1 },
      /timeToFirstTokenMs must be a finite number ≥ 0; got -1/,
    ],
    ['string chunking', { dialect: 'text', text: 'a', chunking: 'bytes' }, /chunking must be an integer ≥ 1/],
    [
      'bad range',
      { dialect: 'text', text: 'a', tokensPerEvent: { min: 3, max: 2 } },
      /tokensPerEvent must be an integer ≥ 1 or \{ min, max \}/,
    ],
    [
      'bad tokenizer',
      { dialect: 'text', text: 'a', tokenize: 'gpt2' },
      /tokenize must be 'o200k_base', 'cl100k_base', 'characters' or a function/,
    ],
    [
      'fault kind',
      { dialect: 'text', text: 'a', fault: { kind: 'explode' } },
      /fault\.kind must be one of 'http-error'/,
    ],
    [
      'fault position',
      { dialect: 'anthropic', text: 'a', fault: [{ kind: 'abort', afterTokens: 1.5 }] },
      /fault\[0\]\.afterTokens must be an integer ≥ 0; got 1\.5/,
    ],
    [
      'http status',
      { dialect: 'anthropic', text: 'a', fault: { kind: 'http-error', status: 200 } },
      /fault\.status must be an integer ≥ 400; got 200/,
    ],
    [
      'provider error for ndjson',
      { dialect: 'ndjson', value: [], fault: { kind: 'provider-error', afterTokens: 0 } },
      /fault\.kind must be 'http-error', 'truncate', 'abort' or 'stall' for dialect 'ndjson'/,
    ],
    [
      'misspelt option',
      { dialect: 'text', text: 'a', tokensPerSec: 9 },
      /tokensPerSec must be one of the known options/,
    ],
    ['realtime string', { dialect: 'text', text: 'a', realtime: 'no' }, /realtime must be a boolean; got 'no'/],
    ['timers', { dialect: 'text', text: 'a', timers: {} }, /timers must be an object with setTimeout and clearTimeout/],
    [
      'streamed args outside Gemini',
      { dialect: 'anthropic', text: 'a', streamFunctionCallArguments: true },
      /streamFunctionCallArguments must be false or absent for dialect 'anthropic'/,
    ],
  ];
  it.each(cases)('%s → invalid-option', (_name, options, message) => {
    let thrown: unknown;
    try {
      create(options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RipenError);
    expect((thrown as RipenError).code).toBe('invalid-option');
    expect((thrown as RipenError).message).toMatch(/^createMockProvider: /);
    expect((thrown as RipenError).message).toMatch(message);
  });
});

describe('ripen/testing stays light to import', () => {
  it('no module under src/testing imports gpt-tokenizer statically', () => {
    const folder = resolve(process.cwd(), 'src/testing');
    for (const name of readdirSync(folder)) {
      const source = readFileSync(resolve(folder, name), 'utf8');
      expect(source, name).not.toMatch(/^\s*import[^(]*from\s+['"]gpt-tokenizer/m);
    }
    expect(readFileSync(resolve(folder, 'tokenize-text.ts'), 'utf8')).toMatch(
      /import\('gpt-tokenizer\/encoding\/o200k_base'\)/,
    );
  });
});
