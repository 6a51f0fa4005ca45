import type { MockEvent } from './mock-provider-types.js';
import { createMockId, json, MOCK_CREATED_AT, sseEvent, type MockTurn } from './mock-turn.js';

/**
 * OpenAI Chat Completions stream (`stream: true`, `stream_options.include_usage`), modelled on the
 * openai-python recordings (gpt-4o: JSON content, tool calls, parallel tool calls, max tokens):
 * a first chunk with the role (`content: ""` and `refusal: null`, or `content: null` when the turn
 * starts with a tool call), one chunk per content delta, tool calls by `index` (the first delta of a
 * call carries `id`, `type: "function"`, `name` and empty `arguments`), a chunk with an empty delta
 * and `finish_reason` (`stop`, `tool_calls`, `length`), a usage chunk with `choices: []`, and
 * `data: [DONE]`. Reference: https://platform.openai.com/docs/api-reference/chat-streaming
 */
export function writeOpenAiChat(turn: MockTurn): MockEvent[] {
  const id = createMockId(turn.random, 'chatcmpl-', 29);
  const head = `{"id":"${id}","object":"chat.completion.chunk","created":${MOCK_CREATED_AT},"model":${json(turn.model)},"system_fingerprint":"fp_ripenmock"`;
  const chunk = (delta: string, tokens: number, finish: string | null = null): MockEvent =>
    sseEvent(
      `${head},"choices":[{"index":0,"delta":${delta},"logprobs":null,"finish_reason":${finish === null ? 'null' : json(finish)}}]}`,
      tokens,
    );
  const events: MockEvent[] = [];
  const role =
    turn.content === undefined
      ? '{"role":"assistant","content":null}'
      : '{"role":"assistant","content":"","refusal":null}';
  events.push(chunk(role, 0));
  for (const delta of turn.content?.deltas ?? []) events.push(chunk(`{"content":${json(delta.text)}}`, delta.tokens));
  turn.toolCalls.forEach((call, index) => {
    events.push(
      chunk(
        `{"tool_calls":[{"index":${index},"id":${json(call.id)},"type":"function","function":{"name":${json(call.name)},"arguments":""}}]}`,
        0,
      ),
    );
    for (const delta of call.deltas) {
      events.push(
        chunk(`{"tool_calls":[{"index":${index},"function":{"arguments":${json(delta.text)}}}]}`, delta.tokens),
      );
    }
  });
  const finish = turn.finish === 'tool-calls' ? 'tool_calls' : turn.finish;
  events.push(chunk('{}', 0, finish));
  const usage = `{"prompt_tokens":${turn.inputTokens},"completion_tokens":${turn.outputTokens},"total_tokens":${turn.inputTokens + turn.outputTokens},"completion_tokens_details":{"reasoning_tokens":0}}`;
  events.push(sseEvent(`${head},"choices":[],"usage":${usage}}`));
  events.push(sseEvent('[DONE]'));
  return events;
}

/**
 * OpenAI Responses API stream, modelled on the recordings (gpt-4o-mini JSON output text,
 * gpt-5.1-codex-max function calls): `response.created`, `response.in_progress`, per message
 * `response.output_item.added` / `response.content_part.added` / `response.output_text.delta`… /
 * `response.output_text.done` / `response.content_part.done` / `response.output_item.done`, per
 * function call `response.output_item.added` (`call_id`, `name`) / `response.function_call_arguments.delta`… /
 * `.done` / `response.output_item.done`, then `response.completed` with the output and usage — or,
 * after `maxTokens`, the cut item done with status `incomplete` and `response.incomplete`
 * (`incomplete_details.reason: "max_output_tokens"`). Every event has `sequence_number`; there is no
 * `[DONE]`. Reference: https://platform.openai.com/docs/api-reference/responses-streaming
 */
