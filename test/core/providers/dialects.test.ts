// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createJsonPathWriter, parseJsonPath } from '../../../src/core/providers/create-json-path-writer.js';
import { createCustomDialect } from '../../../src/core/providers/custom-dialect.js';
import { detectProvider } from '../../../src/core/providers/detect-provider.js';
import { resolveDialect } from '../../../src/core/providers/provider-dialects.js';
import type { ProviderEvent, ProviderName } from '../../../src/core/providers/types.js';
import { readProviderEvents } from '../../../src/core/transport/read-provider-events.js';
import type { ReadProviderEventsOptions } from '../../../src/core/transport/read-provider-events.js';
import { collect, iterate, partTexts } from '../sse/fixture-helpers.js';

const sse = (...events: (string | [string, unknown])[]): string =>
  events
    .map((event) =>
      typeof event === 'string' ? `data: ${event}\n\n` : `event: ${event[0]}\ndata: ${JSON.stringify(event[1])}\n\n`,
    )
    .join('');

async function events(
  body: string,
  provider?: ReadProviderEventsOptions['provider'],
  chunks = 1,
): Promise<ProviderEvent[]> {
  const size = Math.ceil(body.length / chunks);
  const pieces: string[] = [];
  for (let offset = 0; offset < body.length; offset += size) pieces.push(body.slice(offset, offset + size));
  const { items, error } = await collect(
    readProviderEvents(provider === undefined ? { source: iterate(pieces) } : { source: iterate(pieces), provider }),
  );
  expect(error).toBeUndefined();
  return items;
}
const only = <T extends ProviderEvent['type']>(list: ProviderEvent[], type: T) =>
  list.filter((event): event is Extract<ProviderEvent, { type: T }> => event.type === type);

describe('openai-responses', () => {
  it('response.incomplete finishes with length; response.refusal.delta is a refusal', async () => {
    const list = await events(
      sse(
        ['response.output_text.delta', { type: 'response.output_text.delta', delta: '{"a":[1,' }],
        [
          'response.incomplete',
          {
            type: 'response.incomplete',
            response: { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } },
          },
        ],
      ),
      'openai-responses',
    );
    expect(only(list, 'finish')).toEqual([
      { type: 'finish', reason: 'length', rawReason: 'max_output_tokens', choice: 0 },
    ]);
    expect(list.at(-1)).toEqual({ type: 'end' });
    const refused = await events(
      sse(
        ['response.refusal.delta', { type: 'response.refusal.delta', delta: 'No.' }],
        ['response.completed', { type: 'response.completed', response: { status: 'completed' } }],
      ),
      'openai-responses',
    );
    expect(partTexts(refused).map(({ part, text }) => [part.kind, text])).toEqual([['refusal', 'No.']]);
    expect(only(refused, 'finish')[0]?.reason).toBe('refusal');
  });

  it('response.failed alone is a provider error', async () => {
    const list = await events(
      sse([
        'response.failed',
        { type: 'response.failed', response: { error: { code: 'server_error', message: 'boom' } } },
      ]),
      'openai-responses',
    );
    expect(only(list, 'error').map(({ error }) => [error.code, error.providerType, error.message])).toEqual([
      ['provider-error', 'server_error', 'boom'],
    ]);
  });
});

