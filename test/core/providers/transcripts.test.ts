// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isRipenError } from '../../../src/core/errors/ripen-error.js';
import type { ProviderEvent } from '../../../src/core/providers/types.js';
import { SseTruncatedError } from '../../../src/core/sse/sse-truncated-error.js';
import { readProviderEvents } from '../../../src/core/transport/read-provider-events.js';
import {
  collect,
  createRandom,
  iterate,
  jsonPartTexts,
  loadTranscripts,
  partTexts,
  providerFor,
  randomChunks,
  readFixtureBytes,
  readFixtureText,
} from '../sse/fixture-helpers.js';

const transcripts = loadTranscripts();

/** Transcripts whose recorded body ends without the final line end (the last event is unfinished). */
const CUT_AT_LAST_EVENT = new Set([
  'sse/anthropic/anthropic-sdk-python_basic-text.sse',
  'sse/anthropic/anthropic-sdk-python_tool-use-weather.sse',
  'sse/anthropic/anthropic-sdk-python_incomplete-partial-json-max-tokens.sse',
]);

/** Transcripts that carry a provider error: expected `providerType`. */
const PROVIDER_ERRORS: Record<string, string> = {
  'sse/gemini/vertexai-sdk-test-data_vertexai_error-mid-stream.sse': 'CANCELLED',
  'sse/other/pydantic-ai_openrouter-minimax_comments-then-midstream-error.sse': '400',
  'sse/openai-responses/vercel-ai_gpt-5-nano_error-insufficient-quota.sse': 'insufficient_quota',
};

async function run(file: string, chunks: Uint8Array[], withProvider: boolean): Promise<ProviderEvent[]> {
  const { items, error } = await collect(
    readProviderEvents(
      withProvider ? { source: iterate(chunks), provider: providerFor(file) } : { source: iterate(chunks) },
    ),
  );
  expect(error).toBeUndefined();
  return items;
}

/**
 * Tool calls whose arguments arrive whole (no text deltas in the recording), so the corpus index
 * lists no JSON part; ripen still emits their JSON text once, so they parse like any other call.
 */
const WHOLE_ARGUMENT_PARTS: Record<string, string[]> = {
  'sse/gemini/vertexai-sdk-test-data_googleai_thinking-function-call.sse': ['{}'],
  'sse/other/vercel-ai_lmstudio-glm-4.7-flash_responses-tool-call.sse': ['{"location":"San Francisco"}'],
};

/** Most `.expected.json` files end with one newline that is not part of the stream. */
const withoutFinalNewline = (text: string): string => (text.endsWith('\n') ? text.slice(0, -1) : text);

const finishes = (events: ProviderEvent[]) => events.flatMap((event) => (event.type === 'finish' ? [event] : []));
const errors = (events: ProviderEvent[]) => events.flatMap((event) => (event.type === 'error' ? [event.error] : []));

