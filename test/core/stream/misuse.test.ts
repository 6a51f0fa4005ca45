// Misuse as a plain-JavaScript caller would write it: every option of createJsonStream,
// useJsonStream (test/react/misuse.test.tsx), readProviderEvents and readSseEvents with a wrong
// type or value throws RipenError code `invalid-option` from the create call itself, naming the
// option's path, what is allowed and what was received. Nothing here is ever `network-error`.
import { describe, expect, it } from 'vitest';
import { createJsonStream } from '../../../src/core/stream/create-json-stream.js';
import { readSseEvents } from '../../../src/core/sse/read-sse-events.js';
import { readProviderEvents } from '../../../src/core/transport/read-provider-events.js';

// Untyped entry points, as plain JavaScript sees them.
const create = createJsonStream as unknown as (options?: unknown) => unknown;
const readEvents = readProviderEvents as unknown as (options?: unknown) => unknown;
const readSse = readSseEvents as unknown as (stream?: unknown, options?: unknown) => unknown;

const body = () => new ReadableStream<Uint8Array>({ pull: (controller) => controller.close() });

/** [option patch, expected message start] — every case must throw `invalid-option` with that message. */
const streamCases: [string, Record<string, unknown>, string][] = [
  [
    'source null',
    { source: null },
    'source must be a URL (string or URL), a Response, a function returning a Response, a ReadableStream or an AsyncIterable; got null.',
  ],
  [
    'source 42',
    { source: 42 },
    'source must be a URL (string or URL), a Response, a function returning a Response, a ReadableStream or an AsyncIterable; got 42.',
  ],
  [
    'source {}',
    { source: {} },
    'source must be a URL (string or URL), a Response, a function returning a Response, a ReadableStream or an AsyncIterable; got {}.',
  ],
  [
    'source { url }',
    { source: { url: '/api' } },
    'source must be a URL (string or URL), a Response, a function returning a Response, a ReadableStream or an AsyncIterable; got { url }.',
  ],
  [
    'source empty string',
    { source: '' },
    "source must be a URL (string or URL), a Response, a function returning a Response, a ReadableStream or an AsyncIterable; got ''.",
  ],
  ['init string', { init: 'POST' }, "init must be a RequestInit object; got 'POST'."],
  ['fetch string', { fetch: 'x' }, "fetch must be a function; got 'x'."],
  [
    'provider number',
    { provider: 42 },
    "provider must be a provider name ('openai-chat', 'anthropic', …), a dialect object with createDecoder() or a function; got 42.",
  ],
  [
    'provider object without createDecoder',
    { provider: {} },
    "provider must be a provider name ('openai-chat', 'anthropic', …), a dialect object with createDecoder() or a function; got {}.",
  ],
  [
    'select all',
    { select: 'all' },
    "select must be 'auto' | 'content' | { tool } | { toolIndex } | { choice } | a function; got 'all'.",
  ],
  [
    'select null',
    { select: null },
    "select must be 'auto' | 'content' | { tool } | { toolIndex } | { choice } | a function; got null.",
  ],
  [
    'select unknown key',
    { select: { name: 'x' } },
    "select must be 'auto' | 'content' | { tool } | { toolIndex } | { choice } | a function; got { name }.",
  ],
  ['select.tool number', { select: { tool: 3 } }, 'select.tool must be a non-empty tool (function) name; got 3.'],
  ['select.toolIndex negative', { select: { toolIndex: -1 } }, 'select.toolIndex must be an integer ≥ 0; got -1.'],
  ['select.choice fraction', { select: { choice: 1.5 } }, 'select.choice must be an integer ≥ 0; got 1.5.'],
  [
    'schema number',
    { schema: 42 },
    'schema must be a Standard Schema (zod, valibot, arktype…) or a JSON Schema object; got 42.',
  ],
  [
    'schema null',
    { schema: null },
    'schema must be a Standard Schema (zod, valibot, arktype…) or a JSON Schema object; got null.',
  ],
  [
    'policies string',
    { policies: 'atomic' },
    "policies must be an object mapping JSON Pointer patterns to a policy, e.g. { '/rows/*': 'atomic' }; got 'atomic'.",
  ],
  [
    'policies bad pattern',
    { policies: { rows: 'atomic' } },
    'policies["rows"]: a key must be a JSON Pointer pattern ("" or starting with "/", "~" written "~0" or "~1", "*" for any one token), e.g. "/rows/*".',
  ],
  [
    'policies bad policy',
    { policies: { '/rows': 'lazy' } },
    "policies[\"/rows\"] must be 'stream' | 'atomic' | 'whenComplete' | 'perElement'; got 'lazy'.",
  ],
  [
    'parser null',
    { parser: null },
    'parser must be { mode?, maxDepth?, maxBytes?, maxStringLength?, partialNumbers?, exactSnapshots? }; got null.',
  ],
  ['parser.mode lenient', { parser: { mode: 'lenient' } }, "parser.mode must be 'tolerant' | 'strict'; got 'lenient'."],
  ['parser.maxDepth NaN', { parser: { maxDepth: Number.NaN } }, 'parser.maxDepth must be an integer ≥ 1; got NaN.'],
  ['parser.maxDepth 0', { parser: { maxDepth: 0 } }, 'parser.maxDepth must be an integer ≥ 1; got 0.'],
  ['parser.maxBytes NaN', { parser: { maxBytes: Number.NaN } }, 'parser.maxBytes must be an integer ≥ 1; got NaN.'],
  [
    'parser.maxStringLength Infinity',
    { parser: { maxStringLength: Number.POSITIVE_INFINITY } },
    'parser.maxStringLength must be an integer ≥ 1; got Infinity.',
  ],
  [
    'parser.partialNumbers string',
    { parser: { partialNumbers: 'yes' } },
    "parser.partialNumbers must be true | false; got 'yes'.",
  ],
  [
    'parser.exactSnapshots number',
    { parser: { exactSnapshots: 1 } },
    'parser.exactSnapshots must be true | false; got 1.',
  ],
  [
    'throttle fast',
    { throttle: 'fast' },
    "throttle must be 'frame' | false | a number of milliseconds ≥ 0; got 'fast'.",
  ],
  ['throttle negative', { throttle: -1 }, "throttle must be 'frame' | false | a number of milliseconds ≥ 0; got -1."],
  [
    'throttle NaN',
    { throttle: Number.NaN },
    "throttle must be 'frame' | false | a number of milliseconds ≥ 0; got NaN.",
  ],
  ['idleTimeout 0', { idleTimeout: 0 }, 'idleTimeout must be false | a number of milliseconds > 0; got 0.'],
  [
    'idleTimeout NaN',
    { idleTimeout: Number.NaN },
    'idleTimeout must be false | a number of milliseconds > 0; got NaN.',
  ],
  ['idleTimeout true', { idleTimeout: true }, 'idleTimeout must be false | a number of milliseconds > 0; got true.'],
  [
    'retry yes',
    { retry: 'yes' },
    "retry must be true | false | { attempts?, initialDelay?, factor?, maxDelay?, statuses? }; got 'yes'.",
  ],
  ['retry.attempts negative', { retry: { attempts: -1 } }, 'retry.attempts must be an integer ≥ 0; got -1.'],
  [
    'retry.initialDelay NaN',
    { retry: { initialDelay: Number.NaN } },
    'retry.initialDelay must be a finite number of milliseconds ≥ 0; got NaN.',
  ],
  ['retry.factor 0.5', { retry: { factor: 0.5 } }, 'retry.factor must be a finite number ≥ 1; got 0.5.'],
  [
    'retry.maxDelay Infinity',
    { retry: { maxDelay: Number.POSITIVE_INFINITY } },
    'retry.maxDelay must be a finite number of milliseconds ≥ 0; got Infinity.',
  ],
  [
    'retry.statuses string',
    { retry: { statuses: '500' } },
    "retry.statuses must be an array of HTTP status codes (integers 100–599); got '500'.",
  ],
  [
    'retry.statuses out of range',
    { retry: { statuses: [99] } },
    'retry.statuses must be an array of HTTP status codes (integers 100–599); got an array of 1.',
  ],
  ['resume yes', { resume: 'yes' }, "resume must be true | false | { attempts?, delay? }; got 'yes'."],
  ['resume.attempts fraction', { resume: { attempts: 1.5 } }, 'resume.attempts must be an integer ≥ 0; got 1.5.'],
  [
    'resume.delay NaN',
    { resume: { delay: Number.NaN } },
    'resume.delay must be a finite number of milliseconds ≥ 0; got NaN.',
  ],
  [
    'maxBufferSize NaN',
    { maxBufferSize: Number.NaN },
    'maxBufferSize must be a positive integer (characters); got NaN.',
  ],
  ['maxBufferSize 0', { maxBufferSize: 0 }, 'maxBufferSize must be a positive integer (characters); got 0.'],
  [
    'maxBufferSize string',
    { maxBufferSize: '1000' },
    "maxBufferSize must be a positive integer (characters); got '1000'.",
  ],
  ['signal object', { signal: {} }, 'signal must be an AbortSignal; got {}.'],
  ['onFieldComplete string', { onFieldComplete: 'log' }, "onFieldComplete must be a function; got 'log'."],
  ['onFinish number', { onFinish: 42 }, 'onFinish must be a function; got 42.'],
  ['onError object', { onError: {} }, 'onError must be a function; got {}.'],
];