describe('anthropic', () => {
  it('event: error (overloaded_error) is a typed provider error; tool blocks without deltas give their input', async () => {
    const list = await events(
      sse(
        ['message_start', { type: 'message_start', message: { usage: { input_tokens: 3 } } }],
        [
          'content_block_start',
          {
            type: 'content_block_start',
            index: 0,
            content_block: { type: 'tool_use', id: 'toolu_1', name: 'now', input: {} },
          },
        ],
        ['content_block_stop', { type: 'content_block_stop', index: 0 }],
        ['ping', { type: 'ping' }],
        ['error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }],
      ),
      'anthropic',
    );
    expect(partTexts(list)).toEqual([
      { part: { id: 'tool/0', kind: 'tool-call', choice: 0, index: 0, callId: 'toolu_1', name: 'now' }, text: '{}' },
    ]);
    expect(only(list, 'error').map(({ error }) => [error.providerType, error.message])).toEqual([
      ['overloaded_error', 'Overloaded'],
    ]);
    expect(only(list, 'usage')).toEqual([{ type: 'usage', usage: { input_tokens: 3 } }]);
  });

  it('max_tokens → length, refusal → refusal', async () => {
    for (const [raw, reason] of [
      ['max_tokens', 'length'],
      ['refusal', 'refusal'],
      ['tool_use', 'tool-calls'],
      ['pause_turn', 'other'],
    ] as const) {
      const list = await events(
        sse(
          ['message_delta', { type: 'message_delta', delta: { stop_reason: raw } }],
          ['message_stop', { type: 'message_stop' }],
        ),
        'anthropic',
      );
      expect(only(list, 'finish')).toEqual([{ type: 'finish', reason, rawReason: raw, choice: 0 }]);
    }
  });
});

describe('gemini', () => {
  const chunk = (value: unknown): string => `data: ${JSON.stringify(value)}\r\n\r\n`;

  it('MAX_TOKENS → length; candidates become choices; the end comes from the last chunk with a finishReason', async () => {
    const body =
      chunk({
        candidates: [
          { index: 0, content: { parts: [{ text: '{"a":' }] } },
          { index: 1, content: { parts: [{ text: '[1' }] } },
        ],
      }) +
      chunk({
        candidates: [
          { index: 0, content: { parts: [{ text: '"x' }] }, finishReason: 'MAX_TOKENS' },
          { index: 1, content: { parts: [{ text: ']' }] }, finishReason: 'STOP' },
        ],
        usageMetadata: { totalTokenCount: 9 },
      });
    const list = await events(body, 'gemini', 3);
    expect(partTexts(list).map(({ part, text }) => [part.id, text])).toEqual([
      ['content', '{"a":"x'],
      ['choice1/content', '[1]'],
    ]);
    expect(only(list, 'finish').map((event) => [event.choice, event.reason, event.rawReason])).toEqual([
      [0, 'length', 'MAX_TOKENS'],
      [1, 'stop', 'STOP'],
    ]);
    expect(only(list, 'usage')).toEqual([{ type: 'usage', usage: { totalTokenCount: 9 } }]);
    expect(list.at(-1)).toEqual({ type: 'end' });
  });

  it('no end when the last chunk has no finishReason (cut stream)', async () => {
    const list = await events(
      chunk({ candidates: [{ content: { parts: [{ text: '{"a":1}' }] }, finishReason: 'STOP' }] }) +
        chunk({ candidates: [{ content: { parts: [{ text: ' ' }] } }] }),
      'gemini',
    );
    expect(list.some((event) => event.type === 'end')).toBe(false);
  });

  it('JSON-array stream cut inside an element reports sse-truncated', async () => {
    const list = await events(
      '[{"candidates":[{"content":{"parts":[{"text":"{\\"a\\":1}"}]}}]},\r\n{"candidates":[{"content":{"parts":[{"text":"x',
      'gemini',
      4,
    );
    expect(partTexts(list)[0]?.text).toBe('{"a":1}');
    expect(only(list, 'error').map(({ error }) => error.code)).toEqual(['sse-truncated']);
  });

  it('a JSON-array element with an error is a provider error', async () => {
    const list = await events('[{"error":{"code":429,"message":"Quota","status":"RESOURCE_EXHAUSTED"}}]', 'gemini');
    expect(only(list, 'error').map(({ error }) => [error.providerType, error.message])).toEqual([
      ['RESOURCE_EXHAUSTED', 'Quota'],
    ]);
  });
});

describe('vercel-ai', () => {
  it('data-* parts, error chunks and finish reasons', async () => {
    const list = await events(
      sse(
        JSON.stringify({ type: 'data-weather', id: 'w1', data: { city: 'Paris', temperature: 21 } }),
        JSON.stringify({ type: 'text-delta', id: '0', delta: '{"ok":' }),
        JSON.stringify({ type: 'text-delta', id: '0', delta: 'true}' }),
        JSON.stringify({ type: 'error', errorText: 'Rate limited' }),
        JSON.stringify({ type: 'finish', finishReason: 'length' }),
        '[DONE]',
      ),
      'vercel-ai',
    );
    expect(partTexts(list).map(({ part, text }) => [part.kind, part.name, part.callId, text])).toEqual([
      ['data', 'data-weather', 'w1', '{"city":"Paris","temperature":21}'],
      ['content', undefined, undefined, '{"ok":true}'],
    ]);
    expect(only(list, 'error').map(({ error }) => [error.code, error.message])).toEqual([
      ['provider-error', 'Rate limited'],
    ]);
    expect(only(list, 'finish')[0]?.reason).toBe('length');
    expect(list.at(-1)).toEqual({ type: 'end' });
  });

  it('v4: 3: error line and d: finish', async () => {
    const list = await events(
      '0:"{\\"a\\""\n0:":1}"\n3:"boom"\nd:{"finishReason":"stop","usage":{"promptTokens":1}}\n',
      undefined,
      5,
    );
    expect(partTexts(list)[0]?.text).toBe('{"a":1}');
    expect(only(list, 'error')[0]?.error.message).toBe('boom');
    expect(only(list, 'usage')).toEqual([{ type: 'usage', usage: { promptTokens: 1 } }]);
    expect(list.at(-1)).toEqual({ type: 'end' });
  });
});

describe('text and ndjson', () => {
  it('text: SSE data chunks with [DONE]; a plain body ends at its clean end', async () => {
    const viaSse = await events('data: {"a":\n\ndata: 1}\n\ndata: [DONE]\n\n', 'text');
    expect(partTexts(viaSse)[0]?.text).toBe('{"a":1}');
    expect(viaSse.at(-1)).toEqual({ type: 'end' });
    const plain = await events('{"rows": [1, 2, 3]}', 'text', 4);
    expect(partTexts(plain)[0]?.text).toBe('{"rows": [1, 2, 3]}');
    expect(plain.at(-1)).toEqual({ type: 'end' });
  });

  it('ndjson: lines become one growing JSON array', async () => {
    const list = await events('{"id":1}\n{"id":2}\r\n{"id":3}', 'ndjson', 7);
    expect(JSON.parse(partTexts(list)[0]?.text ?? '')).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(list.at(-1)).toEqual({ type: 'end' });
    const cut = await events('{"id":1}\n{"id":', 'ndjson');
    expect(partTexts(cut)[0]?.text).toBe('[{"id":1}');
    expect(only(cut, 'error')[0]?.error.code).toBe('sse-truncated');
    expect(cut.some((event) => event.type === 'end')).toBe(false);
  });
});

describe('custom dialects and resolution', () => {
  it('a function dialect maps each record', async () => {
    const part = { id: 'content', kind: 'content' as const, choice: 0 };
    const custom = (event: { data: string }): ProviderEvent | undefined =>
      event.data === 'END'
        ? { type: 'end' }
        : event.data.startsWith('+')
          ? { type: 'delta', part, text: event.data.slice(1) }
          : undefined;
    const list = await events('data: +[1,\n\ndata: ignored\n\ndata: +2]\n\ndata: END\n\n', custom, 3);
    expect(list).toEqual([{ type: 'delta', part, text: '[1,' }, { type: 'delta', part, text: '2]' }, { type: 'end' }]);
  });

  it('a throwing custom dialect becomes a callback-error event (a user callback, not the provider)', async () => {
    const dialect = createCustomDialect(
      () => {
        throw new Error('bad');
      },
      { name: 'mine' },
    );
    const list = await events('data: x\n\n', dialect);
    expect(only(list, 'error')[0]?.error.code).toBe('callback-error');
    expect(only(list, 'error')[0]?.error.message).toContain('bad');
    expect(only(list, 'error')[0]?.error.provider).toBe('mine');
  });

  it('unknown provider names throw unknown-provider', () => {
    expect(() => resolveDialect('cohere' as ProviderName)).toThrow(
      expect.objectContaining({ code: 'unknown-provider' }) as Error,
    );
    expect(() => resolveDialect('__proto__' as ProviderName)).toThrow(
      expect.objectContaining({ code: 'unknown-provider' }) as Error,
    );
  });

  it('detectProvider recognises each protocol from its first records', () => {
    expect(detectProvider([{ data: '{"object":"chat.completion.chunk","choices":[]}' }])).toBe('openai-chat');
    expect(detectProvider([{ event: 'response.created', data: '{}' }])).toBe('openai-responses');
    expect(detectProvider([{ event: 'message_start', data: '{}' }])).toBe('anthropic');
    expect(detectProvider([{ data: '{"candidates":[]}' }])).toBe('gemini');
    expect(detectProvider([{ data: '{"type":"start"}' }])).toBe('vercel-ai');
    expect(detectProvider([{ data: '0:"x"' }], 'lines')).toBe('vercel-ai');
    expect(detectProvider([{ data: '{"id":1}' }], 'lines')).toBe('ndjson');
    expect(detectProvider([{ data: 'hello' }])).toBeUndefined();
  });
});

describe('createJsonPathWriter (Gemini partialArgs)', () => {
  it('writes nested objects, arrays, strings in pieces, numbers, booleans and null in order', () => {
    const writer = createJsonPathWriter();
    const pieces = [
      writer.apply({ jsonPath: '$.title', stringValue: 'He said "hi', willContinue: true }),
      writer.apply({ jsonPath: '$.title', stringValue: '"\n' }),
      writer.apply({ jsonPath: '$.items[0].n', numberValue: 1 }),
      writer.apply({ jsonPath: '$.items[0].ok', boolValue: true }),
      writer.apply({ jsonPath: '$.items[1].n', numberValue: 2.5 }),
      writer.apply({ jsonPath: "$['odd key'][0]", stringValue: 'x' }),
      writer.apply({ jsonPath: '$.none', nullValue: null }),
      writer.finish(),
    ];
    expect(JSON.parse(pieces.join(''))).toEqual({
      title: 'He said "hi"\n',
      items: [{ n: 1, ok: true }, { n: 2.5 }],
      'odd key': ['x'],
      none: null,
    });
    expect(parseJsonPath('$.a[2]["b.c"]')).toEqual(['a', 2, 'b.c']);
    expect(parseJsonPath('a.b')).toBeUndefined();
  });
});

describe('provider error messages', () => {
  it('are redacted and bounded', async () => {
    const message = `Incorrect API key provided: sk-proj-abcdefghijklmnop. ${'x'.repeat(1000)}`;
    const list = await events(
      `data: ${JSON.stringify({ error: { message, type: 'invalid_request_error', code: 'invalid_api_key' } })}\n\ndata: [DONE]\n\n`,
      'openai-chat',
    );
    const [error] = only(list, 'error').map((event) => event.error);
    expect(error?.providerType).toBe('invalid_request_error');
    expect(error?.message).toMatch(/^Incorrect API key provided: sk-\[redacted\]\. x+$/);
    expect(error?.message).toHaveLength(500);
  });
});

describe('openai-chat legacy function_call', () => {
  it('is tool call 0', async () => {
    const chunk = (delta: unknown, finish: string | null = null): string =>
      JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] });
    const list = await events(
      sse(
        chunk({ function_call: { name: 'lookup', arguments: '' } }),
        chunk({ function_call: { arguments: '{"q":' } }),
        chunk({ function_call: { arguments: '1}' } }),
        chunk({}, 'function_call'),
        '[DONE]',
      ),
      'openai-chat',
    );
    expect(partTexts(list)).toEqual([
      { part: { id: 'tool/0', kind: 'tool-call', choice: 0, index: 0, name: 'lookup' }, text: '{"q":1}' },
    ]);
    expect(only(list, 'finish')[0]?.reason).toBe('tool-calls');
  });
});