export function writeOpenAiResponses(turn: MockTurn): MockEvent[] {
  const responseId = createMockId(turn.random, 'resp_', 48, 'hex');
  let sequence = 0;
  const events: MockEvent[] = [];
  const emit = (type: string, body: string, tokens = 0): void => {
    events.push(sseEvent(`{"type":"${type}","sequence_number":${sequence++}${body}}`, tokens, type));
  };
  const incomplete = turn.finish === 'length';
  const response = (status: string, output: string, usage: string): string =>
    `{"id":"${responseId}","object":"response","created_at":${MOCK_CREATED_AT},"status":"${status}","error":null,` +
    `"incomplete_details":${status === 'incomplete' ? '{"reason":"max_output_tokens"}' : 'null'},"instructions":null,` +
    `"max_output_tokens":null,"model":${json(turn.model)},"output":${output},"parallel_tool_calls":true,` +
    `"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,"temperature":1,` +
    `"text":{"format":{"type":"text"}},"tool_choice":"auto","tools":[],"top_p":1,"truncation":"disabled",` +
    `"usage":${usage},"user":null,"metadata":{}}`;
  emit('response.created', `,"response":${response('in_progress', '[]', 'null')}`);
  emit('response.in_progress', `,"response":${response('in_progress', '[]', 'null')}`);

  const output: string[] = [];
  let outputIndex = 0;
  if (turn.content !== undefined) {
    const itemId = createMockId(turn.random, 'msg_', 48, 'hex');
    const at = `"item_id":"${itemId}","output_index":${outputIndex},"content_index":0`;
    const cut = !turn.content.complete;
    emit(
      'response.output_item.added',
      `,"output_index":${outputIndex},"item":{"id":"${itemId}","type":"message","status":"in_progress","content":[],"role":"assistant"}`,
    );
    emit(
      'response.content_part.added',
      `,${at},"part":{"type":"output_text","annotations":[],"logprobs":[],"text":""}`,
    );
    for (const delta of turn.content.deltas) {
      emit('response.output_text.delta', `,${at},"delta":${json(delta.text)},"logprobs":[]`, delta.tokens);
    }
    const part = `{"type":"output_text","annotations":[],"logprobs":[],"text":${json(turn.content.text)}}`;
    if (!cut) {
      emit('response.output_text.done', `,${at},"text":${json(turn.content.text)},"logprobs":[]`);
      emit('response.content_part.done', `,${at},"part":${part}`);
    }
    const item = `{"id":"${itemId}","type":"message","status":"${cut ? 'incomplete' : 'completed'}","content":[${part}],"role":"assistant"}`;
    emit('response.output_item.done', `,"output_index":${outputIndex},"item":${item}`);
    output.push(item);
    outputIndex++;
  }
  for (const call of turn.toolCalls) {
    const itemId = createMockId(turn.random, 'fc_', 48, 'hex');
    const fields = (status: string, text: string): string =>
      `{"id":"${itemId}","type":"function_call","status":"${status}","arguments":${json(text)},"call_id":${json(call.id)},"name":${json(call.name)}}`;
    emit('response.output_item.added', `,"output_index":${outputIndex},"item":${fields('in_progress', '')}`);
    const at = `"item_id":"${itemId}","output_index":${outputIndex}`;
    for (const delta of call.deltas)
      emit('response.function_call_arguments.delta', `,${at},"delta":${json(delta.text)}`, delta.tokens);
    if (call.complete) emit('response.function_call_arguments.done', `,${at},"arguments":${json(call.text)}`);
    const item = fields(call.complete ? 'completed' : 'incomplete', call.text);
    emit('response.output_item.done', `,"output_index":${outputIndex},"item":${item}`);
    output.push(item);
    outputIndex++;
  }
  const usage = `{"input_tokens":${turn.inputTokens},"input_tokens_details":{"cached_tokens":0},"output_tokens":${turn.outputTokens},"output_tokens_details":{"reasoning_tokens":0},"total_tokens":${turn.inputTokens + turn.outputTokens}}`;
  const final = incomplete ? 'response.incomplete' : 'response.completed';
  emit(final, `,"response":${response(incomplete ? 'incomplete' : 'completed', `[${output.join(',')}]`, usage)}`);
  return events;
}
