import { readdirSync } from 'node:fs';
import { parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema, type UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { corpusPath, hasShared, readCorpusText } from '../../scripts/shared-folder.mjs';
import { createMockProvider, type MockDialect } from '../../src/testing/index.js';

// The mock's bytes against the recorded real streams of the shared corpus (read in place): every
// event type the mock writes occurs in the recordings of that provider, with no JSON field the
// recordings do not have, and the same framing. Plus the AI SDK's own parser on the UI stream.

const CARD = { title: 'Espresso grinder', price: 249.5, tags: ['burr', 'café ☕'] };
const CALLS = [
  { name: 'get_weather', input: { city: 'Edinburgh', units: 'c' } },
  { name: 'get_stock_price', input: { ticker: 'AAPL' } },
];

/** Field paths of a JSON value (`message.usage.output_tokens`, arrays as `[]`), not below user data. */
function fieldPaths(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) fieldPaths(item, `${prefix}[]`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      out.add(path);
      // Tool arguments and model output are the user's data, not the envelope.
      if (key !== 'args' && key !== 'input' && key !== 'output' && key !== 'schema') fieldPaths(child, path, out);
    }
  }
  return out;
}

interface WireEvent {
  type: string;
  data: unknown;
}

/** SSE events of a body: `event:` name, or the data's `type`, or `data` for untyped chunks. */
function sseEvents(text: string): WireEvent[] {
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => /^(event|data):/m.test(block))
    .flatMap((block) => {
      const lines = block.split(/\r?\n/);
      const name = lines.find((line) => line.startsWith('event: '))?.slice(7);
      const raw = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      let data: unknown = '[DONE]';
      if (raw !== '[DONE]') {
        try {
          data = JSON.parse(raw);
        } catch {
          return []; // a recording's raw error body after the events (Vertex AI), not an SSE event
        }
      }
      const type =
        name ?? ((data as { type?: unknown }).type as string | undefined) ?? (raw === '[DONE]' ? '[DONE]' : 'data');
      return [{ type, data }];
    });
}

/** AI SDK v4 data stream lines: the code is the type. */
function lineEvents(text: string): WireEvent[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => ({ type: line.slice(0, 1), data: JSON.parse(line.slice(2)) as unknown }));
}

function byType(events: readonly WireEvent[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const event of events) {
    const paths = map.get(event.type) ?? new Set<string>();
    fieldPaths(event.data, '', paths);
    map.set(event.type, paths);
  }
  return map;
}

function recorded(folder: string, pattern: RegExp, parse: (text: string) => WireEvent[]): Map<string, Set<string>> {
  const names = readdirSync(corpusPath(`sse/${folder}`)).filter((name) => pattern.test(name));
  return byType(names.flatMap((name) => parse(readCorpusText(`sse/${folder}/${name}`))));
}

const CASES: [MockDialect, string, RegExp, (text: string) => WireEvent[]][] = [
  ['openai-chat', 'openai-chat', /^openai-python_.*\.sse$/, sseEvents],
  ['openai-responses', 'openai-responses', /\.sse$/, sseEvents],
  ['anthropic', 'anthropic', /\.sse$/, sseEvents],
  ['gemini', 'gemini', /\.sse$/, sseEvents],
  ['vercel-ai', 'vercel-ai', /^ai-v7-.*\.sse$/, sseEvents],
  ['vercel-ai-data-stream', 'vercel-ai', /^ai-v4-.*\.txt$/, lineEvents],
];

