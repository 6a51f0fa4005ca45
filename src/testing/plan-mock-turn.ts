import type { ProviderName } from '../core/providers/types.js';
import { createSeededRandom } from './create-seeded-random.js';
import type { MockDialect, MockProviderOptions, MockTokensPerEvent } from './mock-provider-types.js';
import { listJsonLeaves } from './gemini-partial-args.js';
import { createMockId, type MockContentPart, type MockDelta, type MockToolPart, type MockTurn } from './mock-turn.js';
import { tokenizeText } from './tokenize-text.js';

/** The ripen dialect that reads each mock dialect. */
export const MOCK_DIALECT_PROVIDER: Readonly<Record<MockDialect, ProviderName>> = {
  'openai-chat': 'openai-chat',
  'openai-responses': 'openai-responses',
  anthropic: 'anthropic',
  gemini: 'gemini',
  'gemini-json-array': 'gemini',
  'vercel-ai': 'vercel-ai',
  'vercel-ai-data-stream': 'vercel-ai',
  ndjson: 'ndjson',
  text: 'text',
};

/**
 * Default tokens per event, as the recordings show: OpenAI and the AI SDK send about one token per
 * event (`{"`, `city`, `":"`, `San`); Anthropic one to a few (`iscuit","age":4`); Gemini larger
 * chunks (` capital of Wyoming`, `{\n  "city": "Mexico`).
 */
const DEFAULT_TOKENS_PER_EVENT: Readonly<Record<MockDialect, MockTokensPerEvent>> = {
  'openai-chat': 1,
  'openai-responses': 1,
  anthropic: { min: 1, max: 4 },
  gemini: { min: 2, max: 10 },
  'gemini-json-array': { min: 2, max: 10 },
  'vercel-ai': 1,
  'vercel-ai-data-stream': 1,
  ndjson: 1,
  text: 1,
};

const DEFAULT_MODEL: Readonly<Record<MockDialect, string>> = {
  'openai-chat': 'gpt-4o-mini-mock',
  'openai-responses': 'gpt-4o-mini-mock',
  anthropic: 'claude-haiku-4-5-mock',
  gemini: 'gemini-2.5-flash-mock',
  'gemini-json-array': 'gemini-2.5-flash-mock',
  'vercel-ai': 'mock',
  'vercel-ai-data-stream': 'mock',
  ndjson: 'mock',
  text: 'mock',
};

/** The content text the mock sends: `text`, or `value` as compact JSON (NDJSON: one element per line). */
function contentText(options: MockProviderOptions): string | undefined {
  if (options.text !== undefined) return options.text;
  if (options.value === undefined) return undefined;
  if (options.dialect === 'ndjson') {
    return (options.value as unknown[]).map((row) => `${JSON.stringify(row)}\n`).join('');
  }
  return JSON.stringify(options.value);
}

/** Group token pieces into event deltas of `tokensPerEvent` tokens (seeded when a range). */
function groupTokens(tokens: readonly string[], perEvent: MockTokensPerEvent, random: () => number): MockDelta[] {
  const deltas: MockDelta[] = [];
  for (let index = 0; index < tokens.length; ) {
    const size =
      typeof perEvent === 'number' ? perEvent : perEvent.min + Math.floor(random() * (perEvent.max - perEvent.min + 1));
    const group = tokens.slice(index, index + size);
    deltas.push({ text: group.join(''), tokens: group.length });
    index += size;
  }
  return deltas;
}

/**
 * Tokenize what the mock model says and shape it into a {@link MockTurn}: content first, then the
 * tool calls in order; `maxTokens` keeps only the first tokens (later parts are dropped, the cut
 * part is marked incomplete) and makes the finish `length`.
 */
