import type { MockDialect, MockEvent } from './mock-provider-types.js';
import { createMockId, json, sseEvent, type MockTurn } from './mock-turn.js';
import { writeOpenAiChat, writeOpenAiResponses } from './write-openai-wire.js';

/**
 * The events of one mock turn in the given dialect. Pure: the same turn always gives the same
 * events. See {@link MockDialect} for each format's source.
 */
export function writeMockWire(dialect: MockDialect, turn: MockTurn): MockEvent[] {
  switch (dialect) {
    case 'openai-chat':
      return writeOpenAiChat(turn);
    case 'openai-responses':
      return writeOpenAiResponses(turn);
    case 'anthropic':
      return writeAnthropic(turn);
    case 'gemini':
      return writeGemini(turn, 'sse');
    case 'gemini-json-array':
      return writeGemini(turn, 'json-array');
    case 'vercel-ai':
      return writeVercelAiUiMessageStream(turn);
    case 'vercel-ai-data-stream':
      return writeVercelAiDataStream(turn);
    case 'ndjson':
    case 'text':
      return (turn.content?.deltas ?? []).map((delta) => ({ text: delta.text, tokens: delta.tokens }));
    default: {
      const unreachable: never = dialect;
      return unreachable;
    }
  }
}

/**
 * Anthropic Messages stream, modelled on the recordings (claude-opus-4-6 JSON text, claude-haiku-4-5
 * and claude-sonnet-4-6 tool use, a tool input cut by `max_tokens`): `message_start` (usage with
 * `output_tokens: 1`), a `text` block (`content_block_start` with `text: ""`, `ping`, `text_delta`s,
 * `content_block_stop`), one `tool_use` block per call (`input: {}`, a first `input_json_delta` with
 * `partial_json: ""`, then the argument deltas, `content_block_stop`), `message_delta` with
 * `stop_reason` (`end_turn`, `tool_use`, `max_tokens`) and usage, `message_stop`. A block cut by
 * `max_tokens` gets no `content_block_stop`, as recorded.
 * Reference: https://docs.anthropic.com/en/docs/build-with-claude/streaming
 */
function writeAnthropic(turn: MockTurn): MockEvent[] {
  const events: MockEvent[] = [];
  const emit = (type: string, data: string, tokens = 0): void => {
    events.push(sseEvent(data, tokens, type));
  };
  const messageId = createMockId(turn.random, 'msg_01', 22);
  emit(
    'message_start',
    `{"type":"message_start","message":{"model":${json(turn.model)},"id":"${messageId}","type":"message","role":"assistant","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":${turn.inputTokens},"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":1,"service_tier":"standard"}}}`,
  );
  let index = 0;
  if (turn.content !== undefined) {
    emit(
      'content_block_start',
      `{"type":"content_block_start","index":${index},"content_block":{"type":"text","text":""}}`,
    );
    emit('ping', '{"type": "ping"}');
    for (const delta of turn.content.deltas) {
      emit(
        'content_block_delta',
        `{"type":"content_block_delta","index":${index},"delta":{"type":"text_delta","text":${json(delta.text)}}}`,
        delta.tokens,
      );
    }
    if (turn.content.complete) emit('content_block_stop', `{"type":"content_block_stop","index":${index}}`);
    index++;
  }
  for (const call of turn.toolCalls) {
    emit(
      'content_block_start',
      `{"type":"content_block_start","index":${index},"content_block":{"type":"tool_use","id":${json(call.id)},"name":${json(call.name)},"input":{}}}`,
    );
    const deltas = [{ text: '', tokens: 0 }, ...call.deltas];
    for (const delta of deltas) {
      emit(
        'content_block_delta',
        `{"type":"content_block_delta","index":${index},"delta":{"type":"input_json_delta","partial_json":${json(delta.text)}}}`,
        delta.tokens,
      );
    }
    if (call.complete) emit('content_block_stop', `{"type":"content_block_stop","index":${index}}`);
    index++;
  }
  const stopReason = turn.finish === 'length' ? 'max_tokens' : turn.finish === 'tool-calls' ? 'tool_use' : 'end_turn';
  emit(
    'message_delta',
    `{"type":"message_delta","delta":{"stop_reason":"${stopReason}","stop_sequence":null},"usage":{"input_tokens":${turn.inputTokens},"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":${turn.outputTokens}}}`,
  );
  emit('message_stop', '{"type":"message_stop"}');
  return events;
}

