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

const NAME = 'anthropic';

/** Maps an Anthropic `stop_reason` onto {@link FinishReason}. */
export function mapAnthropicStopReason(raw: string): FinishReason {
  switch (raw) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool-calls';
    case 'refusal':
      return 'refusal';
    default:
      return 'other';
  }
}

/**
 * Anthropic Messages streaming (`event: message_start` … `message_stop`).
 *
 * - `text` blocks → part `content` (all text blocks of the message, concatenated: citations and
 *   server tools split one answer into several text blocks). The part ends (`part-end`) when a
 *   client `tool_use` block starts, since the model hands the turn to the app there and writes no
 *   more text in that message; otherwise at `message_delta` / `message_stop`. Server tool blocks
 *   (`server_tool_use`, their results) run inside the turn, so text after them continues the part;
 * - `tool_use` / `server_tool_use` blocks → part `tool/{n}` (n-th tool block; `callId`, `name`),
 *   deltas from `input_json_delta.partial_json`; a tool block with no delta yields the JSON of
 *   its `input` at `content_block_stop` (so an argument-less call still parses);
 * - `thinking` blocks (`thinking_delta`) → part `reasoning`;
 * - `message_delta.stop_reason` → `finish` (`max_tokens` → `length`, `tool_use` → `tool-calls`)
 *   and `usage`; `message_start` usage → `usage`;
 * - `message_stop` → `end`; `ping` ignored; `event: error` (e.g. `overloaded_error`) →
 *   `provider-error` with `providerType`.
 */
export const anthropicDialect: ProviderDialect = /* @__PURE__ */ defineBuiltInDialect({
  name: NAME,
  framing: 'sse',
  createDecoder() {
    const parts = createPartTracker();
    const blocks = new Map<number, { part: PartInfo; input: unknown }>();
    let toolCount = 0;
    return {
      push(event) {
        const out: ProviderEvent[] = [];
        const payload = asRecord(parseJson(event.data));
        if (!payload) return out;
        const type = asString(payload.type) ?? event.event ?? '';
        switch (type) {
          case 'message_start': {
            const usage = asRecord(asRecord(payload.message)?.usage);
            if (usage) out.push({ type: 'usage', usage: flattenUsage(usage) });
            break;
          }
          case 'content_block_start': {
            const index = asNumber(payload.index) ?? 0;
            const block = asRecord(payload.content_block);
            const blockType = asString(block?.type) ?? '';
            let part: PartInfo | undefined;
            if (blockType === 'text') part = { id: contentPartId(0), kind: 'content', choice: 0 };
            else if (blockType === 'thinking')
              part = { id: contentPartId(0, 'reasoning'), kind: 'reasoning', choice: 0 };
            else if (blockType === 'tool_use' || blockType === 'server_tool_use') {
              // a client tool call ends the message's text: the content part is done here
              if (blockType === 'tool_use') parts.close(contentPartId(0), out);
              part = { id: toolPartId(0, toolCount), kind: 'tool-call', choice: 0, index: toolCount };
              toolCount++;
              const callId = asString(block?.id);
              const name = asString(block?.name);
              if (callId) part.callId = callId;
              if (name) part.name = name;
            }
            if (!part) break;
            blocks.set(index, { part: parts.open(part, out), input: block?.input });
            const initialText = blockType === 'text' ? asString(block?.text) : undefined;
            if (initialText) parts.delta(part, initialText, out);
            break;
          }
          case 'content_block_delta': {
            const block = blocks.get(asNumber(payload.index) ?? 0);
            const delta = asRecord(payload.delta);
            if (!block || !delta) break;
            const text = asString(delta.text) ?? asString(delta.partial_json) ?? asString(delta.thinking) ?? '';
            const deltaType = asString(delta.type);
            if (deltaType === 'signature_delta' || deltaType === 'citations_delta') break;
            parts.delta(block.part, text, out);
            break;
          }
          case 'content_block_stop': {
            const index = asNumber(payload.index) ?? 0;
            const block = blocks.get(index);
            if (!block) break;
            if (block.part.kind === 'tool-call') {
              if (parts.length(block.part.id) === 0) parts.delta(block.part, JSON.stringify(block.input ?? {}), out);
              parts.close(block.part.id, out);
            } else if (block.part.kind === 'reasoning') parts.close(block.part.id, out);
            blocks.delete(index);
            break;
          }
          case 'message_delta': {
            const rawReason = asString(asRecord(payload.delta)?.stop_reason);
            if (asRecord(payload.usage)) out.push({ type: 'usage', usage: flattenUsage(payload.usage) });
            if (rawReason) {
              parts.closeAll(out);
              out.push({ type: 'finish', reason: mapAnthropicStopReason(rawReason), rawReason, choice: 0 });
            }
            break;
          }
          case 'message_stop':
            parts.closeAll(out);
            out.push({ type: 'end' });
            break;
          case 'error':
            parts.closeAll(out);
            out.push({ type: 'error', error: createProviderError(NAME, payload.error ?? payload) });
            break;
          default:
            break;
        }
        return out;
      },
      stray: (text) => parseStrayError(NAME, text),
    };
  },
});