export async function planMockTurn(options: MockProviderOptions): Promise<MockTurn> {
  const tokenizer = options.tokenize ?? 'o200k_base';
  const seed = options.seed ?? 1;
  const groupRandom = createSeededRandom(seed);
  const idRandom = createSeededRandom(seed ^ 0x5bd1e995);
  const perEvent = options.tokensPerEvent ?? DEFAULT_TOKENS_PER_EVENT[options.dialect];
  let budget = options.maxTokens ?? Number.POSITIVE_INFINITY;
  let cut = false;
  let outputTokens = 0;

  const take = (tokens: readonly string[]): { tokens: readonly string[]; complete: boolean } => {
    if (tokens.length <= budget) {
      budget -= tokens.length;
      return { tokens, complete: true };
    }
    const kept = tokens.slice(0, budget);
    budget = 0;
    cut = true;
    return { tokens: kept, complete: false };
  };

  let content: MockContentPart | undefined;
  const text = contentText(options);
  if (text !== undefined) {
    const taken = take(await tokenizeText(text, tokenizer));
    outputTokens += taken.tokens.length;
    content = {
      deltas: groupTokens(taken.tokens, perEvent, groupRandom),
      text: taken.tokens.join(''),
      complete: taken.complete,
    };
  }

  const toolCalls: MockToolPart[] = [];
  const anthropic = options.dialect === 'anthropic';
  for (const call of options.toolCalls ?? []) {
    const id = call.id ?? (anthropic ? createMockId(idRandom, 'toolu_01', 22) : createMockId(idRandom, 'call_', 24));
    if (cut) break;
    const argumentsText = call.inputText ?? JSON.stringify(call.input);
    const leaves =
      options.streamFunctionCallArguments === true ? listJsonLeaves(call.input as Record<string, unknown>) : undefined;
    if (leaves !== undefined) {
      // Gemini streamed arguments: one partialArgs entry per chunk, strings in token pieces.
      const partialArgs: { argument: Record<string, unknown>; tokens: number }[] = [];
      let complete = true;
      let tokens = 0;
      for (const leaf of leaves) {
        const pieces =
          typeof leaf.value === 'string' ? await tokenizeText(leaf.value, tokenizer) : [String(leaf.value)];
        tokens += pieces.length;
        if (!complete) continue;
        const taken = take(pieces);
        outputTokens += taken.tokens.length;
        if (typeof leaf.value === 'string') {
          for (const delta of groupTokens(taken.tokens, perEvent, groupRandom)) {
            partialArgs.push({
              argument: { jsonPath: leaf.jsonPath, stringValue: delta.text, willContinue: true },
              tokens: delta.tokens,
            });
          }
          if (taken.complete) partialArgs.push({ argument: { jsonPath: leaf.jsonPath, stringValue: '' }, tokens: 0 });
        } else if (taken.complete) {
          const value =
            typeof leaf.value === 'number'
              ? { numberValue: leaf.value }
              : typeof leaf.value === 'boolean'
                ? { boolValue: leaf.value }
                : { nullValue: 'NULL_VALUE' };
          partialArgs.push({ argument: { jsonPath: leaf.jsonPath, ...value }, tokens: 1 });
        }
        complete = taken.complete;
      }
      toolCalls.push({ name: call.name, id, deltas: [], text: argumentsText, complete, tokens, partialArgs });
      continue;
    }
    const allTokens = await tokenizeText(argumentsText, tokenizer);
    const taken = take(allTokens);
    outputTokens += taken.tokens.length;
    toolCalls.push({
      name: call.name,
      id,
      deltas: groupTokens(taken.tokens, perEvent, groupRandom),
      text: taken.tokens.join(''),
      complete: taken.complete,
      tokens: allTokens.length,
    });
  }

  return {
    model: options.model ?? DEFAULT_MODEL[options.dialect],
    content,
    toolCalls,
    finish: cut ? 'length' : toolCalls.length > 0 ? 'tool-calls' : 'stop',
    inputTokens: options.inputTokens ?? 0,
    outputTokens,
    random: idRandom,
  };
}