function thrown(call: () => unknown): { code?: string; message?: string; name?: string } {
  try {
    call();
  } catch (error) {
    return error as { code?: string; message?: string };
  }
  throw new Error('expected the call to throw');
}

describe('createJsonStream: misuse throws invalid-option from the create call', () => {
  it.each(streamCases)('%s', (_name, patch, message) => {
    const error = thrown(() => create({ source: body(), ...patch }));
    expect(error.name).toBe('RipenError');
    expect(error.code).toBe('invalid-option');
    expect(error.message).toBe(message);
  });

  it('no options, or options that are not an object', () => {
    for (const options of [undefined, null, 42, 'x']) {
      const error = thrown(() => create(options));
      expect(error.code).toBe('invalid-option');
      expect(error.message).toMatch(/^options must be an object with at least \{ source \}; got /);
    }
  });

  it('an unknown provider name is unknown-provider, naming the built-in ones', () => {
    const error = thrown(() => create({ source: body(), provider: 'openai' }));
    expect(error.code).toBe('unknown-provider');
    expect(error.message).toContain('openai-chat, openai-responses, anthropic, gemini');
  });

  it('valid options of every kind are accepted', () => {
    const options = {
      source: body(),
      provider: 'openai-chat',
      select: { toolIndex: 0 },
      parser: { mode: 'strict', maxDepth: 64, maxBytes: 1000, maxStringLength: 100, partialNumbers: true },
      throttle: 16,
      idleTimeout: false,
      retry: { attempts: 1, initialDelay: 0, factor: 1, maxDelay: 0, statuses: [503] },
      resume: { attempts: 0, delay: 0 },
      maxBufferSize: 1024,
      signal: new AbortController().signal,
      policies: { '/rows': 'perElement', '': 'stream' },
      onFinish: () => undefined,
    };
    expect(() => create(options)).not.toThrow();
  });
});