describe.each(transcripts.map((entry) => [entry.file, entry] as const))('transcript %s', (file, entry) => {
  it('gives the same events for one chunk, random byte chunkings, and provider detection', async () => {
    const bytes = readFixtureBytes(file);
    const reference = await run(file, [bytes], true);
    expect(reference.length).toBeGreaterThan(0);
    const detected = await run(file, [bytes], false);
    expect(detected).toEqual(reference);
    const random = createRandom(file.length * 7919);
    for (let round = 0; round < 12; round++) {
      const events = await run(file, randomChunks(bytes, random, round < 6 ? 7 : 200), true);
      expect(events).toEqual(reference);
    }
  });

  it('reassembles the JSON parts, finish reason, end marker and errors', async () => {
    const events = await run(file, [readFixtureBytes(file)], true);
    // Structure: every delta belongs to a started part; each part starts and ends at most once.
    const started = new Set<string>();
    const ended = new Set<string>();
    for (const event of events) {
      if (event.type === 'part-start') {
        expect(started.has(event.part.id)).toBe(false);
        started.add(event.part.id);
      } else if (event.type === 'delta') {
        expect(started.has(event.part.id)).toBe(true);
      } else if (event.type === 'part-end') {
        expect(ended.has(event.part.id)).toBe(false);
        ended.add(event.part.id);
      }
    }

    const json = jsonPartTexts(events);
    const whole = WHOLE_ARGUMENT_PARTS[file];
    if (whole) expect(json.map((part) => part.text)).toEqual(whole);
    else expect(json.map((part) => part.text.length)).toEqual(entry.stats.jsonParts.map((part) => part.chars));
    const { expectedFile, expectedKind } = entry.stats;
    if (expectedFile) {
      const expectedText = readFixtureText(expectedFile);
      if (expectedKind === 'exact concatenated text') {
        expect(json).toHaveLength(1);
        // Exact text (the index's `chars` above pins the length, newline included or not).
        expect([expectedText, withoutFinalNewline(expectedText)]).toContain(json[0]?.text);
      } else {
        const expected = JSON.parse(expectedText) as unknown;
        const actual = expectedKind?.startsWith('array of')
          ? json.map((part) => JSON.parse(part.text) as unknown)
          : JSON.parse(json[0]?.text ?? 'null');
        expect(actual).toEqual(expected);
      }
    }

    const incomplete = entry.stats.incompleteJsonParts ?? [];
    if (incomplete.length > 0) {
      const partial = readFixtureText(file.replace(/\.sse$/, '.partial.txt'));
      const texts = partTexts(events).map((part) => part.text);
      expect(texts).toContain(partial);
      expect(() => JSON.parse(partial)).toThrow();
      const last = finishes(events).at(-1);
      expect(last?.reason).toBe('length');
    }

    const providerType = PROVIDER_ERRORS[file];
    const reported = errors(events);
    if (providerType !== undefined) {
      expect(reported.map((error) => [error.code, error.providerType])).toContainEqual([
        'provider-error',
        providerType,
      ]);
      expect(reported.every(isRipenError)).toBe(true);
    } else if (CUT_AT_LAST_EVENT.has(file)) {
      // The recorded body stops right after `data: {"type":"message_stop"}` without a line end:
      // the event is unfinished, so it is reported, not dispatched, and there is no `end`.
      expect(reported).toHaveLength(1);
      const truncated = reported[0];
      expect(truncated).toBeInstanceOf(SseTruncatedError);
      expect(truncated?.code).toBe('sse-truncated');
      expect((truncated as SseTruncatedError).pending.data).toContain('message_stop');
      expect(events.some((event) => event.type === 'end')).toBe(false);
    } else {
      expect(reported).toEqual([]);
      expect(events.at(-1)?.type).toBe('end');
      expect(finishes(events).length).toBeGreaterThan(0);
    }
    if (entry.stats.done === true) expect(events.some((event) => event.type === 'end')).toBe(true);
  });
});

