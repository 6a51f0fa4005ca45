/**
 * Token usage reported by the provider, normalised across dialects (all counts are tokens):
 * - `inputTokens`: prompt tokens (OpenAI `prompt_tokens` / `input_tokens`, Anthropic
 *   `input_tokens`, Gemini `promptTokenCount`, AI SDK `inputTokens` / `promptTokens`);
 * - `outputTokens`: generated tokens, reasoning included when the provider counts it there
 *   (`completion_tokens`, `output_tokens`, `candidatesTokenCount` + `thoughtsTokenCount`,
 *   `outputTokens` / `completionTokens`);
 * - `totalTokens`: as reported, or input + output when not reported;
 * - `reasoningTokens`, `cachedInputTokens`: when the provider reports them;
 * - `raw`: every numeric field as sent, nested names joined with `.`.
 * Anthropic reports input at `message_start` and output at `message_delta`: they are merged.
 */
export interface TokenUsage {
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  totalTokens: number | undefined;
  reasoningTokens?: number;
  cachedInputTokens?: number;
  raw: Readonly<Record<string, number>>;
}

const first = (raw: Record<string, number>, names: readonly string[]): number | undefined => {
  for (const name of names) if (raw[name] !== undefined) return raw[name];
  return undefined;
};

/**
 * Normalises merged, flattened usage fields (see `flattenUsage`) into {@link TokenUsage}.
 * Returns `undefined` when `raw` has no field.
 */
export function normalizeUsage(raw: Readonly<Record<string, number>>): TokenUsage | undefined {
  if (Object.keys(raw).length === 0) return undefined;
  const fields = raw as Record<string, number>;
  const input = first(fields, ['input_tokens', 'prompt_tokens', 'promptTokenCount', 'inputTokens', 'promptTokens']);
  const thoughts = fields.thoughtsTokenCount;
  const candidates = fields.candidatesTokenCount;
  const output =
    candidates !== undefined || thoughts !== undefined
      ? (candidates ?? 0) + (thoughts ?? 0)
      : first(fields, ['output_tokens', 'completion_tokens', 'outputTokens', 'completionTokens']);
  const total =
    first(fields, ['total_tokens', 'totalTokenCount', 'totalTokens']) ??
    (input !== undefined && output !== undefined ? input + output : undefined);
  const usage: TokenUsage = { inputTokens: input, outputTokens: output, totalTokens: total, raw: { ...fields } };
  const reasoning = first(fields, [
    'completion_tokens_details.reasoning_tokens',
    'output_tokens_details.reasoning_tokens',
    'thoughtsTokenCount',
    'reasoningTokens',
    'outputTokenDetails.reasoningTokens',
  ]);
  if (reasoning !== undefined) usage.reasoningTokens = reasoning;
  const cached = first(fields, [
    'prompt_tokens_details.cached_tokens',
    'input_tokens_details.cached_tokens',
    'cache_read_input_tokens',
    'cachedContentTokenCount',
    'cachedInputTokens',
    'inputTokenDetails.cacheReadTokens',
  ]);
  if (cached !== undefined) usage.cachedInputTokens = cached;
  return usage;
}