/**
 * Google's JSON style in Gemini streams: `": "` after each key, no space after commas
 * (`{"candidates": [{"content": {"parts": [{"text": "The"}],"role": "model"}}]}`), as recorded.
 */
function googleJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(googleJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .map((key) => `${JSON.stringify(key)}: ${googleJson(record[key])}`)
      .join(',')}}`;
  }
  return json(value);
}

/**
 * Gemini `streamGenerateContent`, modelled on the recordings (gemini-3-flash JSON text, Google AI
 * and Vertex AI replies and function calls): each chunk is `{candidates: [{content: {parts, role:
 * "model"}, index: 0}], usageMetadata, modelVersion, responseId}`; the last chunk carries
 * `finishReason` (`STOP`, or `MAX_TOKENS` after `maxTokens`). Function calls come whole
 * (`{functionCall: {name, args}}`), parallel calls as several parts of one chunk; a call cut by
 * `maxTokens` is not sent. With `alt=sse` each chunk is an SSE event with CRLF line endings;
 * without it the body is one pretty-printed JSON array (`[{…}`, `\n,\r\n{…}`, `\n]`).
 * Reference: https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent
 */
function writeGemini(turn: MockTurn, framing: 'sse' | 'json-array'): MockEvent[] {
  const responseId = createMockId(turn.random, '', 23);
  const finishReason = turn.finish === 'length' ? 'MAX_TOKENS' : 'STOP';
  type Chunk = { parts: unknown[]; tokens: number };
  const chunks: Chunk[] = (turn.content?.deltas ?? []).map((delta) => ({
    parts: [{ text: delta.text }],
    tokens: delta.tokens,
  }));
  // Whole calls in a row share one chunk (parallel calls); streamed calls take one chunk per entry.
  let whole: MockTurn['toolCalls'][number][] = [];
  const flushWhole = (): void => {
    if (whole.length === 0) return;
    chunks.push({
      parts: whole.map((call) => ({ functionCall: { name: call.name, args: JSON.parse(call.text) as unknown } })),
      tokens: whole.reduce((sum, call) => sum + call.tokens, 0),
    });
    whole = [];
  };
  for (const call of turn.toolCalls) {
    if (call.partialArgs === undefined) {
      if (call.complete) whole.push(call);
      continue;
    }
    flushWhole();
    chunks.push({ parts: [{ functionCall: { name: call.name, willContinue: true } }], tokens: 0 });
    for (const { argument, tokens } of call.partialArgs) {
      chunks.push({ parts: [{ functionCall: { partialArgs: [argument], willContinue: true } }], tokens });
    }
    if (call.complete) chunks.push({ parts: [{ functionCall: {} }], tokens: 0 });
  }
  flushWhole();
  if (chunks.length === 0) chunks.push({ parts: [{ text: '' }], tokens: 0 });
  let sent = 0;
  return chunks.map((chunk, position) => {
    sent += chunk.tokens;
    const last = position === chunks.length - 1;
    const candidate: Record<string, unknown> = { content: { parts: chunk.parts, role: 'model' } };
    if (last) candidate.finishReason = finishReason;
    candidate.index = 0;
    const usage: Record<string, unknown> = { promptTokenCount: turn.inputTokens };
    if (sent > 0) usage.candidatesTokenCount = sent;
    usage.totalTokenCount = turn.inputTokens + sent;
    const body = { candidates: [candidate], usageMetadata: usage, modelVersion: turn.model, responseId };
    if (framing === 'sse') return sseEvent(googleJson(body), chunk.tokens, undefined, '\r\n');
    const element = JSON.stringify(body, null, 2);
    return { text: `${position === 0 ? '[' : '\n,\r\n'}${element}${last ? '\n]' : ''}`, tokens: chunk.tokens };
  });
}

/**
 * Vercel AI SDK UI message stream (v5 and later), modelled on the recordings made with ai v7
 * (`toUIMessageStreamResponse()` from Claude and gpt-4o parallel tool calls): `start`, `start-step`,
 * `text-start` / `text-delta` (`delta`) / `text-end` with id `"0"`, per call `tool-input-start`
 * (`toolCallId`, `toolName`) / `tool-input-delta` (`inputTextDelta`) / `tool-input-available`
 * (`input`, or `tool-input-error` when the text is not JSON), `finish-step`, `finish` (`finishReason`:
 * `stop`, `tool-calls`, `length`), `data: [DONE]`.
 * Reference: https://ai-sdk.dev/docs/ai-sdk-ui/stream-protocol#ui-message-stream-protocol
 */
function writeVercelAiUiMessageStream(turn: MockTurn): MockEvent[] {
  const events: MockEvent[] = [sseEvent('{"type":"start"}'), sseEvent('{"type":"start-step"}')];
  if (turn.content !== undefined) {
    events.push(sseEvent('{"type":"text-start","id":"0"}'));
    for (const delta of turn.content.deltas) {
      events.push(sseEvent(`{"type":"text-delta","id":"0","delta":${json(delta.text)}}`, delta.tokens));
    }
    events.push(sseEvent('{"type":"text-end","id":"0"}'));
  }
  for (const call of turn.toolCalls) {
    const ids = `"toolCallId":${json(call.id)}`;
    events.push(sseEvent(`{"type":"tool-input-start",${ids},"toolName":${json(call.name)}}`));
    for (const delta of call.deltas) {
      events.push(sseEvent(`{"type":"tool-input-delta",${ids},"inputTextDelta":${json(delta.text)}}`, delta.tokens));
    }
    if (!call.complete) continue;
    const input = parseJsonText(call.text);
    events.push(
      input.ok
        ? sseEvent(`{"type":"tool-input-available",${ids},"toolName":${json(call.name)},"input":${call.text}}`)
        : sseEvent(
            `{"type":"tool-input-error",${ids},"toolName":${json(call.name)},"input":${json(call.text)},"errorText":"Invalid JSON in the tool input."}`,
          ),
    );
  }
  events.push(sseEvent('{"type":"finish-step"}'));
  events.push(sseEvent(`{"type":"finish","finishReason":"${turn.finish}"}`));
  events.push(sseEvent('[DONE]'));
  return events;
}

/**
 * Vercel AI SDK v4 data stream (`toDataStreamResponse()`), modelled on the recordings: `f:` message
 * id, `0:` text deltas, `b:` tool call start, `c:` argument deltas, `9:` the whole call, `e:` step
 * finish and `d:` finish with `finishReason` and usage (`promptTokens`, `completionTokens`).
 */
function writeVercelAiDataStream(turn: MockTurn): MockEvent[] {
  const line = (code: string, value: string, tokens = 0): MockEvent => ({ text: `${code}:${value}\n`, tokens });
  const events: MockEvent[] = [line('f', `{"messageId":"${createMockId(turn.random, 'msg-', 24)}"}`)];
  for (const delta of turn.content?.deltas ?? []) events.push(line('0', json(delta.text), delta.tokens));
  for (const call of turn.toolCalls) {
    const ids = `"toolCallId":${json(call.id)}`;
    events.push(line('b', `{${ids},"toolName":${json(call.name)}}`));
    for (const delta of call.deltas)
      events.push(line('c', `{${ids},"argsTextDelta":${json(delta.text)}}`, delta.tokens));
  }
  for (const call of turn.toolCalls) {
    if (call.complete && parseJsonText(call.text).ok) {
      events.push(line('9', `{"toolCallId":${json(call.id)},"toolName":${json(call.name)},"args":${call.text}}`));
    }
  }
  const usage = `{"promptTokens":${turn.inputTokens},"completionTokens":${turn.outputTokens}}`;
  events.push(line('e', `{"finishReason":"${turn.finish}","usage":${usage},"isContinued":false}`));
  events.push(line('d', `{"finishReason":"${turn.finish}","usage":${usage}}`));
  return events;
}

function parseJsonText(text: string): { ok: boolean } {
  try {
    JSON.parse(text);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