describe.skipIf(!hasShared('corpus', 'sse'))('mock wire formats against the recorded real streams', () => {
  it.each(CASES)('%s: every event type and field occurs in the recordings', async (dialect, folder, pattern, parse) => {
    const truth = recorded(folder, pattern, parse);
    // Not in the recordings; per the Responses streaming reference it has response.completed's shape
    // with status "incomplete" and incomplete_details.reason.
    const completed = truth.get('response.completed');
    if (completed !== undefined)
      truth.set('response.incomplete', new Set([...completed, 'response.incomplete_details.reason']));
    const outputs = [
      await createMockProvider({ dialect, value: CARD }).body(),
      await createMockProvider({ dialect, toolCalls: CALLS }).body(),
      await createMockProvider({ dialect, value: CARD, toolCalls: CALLS.slice(0, 1), maxTokens: 12 }).body(),
    ];
    if (dialect === 'gemini') {
      const items = { name: 'write_items', input: { operations: [{ action: 'add', price: 0.5 }] } };
      outputs.push(await createMockProvider({ dialect, toolCalls: [items], streamFunctionCallArguments: true }).body());
    }
    const mock = byType(outputs.flatMap(parse));
    for (const [type, paths] of mock) {
      expect([...truth.keys()], `event type ${type}`).toContain(type);
      const known = truth.get(type) ?? new Set<string>();
      expect(
        [...paths].filter((path) => !known.has(path)),
        `fields of ${type} not in the recordings`,
      ).toEqual([]);
    }
  });

  it('OpenAI Responses: a max-tokens cut ends with response.incomplete (reason max_output_tokens)', async () => {
    const events = sseEvents(
      await createMockProvider({ dialect: 'openai-responses', value: CARD, maxTokens: 5 }).body(),
    );
    const last = events.at(-1);
    expect(last?.type).toBe('response.incomplete');
    expect(last?.data).toMatchObject({
      response: { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } },
    });
    expect(events.map((event) => (event.data as { sequence_number: number }).sequence_number)).toEqual(
      events.map((_, index) => index),
    );
  });

  it('framing: Gemini SSE uses CRLF like the recordings; the JSON array separates elements with \\n,\\r\\n', async () => {
    const recordedSse = readCorpusText('sse/gemini/pydantic-ai_gemini-3-flash-preview_json-schema-city.sse');
    expect(recordedSse).toContain('}\r\n\r\ndata: ');
    const sse = await createMockProvider({ dialect: 'gemini', value: CARD }).body();
    expect(sse.startsWith('data: {"candidates": [{"content": {"parts": [{"text": ')).toBe(true);
    expect(sse.endsWith('}\r\n\r\n')).toBe(true);
    expect(sse.split('\r\n\r\n').length).toBeGreaterThan(2);

    const recordedArray = readCorpusText('sse/gemini/llm-gemini_gemini-flash-latest_dogs.json-array-stream.json');
    const array = await createMockProvider({ dialect: 'gemini-json-array', value: CARD }).body();
    for (const text of [recordedArray, array]) {
      expect(text.startsWith('[{\n  "candidates": [')).toBe(true);
      expect(text.endsWith('\n}\n]')).toBe(true);
      expect(text).toContain('\n}\n,\r\n{\n');
      expect(Array.isArray(JSON.parse(text))).toBe(true);
    }
  });

  it('Gemini streamed function-call arguments: the same partialArgs as recorded from gemini-3-flash', async () => {
    const calls = (text: string) =>
      sseEvents(text).flatMap((event) =>
        (
          (event.data as { candidates: { content: { parts: { functionCall?: unknown }[] } }[] }).candidates[0]?.content
            .parts ?? []
        ).flatMap((part) => (part.functionCall === undefined ? [] : [part.functionCall])),
      ) as { name?: string; willContinue?: boolean; partialArgs?: unknown[] }[];
    const truth = calls(
      readCorpusText('sse/gemini/vercel-ai_gemini-3-flash-preview_streamed-function-args-operations.sse'),
    );
    const input = {
      operations: [
        { action: 'add', description: 'Fresh red apple', itemid: 'apple_001', price: 0.5 },
        { action: 'add', description: 'Ripe yellow banana', itemid: 'banana_001', price: 0.3 },
      ],
    };
    const mock = calls(
      await createMockProvider({
        dialect: 'gemini',
        toolCalls: [{ name: 'writeItems', input }],
        streamFunctionCallArguments: true,
        tokensPerEvent: 1000,
      }).body(),
    );
    expect(mock[0]).toEqual(truth[0]);
    expect(mock.flatMap((call) => call.partialArgs ?? [])).toEqual(truth.flatMap((call) => call.partialArgs ?? []));
    expect(mock.at(-1)).toEqual({});
  });

  it('Anthropic: the same event order as the recorded tool-use stream', async () => {
    const order = (text: string) =>
      sseEvents(text)
        .map((event) => event.type)
        .filter((type) => type !== 'ping')
        .filter((type, index, all) => type !== all[index - 1]);
    const truth = order(readCorpusText('sse/anthropic/vercel-ai_claude-haiku-4-5_json-tool-elements.sse'));
    const mock = order(
      await createMockProvider({
        dialect: 'anthropic',
        text: "I'll invoke the JSON response tool.",
        toolCalls: CALLS.slice(0, 1),
      }).body(),
    );
    expect(mock).toEqual(truth);
  });
});

describe('AI SDK UI message stream: the AI SDK reads the mock', () => {
  it('parses every chunk with the AI SDK schema and rebuilds the message (text + tool inputs)', async () => {
    const mock = createMockProvider({ dialect: 'vercel-ai', value: CARD, toolCalls: CALLS, realtime: false });
    const chunks = parseJsonEventStream({
      stream: mock.response().body as ReadableStream<Uint8Array>,
      schema: uiMessageChunkSchema,
    });
    const valid = chunks.pipeThrough(
      new TransformStream({
        transform(result, controller) {
          if (!result.success) throw result.error;
          controller.enqueue(result.value);
        },
      }),
    );
    let message: UIMessage | undefined;
    for await (const snapshot of readUIMessageStream({ stream: valid })) message = snapshot;
    const parts = message?.parts ?? [];
    expect(parts.find((part) => part.type === 'text')).toMatchObject({ text: JSON.stringify(CARD), state: 'done' });
    const tools = parts.filter((part) => part.type.startsWith('tool-'));
    expect(tools).toMatchObject([
      { type: 'tool-get_weather', state: 'input-available', input: CALLS[0]?.input },
      { type: 'tool-get_stock_price', state: 'input-available', input: CALLS[1]?.input },
    ]);
  });
});
