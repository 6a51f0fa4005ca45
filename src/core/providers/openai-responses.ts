import { defineBuiltInDialect } from './built-in-dialect.js';
import type { ProviderDialect } from './dialect.js';
import {
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
import type { JsonRecord } from './dialect-helpers.js';
import type { FinishReason, PartInfo, ProviderEvent } from './types.js';

const NAME = 'openai-responses';

/**
 * OpenAI Responses API streaming (`event: response.*`).
 *
 * - `response.output_text.delta` → part `content`; `response.refusal.delta` → part `refusal`;
 * - `response.reasoning_summary_text.delta` / `response.reasoning_text.delta` → part `reasoning`;
 * - `response.output_item.added` (`function_call`) → part `tool/{n}` (n-th call, `callId` =
 *   `call_id`, `name`); `response.function_call_arguments.delta` → its deltas (by `item_id`); when
 *   no delta came, `…arguments.done` supplies the whole text;
 * - `response.output_item.done` → `part-end`;
 * - `response.completed` → `usage`, `finish` (`tool-calls` when calls were made, else `stop`, or
 *   `refusal`), `end`; `response.incomplete` → `finish` `length` (or `content-filter`), `end`;
 * - `error` and `response.failed` → one `provider-error` (`providerType` = error `type`/`code`).
 */
export const openAiResponsesDialect: ProviderDialect = /* @__PURE__ */ defineBuiltInDialect({
  name: NAME,
  framing: 'sse',
  createDecoder() {
    const parts = createPartTracker();
    const itemParts = new Map<string, PartInfo>();
    let toolCount = 0;
    let refused = false;
    let errored = false;

    const toolPart = (itemId: string, item: JsonRecord | undefined): PartInfo => {
      let part = itemParts.get(itemId);
      if (!part) {
        part = { id: toolPartId(0, toolCount), kind: 'tool-call', choice: 0, index: toolCount };
        toolCount++;
        itemParts.set(itemId, part);
      }
      const callId = asString(item?.call_id);
      const name = asString(item?.name);
      if (callId && part.callId === undefined) part.callId = callId;
      if (name && part.name === undefined) part.name = name;
      return part;
    };

    const finishFrom = (response: JsonRecord | undefined, out: ProviderEvent[], incomplete: boolean): void => {
      parts.closeAll(out);
      if (asRecord(response?.usage)) out.push({ type: 'usage', usage: flattenUsage(response?.usage) });
      if (incomplete) {
        const reason = asString(asRecord(response?.incomplete_details)?.reason) ?? 'incomplete';
        const mapped: FinishReason = reason === 'content_filter' ? 'content-filter' : 'length';
        out.push({ type: 'finish', reason: mapped, rawReason: reason, choice: 0 });
      } else {
        const reason: FinishReason = refused ? 'refusal' : toolCount > 0 ? 'tool-calls' : 'stop';
        out.push({ type: 'finish', reason, rawReason: asString(response?.status) ?? 'completed', choice: 0 });
      }
      out.push({ type: 'end' });
    };

    return {
      push(event) {
        const out: ProviderEvent[] = [];
        const payload = asRecord(parseJson(event.data));
        if (!payload) return out;
        const type = asString(payload.type) ?? event.event ?? '';
        const itemId = asString(payload.item_id) ?? '';
        switch (type) {
          case 'response.output_text.delta':
            parts.delta({ id: contentPartId(0), kind: 'content', choice: 0 }, asString(payload.delta) ?? '', out);
            break;
          case 'response.refusal.delta':
            refused = true;
            parts.delta(
              { id: contentPartId(0, 'refusal'), kind: 'refusal', choice: 0 },
              asString(payload.delta) ?? '',
              out,
            );
            break;
          case 'response.reasoning_summary_text.delta':
          case 'response.reasoning_text.delta':
            parts.delta(
              { id: contentPartId(0, 'reasoning'), kind: 'reasoning', choice: 0 },
              asString(payload.delta) ?? '',
              out,
            );
            break;
          case 'response.output_item.added': {
            const item = asRecord(payload.item);
            const id = asString(item?.id);
            if (item && id && item.type === 'function_call') parts.open(toolPart(id, item), out);
            break;
          }
          case 'response.function_call_arguments.delta':
            parts.delta(toolPart(itemId, undefined), asString(payload.delta) ?? '', out);
            break;
          case 'response.function_call_arguments.done': {
            const part = toolPart(itemId, undefined);
            if (parts.length(part.id) === 0) parts.delta(part, asString(payload.arguments) ?? '', out);
            break;
          }
          case 'response.output_item.done': {
            const item = asRecord(payload.item);
            const id = asString(item?.id);
            const part = id ? itemParts.get(id) : undefined;
            if (part) {
              if (parts.length(part.id) === 0) parts.delta(part, asString(item?.arguments) ?? '', out);
              parts.close(part.id, out);
            }
            break;
          }
          case 'response.completed':
            finishFrom(asRecord(payload.response), out, false);
            break;
          case 'response.incomplete':
            finishFrom(asRecord(payload.response), out, true);
            break;
          case 'response.failed':
          case 'error': {
            if (errored) break;
            errored = true;
            const error = type === 'error' ? (payload.error ?? payload) : asRecord(payload.response)?.error;
            parts.closeAll(out);
            out.push({ type: 'error', error: createProviderError(NAME, error, 'The response failed.') });
            if (type === 'response.failed')
              out.push({ type: 'finish', reason: 'error', rawReason: 'failed', choice: 0 });
            break;
          }
          default:
            break;
        }
        return out;
      },
      stray: (text) => parseStrayError(NAME, text),
    };
  },
});
