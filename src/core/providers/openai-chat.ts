import { defineBuiltInDialect } from './built-in-dialect.js';
import type { ProviderDialect } from './dialect.js';
import {
  asNumber,
  asRecord,
  asString,
  contentPartId,
  createPartTracker,
  createProviderError,
  flattenUsage,
  parseJson,
  parseStrayError,
  toolPartId,
} from './dialect-helpers.js';
import type { FinishReason, PartInfo, ProviderEvent } from './types.js';

const NAME = 'openai-chat';

/** Maps an OpenAI `finish_reason` (also used by OpenAI-compatible hosts) onto {@link FinishReason}. */
export function mapOpenAiFinishReason(raw: string): FinishReason {
  switch (raw) {
    case 'stop':
    case 'end_turn':
      return 'stop';
    case 'length':
    case 'max_tokens':
      return 'length';
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    case 'content_filter':
      return 'content-filter';
    case 'error':
      return 'error';
    default:
      return 'other';
  }
}

/**
 * OpenAI Chat Completions streaming (`stream: true`), also OpenRouter, DeepSeek, Mistral, LM
 * Studio and other OpenAI-compatible hosts.
 *
 * - `choices[i].delta.content` → part `content` (choice 0) / `choice{i}/content` (`n > 1`);
 * - `delta.tool_calls[k]` → part `tool/{k}` (`choice{i}/tool/{k}`) with `callId` and `name` from
 *   the first delta; parallel calls by `index` (a call's part ends when the next call starts, as
 *   calls are streamed one after another); the legacy `delta.function_call` is call 0;
 * - `delta.refusal` → part `refusal`; the choice then finishes with reason `refusal`
 *   (`rawReason` keeps the provider's value, usually `stop`);
 * - `delta.reasoning_content` (DeepSeek) / `delta.reasoning` (OpenRouter) → part `reasoning`;
 * - `finish_reason` → `finish` (per choice) after closing that choice's parts;
 * - `usage` → `usage` (flattened); an `error` member (OpenRouter mid-stream) → `provider-error`;
 * - `data: [DONE]` → `end`.
 */
export const openAiChatDialect: ProviderDialect = /* @__PURE__ */ defineBuiltInDialect({
  name: NAME,
  framing: 'sse',
  createDecoder() {
    const parts = createPartTracker();
    const refused = new Set<number>();
    const finished = new Set<number>();
    // The tool call each choice is streaming: calls arrive one after another, so a call whose
    // successor starts is finished (its part ends then, not at the end of the message).
    const currentCall = new Map<number, string>();
    return {
      push(event) {
        const out: ProviderEvent[] = [];
        const data = event.data.trim();
        if (data === '[DONE]') {
          parts.closeAll(out);
          out.push({ type: 'end' });
          return out;
        }
        const chunk = asRecord(parseJson(data));
        if (!chunk) return out;
        if (chunk.error !== undefined && chunk.error !== null) {
          out.push({ type: 'error', error: createProviderError(NAME, chunk.error) });
        }
        const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
        for (const item of choices) {
          const choiceRecord = asRecord(item);
          if (!choiceRecord) continue;
          const choice = asNumber(choiceRecord.index) ?? 0;
          const delta = asRecord(choiceRecord.delta);
          if (delta) {
            const content = asString(delta.content);
            if (content) parts.delta({ id: contentPartId(choice), kind: 'content', choice }, content, out);
            const reasoning = asString(delta.reasoning_content) ?? asString(delta.reasoning);
            if (reasoning)
              parts.delta({ id: contentPartId(choice, 'reasoning'), kind: 'reasoning', choice }, reasoning, out);
            const refusal = asString(delta.refusal);
            if (refusal) {
              refused.add(choice);
              parts.delta({ id: contentPartId(choice, 'refusal'), kind: 'refusal', choice }, refusal, out);
            }
            const legacyCall = asRecord(delta.function_call);
            const toolCalls = Array.isArray(delta.tool_calls)
              ? delta.tool_calls
              : legacyCall
                ? [{ index: 0, function: legacyCall }]
                : [];
            for (const call of toolCalls) {
              const callRecord = asRecord(call);
              if (!callRecord) continue;
              const index = asNumber(callRecord.index) ?? 0;
              const fn = asRecord(callRecord.function);
              const part: PartInfo = { id: toolPartId(choice, index), kind: 'tool-call', choice, index };
              const callId = asString(callRecord.id);
              const name = asString(fn?.name);
              if (callId) part.callId = callId;
              if (name) part.name = name;
              const previous = currentCall.get(choice);
              if (previous !== undefined && previous !== part.id) parts.close(previous, out);
              currentCall.set(choice, part.id);
              parts.delta(part, asString(fn?.arguments) ?? '', out);
            }
          }
          const rawReason = asString(choiceRecord.finish_reason);
          if (rawReason && !finished.has(choice)) {
            finished.add(choice);
            parts.closeAll(out, choice);
            const reason = refused.has(choice) ? 'refusal' : mapOpenAiFinishReason(rawReason);
            out.push({ type: 'finish', reason, rawReason, choice });
          }
        }
        if (asRecord(chunk.usage)) out.push({ type: 'usage', usage: flattenUsage(chunk.usage) });
        return out;
      },
      stray: (text) => parseStrayError(NAME, text),
    };
  },
});