describe('specific transcripts', () => {
  it('OpenAI n=3: one content part per choice, each finishing', async () => {
    const file = 'sse/openai-chat/openai-python_gpt-4o_json-schema-location-n3.sse';
    const events = await run(file, [readFixtureBytes(file)], true);
    expect(partTexts(events).map(({ part }) => [part.id, part.choice])).toEqual([
      ['content', 0],
      ['choice1/content', 1],
      ['choice2/content', 2],
    ]);
    expect(finishes(events).map((event) => event.choice)).toEqual([0, 1, 2]);
  });

  it('OpenAI parallel tool calls keep index, call id and name', async () => {
    const file = 'sse/openai-chat/openai-python_gpt-4o_parallel-tool-calls.sse';
    const events = await run(file, [readFixtureBytes(file)], true);
    expect(partTexts(events).map(({ part }) => part)).toEqual([
      {
        id: 'tool/0',
        kind: 'tool-call',
        choice: 0,
        index: 0,
        callId: 'call_JMW1whyEaYG438VE1OIflxA2',
        name: 'GetWeatherArgs',
      },
      {
        id: 'tool/1',
        kind: 'tool-call',
        choice: 0,
        index: 1,
        callId: 'call_DNYTawLBoN8fj3KN6qU9N1Ou',
        name: 'get_stock_price',
      },
    ]);
    expect(finishes(events)).toEqual([{ type: 'finish', reason: 'tool-calls', rawReason: 'tool_calls', choice: 0 }]);
  });

  it('OpenAI refusal becomes a refusal part and finish reason', async () => {
    const file = 'sse/openai-chat/openai-python_gpt-4o_json-schema-refusal.sse';
    const events = await run(file, [readFixtureBytes(file)], true);
    const [refusal] = partTexts(events);
    expect(refusal?.part.kind).toBe('refusal');
    expect(refusal?.text).toMatch(/^I'm sorry/);
    expect(finishes(events)).toEqual([{ type: 'finish', reason: 'refusal', rawReason: 'stop', choice: 0 }]);
  });

  it('Anthropic thinking is reasoning, usage is reported, message_stop ends', async () => {
    const file = 'sse/anthropic/pydantic-ai_claude-sonnet-4-0_thinking-then-text.sse';
    const events = await run(file, [readFixtureBytes(file)], true);
    expect(partTexts(events).map(({ part }) => part.kind)).toEqual(['reasoning', 'content']);
    expect(events.some((event) => event.type === 'usage' && typeof event.usage.output_tokens === 'number')).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'end' });
  });

  it('Gemini error mid-stream: text kept, provider error, no end marker', async () => {
    const file = 'sse/gemini/vertexai-sdk-test-data_vertexai_error-mid-stream.sse';
    const events = await run(file, [readFixtureBytes(file)], true);
    expect(partTexts(events)[0]?.text).toBe('First Second ');
    const [error] = errors(events);
    expect(error?.message).toBe('The operation was cancelled.');
    expect(error?.provider).toBe('gemini');
    expect(events.some((event) => event.type === 'end')).toBe(false);
  });

  it('OpenRouter mid-stream error after finish length', async () => {
    const file = 'sse/other/pydantic-ai_openrouter-minimax_comments-then-midstream-error.sse';
    const events = await run(file, [readFixtureBytes(file)], true);
    expect(finishes(events).map((event) => event.reason)).toEqual(['length']);
    expect(errors(events)[0]?.message).toBe('Token limit reached');
  });

  it('Responses API insufficient quota: one typed error, no end', async () => {
    const file = 'sse/openai-responses/vercel-ai_gpt-5-nano_error-insufficient-quota.sse';
    const events = await run(file, [readFixtureBytes(file)], true);
    expect(errors(events)).toHaveLength(1);
    expect(errors(events)[0]?.message).toMatch(/exceeded your current quota/);
    expect(events.some((event) => event.type === 'end')).toBe(false);
  });

  it('Gemini streamed partialArgs become the JSON text of the arguments, growing in order', async () => {
    const file = 'sse/gemini/vercel-ai_gemini-3-flash-preview_streamed-function-args-operations.sse';
    const events = await run(file, [readFixtureBytes(file)], true);
    const deltas = events.flatMap((event) => (event.type === 'delta' ? [event.text] : []));
    expect(deltas.length).toBeGreaterThan(10);
    expect(deltas.join('')).toBe(
      readFixtureText(
        'sse/gemini/vercel-ai_gemini-3-flash-preview_streamed-function-args-operations.expected.json',
      ).trim(),
    );
  });

  it('Vercel AI v4 and v7 streams of the same recording give the same JSON', async () => {
    const v4 = 'sse/vercel-ai/ai-v4-data-stream_from-gpt-4o-parallel-tool-calls.txt';
    const v7 = 'sse/vercel-ai/ai-v7-ui-message-stream_from-gpt-4o-parallel-tool-calls.sse';
    const a = jsonPartTexts(await run(v4, [readFixtureBytes(v4)], true));
    const b = jsonPartTexts(await run(v7, [readFixtureBytes(v7)], true));
    expect(a).toEqual(b);
    expect(a).toHaveLength(2);
  });
});
