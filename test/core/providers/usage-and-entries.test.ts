// `state.usage` is the provider's own token counts, normalised across dialects, from recorded
// transcripts; and every per-provider entry (ripen/providers/…) reads its provider's recording
// when passed as a dialect object.
import { describe, expect, it } from 'vitest';
import { anthropic } from '../../../src/core/providers/entries/anthropic.js';
import { gemini } from '../../../src/core/providers/entries/gemini.js';
import { ndjson } from '../../../src/core/providers/entries/ndjson.js';
import { openaiChat } from '../../../src/core/providers/entries/openai-chat.js';
import { openaiResponses } from '../../../src/core/providers/entries/openai-responses.js';
import { plainText } from '../../../src/core/providers/entries/text.js';
import { vercelAi } from '../../../src/core/providers/entries/vercel-ai.js';
import { normalizeUsage } from '../../../src/core/providers/normalize-usage.js';
import { readCorpusBytes, readCorpusText } from '../../../scripts/shared-folder.mjs';
import { chunkedBody, runToEnd } from '../stream/run-stream.js';

describe('usage in the state, normalised', () => {
  const cases = [
    [
      'openai-chat',
      'sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse',
      { inputTokens: 19, outputTokens: 177, totalTokens: 196, reasoningTokens: 0 },
    ],
    [
      'openai-chat',
      'sse/openai-chat/pydantic-ai_gpt-4o_tool-call-answers-table.sse',
      { inputTokens: 482, outputTokens: 68, totalTokens: 550, reasoningTokens: 0, cachedInputTokens: 0 },
    ],
    [
      'anthropic',
      'sse/anthropic/llm-anthropic_claude-sonnet-4-5_json-schema-dog.sse',
      // input at message_start, output at message_delta: merged; total computed
      { inputTokens: 230, outputTokens: 94, totalTokens: 324, cachedInputTokens: 0 },
    ],
    [
      'gemini',
      'sse/gemini/pydantic-ai_gemini-3-flash-preview_json-schema-city.sse',
      // the last usageMetadata; thoughts count as output
      { inputTokens: 128, outputTokens: 51, totalTokens: 179, reasoningTokens: 30 },
    ],
    [
      'openai-responses',
      'sse/openai-responses/llm-openai-plugin_gpt-4o-mini_json-schema-dog.sse',
      { inputTokens: 80, outputTokens: 77, totalTokens: 157, reasoningTokens: 0, cachedInputTokens: 0 },
    ],
    [
      'vercel-ai',
      'sse/vercel-ai/ai-v4-data-stream_from-claude-characters-json.txt',
      { inputTokens: 313, outputTokens: 305, totalTokens: 618 },
    ],
  ] as const;

  it.each(cases)('%s: %s', async (provider, file, expected) => {
    const { last } = await runToEnd({ source: chunkedBody(readCorpusBytes(file), 11, 64), provider });
    expect(last.status).toBe('complete');
    const { raw, ...usage } = last.usage ?? { raw: {} };
    expect(usage).toEqual(expected);
    expect(Object.keys(raw).length).toBeGreaterThan(0);
  });

  it('no usage fields: undefined', () => {
    expect(normalizeUsage({})).toBeUndefined();
  });
});

describe('per-provider entries, passed as dialect objects', () => {
  const cases = [
    [openaiChat, 'sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse'],
    [openaiResponses, 'sse/openai-responses/llm-openai-plugin_gpt-4o-mini_json-schema-dog.sse'],
    [anthropic, 'sse/anthropic/llm-anthropic_claude-sonnet-4-5_json-schema-dog.sse'],
    [gemini, 'sse/gemini/llm-gemini_gemini-flash-latest_dogs.json-array-stream.json'],
    [vercelAi, 'sse/vercel-ai/ai-v7-ui-message-stream_from-claude-characters-json.sse'],
  ] as const;

  it.each(cases)('%o reads %s to its .expected.json', async (dialect, file) => {
    const expected = JSON.parse(
      readCorpusText(file.replace(/\.(sse|txt|json-array-stream\.json)$/, '.expected.json')),
    ) as unknown;
    const { last } = await runToEnd({ source: chunkedBody(readCorpusBytes(file), 13, 48), provider: dialect });
    expect(last.status).toBe('complete');
    expect(last.value).toEqual(expected);
  });

  it('plainText and ndjson read plain bodies', async () => {
    const text = await runToEnd({ source: chunkedBody('{"a":[1,2]}', 1, 3), provider: plainText });
    expect(text.last.value).toEqual({ a: [1, 2] });
    const lines = await runToEnd({ source: chunkedBody('{"a":1}\n{"a":2}\n', 1, 3), provider: ndjson });
    expect(lines.last.value).toEqual([{ a: 1 }, { a: 2 }]);
  });
});
