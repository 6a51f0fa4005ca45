import type { Framing } from '../sse/create-frame-decoder.js';
import type { SseEvent } from '../sse/sse-event.js';
import { asRecord, asString, parseJson } from './dialect-helpers.js';
import type { ProviderName } from './types.js';

const UI_MESSAGE_TYPES = new Set([
  'start',
  'start-step',
  'finish-step',
  'text-start',
  'text-delta',
  'text-end',
  'reasoning-start',
  'reasoning-delta',
  'reasoning-end',
  'tool-input-start',
  'tool-input-delta',
  'tool-input-available',
  'tool-output-available',
  'message-metadata',
  'source-url',
  'file',
]);

/**
 * Identifies the provider dialect from the first records of a stream. Returns `undefined` when
 * these records do not decide it (call again with more, or fall back to `text`).
 *
 * - `json-array` framing, or data with `candidates` / `usageMetadata` → `gemini`;
 * - event names `response.*` or data `type` `response.*` → `openai-responses`;
 * - event names / data types `message_start`, `content_block_*`, `message_delta` → `anthropic`;
 * - data with `choices` or `object: "chat.completion.chunk"` → `openai-chat`;
 * - data types of the AI SDK UI message stream (`start`, `text-delta`, `tool-input-start`, `data-*`,
 *   …), or `lines` records `X:json` → `vercel-ai`;
 * - `lines` records that are JSON → `ndjson`; a `text` framing → `text`.
 *
 * @param firstEvents - the first records, in order
 * @param framing - the body framing, when known
 */
export function detectProvider(firstEvents: readonly SseEvent[], framing: Framing = 'sse'): ProviderName | undefined {
  if (framing === 'json-array') return 'gemini';
  if (framing === 'text') return 'text';
  for (const event of firstEvents) {
    const data = event.data.trim();
    if (framing === 'lines') {
      if (/^[0-9a-z]:/.test(data)) return 'vercel-ai';
      if (parseJson(data) !== undefined) return 'ndjson';
      continue;
    }
    const name = event.event ?? '';
    if (name.startsWith('response.')) return 'openai-responses';
    if (name === 'message_start' || name.startsWith('content_block_') || name === 'message_delta') return 'anthropic';
    if (data === '[DONE]') continue;
    const record = asRecord(parseJson(data));
    if (!record) continue;
    const type = asString(record.type) ?? '';
    if (type.startsWith('response.')) return 'openai-responses';
    if (
      type === 'message_start' ||
      type.startsWith('content_block_') ||
      type === 'message_delta' ||
      type === 'message_stop'
    )
      return 'anthropic';
    if (Array.isArray(record.choices) || record.object === 'chat.completion.chunk') return 'openai-chat';
    if (Array.isArray(record.candidates) || record.usageMetadata !== undefined || record.promptFeedback !== undefined)
      return 'gemini';
    if (UI_MESSAGE_TYPES.has(type) || type.startsWith('data-')) return 'vercel-ai';
  }
  return undefined;
}
