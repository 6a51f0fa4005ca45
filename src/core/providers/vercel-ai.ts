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
import type { FinishReason, PartInfo, ProviderEvent } from './types.js';

const NAME = 'vercel-ai';

const FINISH_REASONS: readonly FinishReason[] = ['stop', 'tool-calls', 'length', 'content-filter', 'error', 'other'];

/** Maps an AI SDK finish reason (`stop`, `length`, `tool-calls`, `content-filter`, …) onto {@link FinishReason}. */
export function mapVercelFinishReason(raw: string): FinishReason {
  return (FINISH_REASONS as readonly string[]).includes(raw) ? (raw as FinishReason) : 'other';
}

/**
 * Vercel AI SDK streams, both protocols (detected per record):
 *
 * UI message stream (v5 and later, SSE `data: {"type":…}`): `text-delta` → part `content`
(`text-end` ends it);
 * `reasoning-delta` → part `reasoning`; `tool-input-start` / `tool-input-delta` → part `tool/{n}`
 * (`callId` = `toolCallId`, `name` = `toolName`); `tool-input-available` supplies the whole input
 * when no delta came; `data-*` parts → one `data` part each (id `data/{n}`, `name` = the type,
 * `callId` = the part's `id`; delta = JSON of `data`); `finish` → `finish` (+ `usage` from
 * metadata when present); `error` → `provider-error`; `abort` → `finish` `other`; `[DONE]` → `end`.
 *
 * Data stream protocol (v4, lines `TYPE:JSON`): `0:` text, `g:` reasoning, `b:` / `c:` tool call
 * start / argument delta, `9:` whole tool call, `2:` data array (one `data` part), `3:` error,
 * `d:` finish message → `finish`, `usage`, `end`; `e:`, `f:`, `8:`, `a:` ignored.
 */
export const vercelAiDialect: ProviderDialect = /* @__PURE__ */ defineBuiltInDialect({
  name: NAME,
  framing: ['sse', 'lines'],
  createDecoder() {
    const parts = createPartTracker();
    const tools = new Map<string, PartInfo>();
    let toolCount = 0;
    let dataCount = 0;
    const content: PartInfo = { id: contentPartId(0), kind: 'content', choice: 0 };
    const reasoning: PartInfo = { id: contentPartId(0, 'reasoning'), kind: 'reasoning', choice: 0 };

    const toolPart = (callId: string, name: string | undefined, out: ProviderEvent[]): PartInfo => {
      let part = tools.get(callId);
      if (!part) {
        part = { id: toolPartId(0, toolCount), kind: 'tool-call', choice: 0, index: toolCount, callId };
        if (name) part.name = name;
        toolCount++;
        tools.set(callId, part);
      }
      return parts.open(part, out);
    };
    const wholeInput = (callId: string, name: string | undefined, input: unknown, out: ProviderEvent[]): void => {
      const part = toolPart(callId, name, out);
      if (parts.length(part.id) === 0) parts.delta(part, JSON.stringify(input ?? {}), out);
      parts.close(part.id, out);
    };
    const dataPart = (name: string, id: string | undefined, data: unknown, out: ProviderEvent[]): void => {
      const part: PartInfo = { id: `data/${dataCount}`, kind: 'data', choice: 0, name };
      if (id) part.callId = id;
      dataCount++;
      parts.delta(part, JSON.stringify(data ?? null), out);
      parts.close(part.id, out);
    };
    const finish = (raw: string | undefined, usage: unknown, out: ProviderEvent[]): void => {
      parts.closeAll(out);
      if (asRecord(usage)) out.push({ type: 'usage', usage: flattenUsage(usage) });
      const rawReason = raw ?? 'stop';
      out.push({ type: 'finish', reason: mapVercelFinishReason(rawReason), rawReason, choice: 0 });
    };

    const pushV4 = (code: string, value: unknown, out: ProviderEvent[]): void => {
      const record = asRecord(value);
      switch (code) {
        case '0':
          parts.delta(content, asString(value) ?? '', out);
          break;
        case 'g':
          parts.delta(reasoning, asString(value) ?? '', out);
          break;
        case 'b':
          toolPart(asString(record?.toolCallId) ?? '', asString(record?.toolName), out);
          break;
        case 'c':
          parts.delta(
            toolPart(asString(record?.toolCallId) ?? '', undefined, out),
            asString(record?.argsTextDelta) ?? '',
            out,
          );
          break;
        case '9':
          wholeInput(asString(record?.toolCallId) ?? '', asString(record?.toolName), record?.args, out);
          break;
        case '2':
          dataPart('data', undefined, value, out);
          break;
        case '3':
          parts.closeAll(out);
          out.push({ type: 'error', error: createProviderError(NAME, value) });
          break;
        case 'd':
          finish(asString(record?.finishReason), record?.usage, out);
          out.push({ type: 'end' });
          break;
        default:
          break;
      }
    };

    const pushUi = (chunk: Record<string, unknown>, out: ProviderEvent[]): void => {
      const type = asString(chunk.type) ?? '';
      switch (type) {
        case 'text-delta':
          parts.delta(content, asString(chunk.delta) ?? asString(chunk.textDelta) ?? '', out);
          break;
        case 'reasoning-delta':
          parts.delta(reasoning, asString(chunk.delta) ?? '', out);
          break;
        case 'text-end':
          // The text block is finished: its part ends here (a later step's text reopens it).
          parts.close(content.id, out);
          break;
        case 'reasoning-end':
          parts.close(reasoning.id, out);
          break;
        case 'tool-input-start':
          toolPart(asString(chunk.toolCallId) ?? '', asString(chunk.toolName), out);
          break;
        case 'tool-input-delta':
          parts.delta(
            toolPart(asString(chunk.toolCallId) ?? '', undefined, out),
            asString(chunk.inputTextDelta) ?? '',
            out,
          );
          break;
        case 'tool-input-available':
          wholeInput(asString(chunk.toolCallId) ?? '', asString(chunk.toolName), chunk.input, out);
          break;
        case 'tool-input-error':
          out.push({
            type: 'error',
            error: createProviderError(NAME, asString(chunk.errorText) ?? 'Invalid tool input.'),
          });
          break;
        case 'finish': {
          const metadata = asRecord(chunk.messageMetadata);
          finish(asString(chunk.finishReason), metadata?.usage, out);
          break;
        }
        case 'abort':
          parts.closeAll(out);
          out.push({ type: 'finish', reason: 'other', rawReason: 'abort', choice: 0 });
          break;
        case 'error':
          parts.closeAll(out);
          out.push({ type: 'error', error: createProviderError(NAME, asString(chunk.errorText) ?? chunk) });
          break;
        default:
          if (type.startsWith('data-')) dataPart(type, asString(chunk.id), chunk.data, out);
          break;
      }
    };

    return {
      push(event) {
        const out: ProviderEvent[] = [];
        const data = event.data.trim();
        if (data === '[DONE]') {
          parts.closeAll(out);
          out.push({ type: 'end' });
          return out;
        }
        const v4 = /^([0-9a-z]):/.exec(data);
        if (v4?.[1] !== undefined) {
          const value = parseJson(data.slice(2));
          if (value !== undefined) pushV4(v4[1], value, out);
          return out;
        }
        const chunk = asRecord(parseJson(data));
        if (chunk) pushUi(chunk, out);
        return out;
      },
      stray: (text) => parseStrayError(NAME, text),
    };
  },
});
