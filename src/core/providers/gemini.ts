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
import { createJsonPathWriter } from './create-json-path-writer.js';
import type { JsonPathWriter, PartialArgument } from './create-json-path-writer.js';
import type { FinishReason, PartInfo, ProviderEvent } from './types.js';

const NAME = 'gemini';

/** Maps a Gemini `finishReason` onto {@link FinishReason} (`STOP` → `stop`, `MAX_TOKENS` → `length`). */
export function mapGeminiFinishReason(raw: string): FinishReason {
  switch (raw) {
    case 'STOP':
      return 'stop';
    case 'MAX_TOKENS':
      return 'length';
    case 'SAFETY':
    case 'RECITATION':
    case 'BLOCKLIST':
    case 'PROHIBITED_CONTENT':
    case 'SPII':
    case 'IMAGE_SAFETY':
      return 'content-filter';
    case 'MALFORMED_FUNCTION_CALL':
      return 'error';
    default:
      return 'other';
  }
}

interface CandidateState {
  toolCount: number;
  finishReason: string | undefined;
  streamingCall: { part: PartInfo; writer: JsonPathWriter; emitted: boolean } | undefined;
}

/**
 * Google Gemini `streamGenerateContent` (Google AI and Vertex AI), with `?alt=sse` (SSE, CRLF) or
 * without (one JSON array streamed element by element; framing `auto` detects it).
 *
 * - `candidates[i].content.parts[].text` → part `content` (`choice{i}/content` for i > 0);
 *   `thought: true` parts → part `reasoning`;
 * - `functionCall` parts → part `tool/{n}` (`name`; `callId` = `id` when given): whole `args`
 *   objects are written as their JSON; streamed calls (`willContinue` + `partialArgs` with
 *   JSONPaths) are turned into JSON text incrementally (see `createJsonPathWriter`);
 * - `finishReason`: Gemini has no end marker, so the finish (`STOP` → `stop`, or `tool-calls`
 *   when the candidate called functions; `MAX_TOKENS` → `length`; safety → `content-filter`)
 *   and `end` are emitted when the body ends cleanly and the **last** chunk carried a
 *   `finishReason`; the latest `usageMetadata` is emitted then too;
 * - an `error` object (a JSON-array element, an SSE data chunk, or raw JSON after the events as
 *   Vertex AI writes mid-stream) → `provider-error` (`providerType` = `status`), and no `end`.
 */
export const geminiDialect: ProviderDialect = /* @__PURE__ */ defineBuiltInDialect({
  name: NAME,
  framing: ['sse', 'json-array'],
  createDecoder() {
    const parts = createPartTracker();
    const candidates = new Map<number, CandidateState>();
    let lastHadFinish = false;
    let errored = false;
    let usage: unknown;
    let blockReason: string | undefined;

    const stateOf = (choice: number): CandidateState => {
      let state = candidates.get(choice);
      if (!state) {
        state = { toolCount: 0, finishReason: undefined, streamingCall: undefined };
        candidates.set(choice, state);
      }
      return state;
    };

    const closeStreamingCall = (state: CandidateState, out: ProviderEvent[]): void => {
      const call = state.streamingCall;
      if (!call) return;
      state.streamingCall = undefined;
      const closing = call.writer.started() ? call.writer.finish() : call.emitted ? '' : '{}';
      parts.delta(call.part, closing, out);
      parts.close(call.part.id, out);
    };

    const functionCall = (
      choice: number,
      state: CandidateState,
      call: Record<string, unknown>,
      out: ProviderEvent[],
    ): void => {
      const name = asString(call.name);
      if (name !== undefined && state.streamingCall && state.streamingCall.part.name !== name)
        closeStreamingCall(state, out);
      if (!state.streamingCall) {
        const part: PartInfo = {
          id: toolPartId(choice, state.toolCount),
          kind: 'tool-call',
          choice,
          index: state.toolCount,
        };
        state.toolCount++;
        if (name !== undefined) part.name = name;
        const callId = asString(call.id);
        if (callId) part.callId = callId;
        state.streamingCall = { part: parts.open(part, out), writer: createJsonPathWriter(), emitted: false };
      }
      const current = state.streamingCall;
      if (call.args !== undefined && !current.writer.started() && !current.emitted) {
        parts.delta(current.part, JSON.stringify(call.args), out);
        current.emitted = true;
      }
      if (Array.isArray(call.partialArgs)) {
        for (const item of call.partialArgs) {
          const argument = asRecord(item);
          if (!argument || typeof argument.jsonPath !== 'string') continue;
          parts.delta(current.part, current.writer.apply(argument as unknown as PartialArgument), out);
        }
      }
      if (call.willContinue !== true) closeStreamingCall(state, out);
    };

    return {
      push(event) {
        const out: ProviderEvent[] = [];
        const chunk = asRecord(parseJson(event.data));
        if (!chunk) return out;
        if (chunk.error !== undefined) {
          errored = true;
          lastHadFinish = false;
          out.push({ type: 'error', error: createProviderError(NAME, chunk.error) });
          return out;
        }
        lastHadFinish = false;
        if (chunk.usageMetadata !== undefined) usage = chunk.usageMetadata;
        const feedback = asRecord(chunk.promptFeedback);
        const blocked = asString(feedback?.blockReason);
        if (blocked) {
          blockReason = blocked;
          lastHadFinish = true;
        }
        const list = Array.isArray(chunk.candidates) ? chunk.candidates : [];
        for (const item of list) {
          const candidate = asRecord(item);
          if (!candidate) continue;
          const choice = asNumber(candidate.index) ?? 0;
          const state = stateOf(choice);
          const content = asRecord(candidate.content);
          const partList = Array.isArray(content?.parts) ? content.parts : [];
          for (const partItem of partList) {
            const part = asRecord(partItem);
            if (!part) continue;
            const call = asRecord(part.functionCall);
            if (call) {
              functionCall(choice, state, call, out);
              continue;
            }
            const text = asString(part.text);
            if (text === undefined || text.length === 0) continue;
            if (part.thought === true)
              parts.delta({ id: contentPartId(choice, 'reasoning'), kind: 'reasoning', choice }, text, out);
            else parts.delta({ id: contentPartId(choice), kind: 'content', choice }, text, out);
          }
          const finishReason = asString(candidate.finishReason);
          if (finishReason) {
            state.finishReason = finishReason;
            lastHadFinish = true;
          }
        }
        return out;
      },
      stray(text) {
        const events = parseStrayError(NAME, text);
        if (events.length > 0) {
          errored = true;
          lastHadFinish = false;
        }
        return events;
      },
      end() {
        const out: ProviderEvent[] = [];
        for (const state of candidates.values()) closeStreamingCall(state, out);
        parts.closeAll(out);
        if (usage !== undefined) out.push({ type: 'usage', usage: flattenUsage(usage) });
        if (blockReason) out.push({ type: 'finish', reason: 'content-filter', rawReason: blockReason, choice: 0 });
        for (const [choice, state] of candidates) {
          if (!state.finishReason) continue;
          let reason = mapGeminiFinishReason(state.finishReason);
          if (reason === 'stop' && state.toolCount > 0) reason = 'tool-calls';
          out.push({ type: 'finish', reason, rawReason: state.finishReason, choice });
        }
        if (lastHadFinish && !errored) out.push({ type: 'end' });
        return out;
      },
    };
  },
});