describe('readProviderEvents and readSseEvents: misuse throws invalid-option from the call', () => {
  it.each(
    streamCases.filter(([, patch]) =>
      ['source', 'init', 'fetch', 'provider', 'retry', 'resume', 'maxBufferSize', 'signal'].includes(
        Object.keys(patch)[0]!,
      ),
    ),
  )('readProviderEvents: %s', (_name, patch, message) => {
    const error = thrown(() => readEvents({ source: body(), ...patch }));
    expect(error.code).toBe('invalid-option');
    expect(error.message).toBe(message);
  });

  const sseCases: [string, unknown, unknown, string][] = [
    [
      'stream null',
      null,
      {},
      'stream must be a ReadableStream or an AsyncIterable of Uint8Array / string chunks; got null.',
    ],
    ['stream {}', {}, {}, 'stream must be a ReadableStream or an AsyncIterable of Uint8Array / string chunks; got {}.'],
    [
      'options null',
      body(),
      null,
      'options must be { signal?, onComment?, onRetry?, onInvalidField?, maxBufferSize? }; got null.',
    ],
    ['signal', body(), { signal: 'stop' }, "signal must be an AbortSignal; got 'stop'."],
    ['onComment', body(), { onComment: 1 }, 'onComment must be a function; got 1.'],
    ['onRetry', body(), { onRetry: 'x' }, "onRetry must be a function; got 'x'."],
    ['onInvalidField', body(), { onInvalidField: true }, 'onInvalidField must be a function; got true.'],
    ['maxBufferSize', body(), { maxBufferSize: -5 }, 'maxBufferSize must be a positive integer (characters); got -5.'],
  ];
  it.each(sseCases)('readSseEvents: %s', (_name, stream, options, message) => {
    const error = thrown(() => readSse(stream, options));
    expect(error.code).toBe('invalid-option');
    expect(error.message).toBe(message);
  });
});
