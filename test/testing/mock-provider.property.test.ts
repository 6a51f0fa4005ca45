import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMockProvider, MOCK_DIALECTS, type MockDialect } from '../../src/testing/index.js';
import { roundTrip, runMock } from './mock-stream-helpers.js';

// Any JSON value, through the mock in every dialect and back through createJsonStream, comes out
// equal, whatever the seed, the chunking and the tokens per event. No real timers: realtime false.

const chunking = fc.oneof(
  fc.constant<'event'>('event'),
  fc.constant<'random'>('random'),
  fc.integer({ min: 1, max: 64 }),
);
const tokensPerEvent = fc.oneof(
  fc.integer({ min: 1, max: 6 }),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 8 }))
    .map(([min, extra]) => ({ min, max: min + extra })),
);
const settings = fc.record({
  seed: fc.integer(),
  chunking,
  maxChunkBytes: fc.integer({ min: 1, max: 48 }),
  tokensPerEvent,
});
/** JSON values (unicode strings included). */
const jsonValue = fc.jsonValue({ maxDepth: 4 });
/** Top-level values: any JSON value, a bare `null` included. */
const topValue = jsonValue;
/** Objects whose keys include `__proto__`, `constructor` and unicode, built through JSON.parse (own keys). */
const trickyObject = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'ключ', '名前', '😀'), fc.string()),
      jsonValue,
    ),
    { maxLength: 6 },
  )
  .map(
    (entries) =>
      JSON.parse(
        `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`,
      ) as unknown,
  );

const contentDialects = MOCK_DIALECTS.filter((dialect) => dialect !== 'ndjson');
const toolDialects = MOCK_DIALECTS.filter((dialect) => dialect !== 'ndjson' && dialect !== 'text');

describe('createMockProvider → createJsonStream round trip (fast-check)', () => {
  it.each(contentDialects)('%s: any JSON value comes out equal, status complete', async (dialect: MockDialect) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(topValue, trickyObject), settings, async (value, options) => {
        const result = await runMock(createMockProvider({ dialect, value, realtime: false, ...options }));
        expect(result.status).toBe('complete');
        expect(result.value).toEqual(roundTrip(value));
        expect(JSON.stringify(result.value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 40 },
    );
  });

  it('a bare null value comes out as null', async () => {
    const result = await runMock(createMockProvider({ dialect: 'openai-chat', value: null, realtime: false }));
    expect(result.status).toBe('complete');
    expect(result.value).toBeNull();
  });

  it('ndjson: any array comes out equal (one element per line), status complete', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(jsonValue, trickyObject), { maxLength: 8 }),
        settings,
        async (value, options) => {
          const result = await runMock(createMockProvider({ dialect: 'ndjson', value, realtime: false, ...options }));
          expect(result.status).toBe('complete');
          expect(JSON.stringify(result.value)).toBe(JSON.stringify(value));
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each(toolDialects)(
    '%s: tool calls (and parallel calls) come out as separate parts, equal',
    async (dialect: MockDialect) => {
      const calls = fc.array(
        fc.record({ name: fc.constantFrom('get_weather', 'lookup', 'render_table'), input: trickyObject }),
        { minLength: 1, maxLength: 3 },
      );
      await fc.assert(
        fc.asyncProperty(
          calls,
          fc.option(topValue, { nil: undefined }),
          settings,
          async (toolCalls, value, options) => {
            const mock = createMockProvider({
              dialect,
              toolCalls,
              ...(value === undefined ? {} : { value }),
              realtime: false,
              ...options,
            });
            const result = await runMock(mock);
            expect(result.status).toBe('complete');
            expect(result.finishReason).toBe('tool-calls');
            const tools = result.parts.filter((part) => part.kind === 'tool-call');
            expect(tools.map((part) => part.name)).toEqual(toolCalls.map((call) => call.name));
            expect(tools.map((part) => JSON.stringify(part.value))).toEqual(
              toolCalls.map((call) => JSON.stringify(call.input)),
            );
            if (dialect !== 'gemini' && dialect !== 'gemini-json-array') {
              // Every call has its own provider id (Gemini's function calls carry none).
              expect(new Set(tools.map((part) => part.callId)).size).toBe(toolCalls.length);
            }
            const content = result.parts.filter((part) => part.kind === 'content');
            if (value === undefined) expect(content).toEqual([]);
            else expect(JSON.stringify(content[0]?.value)).toBe(JSON.stringify(value));
          },
        ),
        { numRuns: 20 },
      );
    },
  );
});
