// Fault tests for each end state (issue 12, item 4): prose, errors before any value, safety
// stops, HTML pages, trickling HTTP errors, idle streams and parts done at their own end event.
// Recorded transcripts are read in place from the shared corpus; faults are made from them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJsonStream } from '../../../src/core/stream/create-json-stream.js';
import type { JsonStreamState } from '../../../src/core/stream/create-json-stream.js';
import { ERROR_BODY_LIMIT } from '../../../src/core/transport/http-error.js';
import { readCorpusBytes, readCorpusText } from '../../../scripts/shared-folder.mjs';
import { createControlledStream, splitSseEvents } from '../../helpers/controlled-stream.js';
import { chunkedBody, openAiChatSse, replayEventByEvent, runToEnd } from './run-stream.js';

afterEach(() => {
  vi.useRealTimers();
});

/** The content text an OpenAI Chat transcript carries, read without ripen. */
function openAiContent(sse: string): string {
  let text = '';
  for (const line of sse.split('\n')) {
    if (!line.startsWith('data: {')) continue;
    const chunk = JSON.parse(line.slice(6)) as { choices?: { delta?: { content?: string | null } }[] };
    text += chunk.choices?.[0]?.delta?.content ?? '';
  }
  return text;
}

describe('a prose answer (no JSON) that finishes normally ends error, code not-json, text kept', () => {
  it('recorded OpenAI Chat prose', async () => {
    const sse = readCorpusText('sse/openai-chat/openai-python_gpt-4o_text-sf-weather.sse');
    const prose = openAiContent(sse);
    expect(prose.length).toBeGreaterThan(40);
    const { last } = await runToEnd({ source: chunkedBody(sse, 2, 40), provider: 'openai-chat' });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('not-json');
    expect(last.value).toBeUndefined();
    expect(last.text).toBe(prose);
    expect(last.parts).toHaveLength(1);
    expect(last.parts[0]).toMatchObject({ kind: 'content', text: prose, value: undefined, done: true });
  });

  it.each([
    ['anthropic', 'sse/anthropic/pydantic-ai_claude-sonnet-4-0_thinking-then-text.sse'],
    ['openai-responses', 'sse/openai-responses/pydantic-ai_gpt-4o_output-text.sse'],
    ['gemini', 'sse/gemini/vertexai-sdk-test-data_googleai_basic-reply-short.sse'],
  ] as const)('recorded %s prose', async (provider, file) => {
    const { last } = await runToEnd({ source: chunkedBody(readCorpusText(file), 5, 50), provider });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('not-json');
    expect(last.text.trim().length).toBeGreaterThan(0);
    expect(last.parts[0]?.text).toBe(last.text);
  });

  it('a selector that matches no part says so, naming the parts seen', async () => {
    const sse = readCorpusText('sse/openai-chat/openai-python_gpt-4o_parallel-tool-calls.sse');
    const { last } = await runToEnd({
      source: chunkedBody(sse, 3, 64),
      provider: 'openai-chat',
      select: { tool: 'nope' },
    });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('not-json');
    expect(last.error?.message).toMatch(
      /^No part matched select \{"tool":"nope"\}; parts seen: tool\/0 \w+, tool\/1 \w+/,
    );
  });

  it('an empty answer is not-json too, with its own message', async () => {
    const { last } = await runToEnd({ source: chunkedBody(openAiChatSse([])), provider: 'openai-chat' });
    expect(last.error?.code).toBe('not-json');
    expect(last.error?.message).toBe('The stream ended without any output.');
  });
});

describe('an error before any value keeps its code', () => {
  it('strict mode on prose: unexpected-token', async () => {
    const { last } = await runToEnd({
      source: chunkedBody(openAiChatSse(['<html>', 'login'])),
      provider: 'openai-chat',
      parser: { mode: 'strict' },
    });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('unexpected-token');
    expect(last.text).toBe('<html>');
  });

  it('a depth limit before the first value: depth-limit', async () => {
    const { last } = await runToEnd({
      source: chunkedBody(openAiChatSse(['[[[', '1]]]'])),
      provider: 'openai-chat',
      parser: { maxDepth: 2 },
    });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('depth-limit');
  });
});

describe('safety stops are never complete; the value so far is kept', () => {
  it('OpenAI finish_reason content_filter → content-filter', async () => {
    const sse = readCorpusText('sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse').replace(
      '"finish_reason":"stop"',
      '"finish_reason":"content_filter"',
    );
    const { last } = await runToEnd({ source: chunkedBody(sse, 4, 30), provider: 'openai-chat' });
    expect(last.status).toBe('error');
    expect(last.finishReason).toBe('content-filter');
    expect(last.error?.code).toBe('content-filter');
    expect((last.value as { location: string }).location).toBe('San Francisco, CA');
    expect(last.valid).toBe(false);
  });

  it('Gemini finishReason SAFETY → content-filter', async () => {
    const sse = readCorpusText('sse/gemini/pydantic-ai_gemini-3-flash-preview_json-schema-city.sse').replace(
      /"finishReason": *"STOP"/,
      '"finishReason": "SAFETY"',
    );
    const { last } = await runToEnd({ source: chunkedBody(sse, 6, 30), provider: 'gemini' });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('content-filter');
    expect(last.value).toBeDefined();
  });

  it('Anthropic stop_reason refusal → refusal', async () => {
    const sse = readCorpusText('sse/anthropic/llm-anthropic_claude-sonnet-4-5_json-schema-dog.sse').replace(
      '"stop_reason":"end_turn"',
      '"stop_reason":"refusal"',
    );
    const { last } = await runToEnd({ source: chunkedBody(sse, 7, 30), provider: 'anthropic' });
    expect(last.status).toBe('error');
    expect(last.finishReason).toBe('refusal');
    expect(last.error?.code).toBe('refusal');
    expect(last.value).toBeDefined();
  });

  it('recorded OpenAI refusal deltas → refusal with the refusal text', async () => {
    const sse = readCorpusText('sse/openai-chat/openai-python_gpt-4o_json-schema-refusal.sse');
    const { last } = await runToEnd({ source: chunkedBody(sse, 8, 30), provider: 'openai-chat' });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('refusal');
    expect(last.error?.message).toMatch(/^The model refused: I'm sorry/);
  });
});

describe('an HTML page is not read as model output', () => {
  const page =
    '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>api_key=sk-live1234567890abcdef</form>' +
    '<script>window.__DATA__ = {"user": {"id": 1}}</script></body></html>';

  const cancellable = (text: string) => {
    let cancelled = false;
    let reads = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        reads++;
        controller.enqueue(new TextEncoder().encode(reads === 1 ? text : '<p>more</p>'));
      },
      cancel() {
        cancelled = true;
      },
    });
    return { stream, cancelled: () => cancelled, reads: () => reads };
  };

  it('Content-Type text/html with provider auto-detect → unexpected-content-type, redacted excerpt', async () => {
    const body = cancellable(page);
    const response = new Response(body.stream, {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const { last } = await runToEnd({ source: response });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('unexpected-content-type');
    expect(last.error?.message).toBe(
      'The response is an HTML page (text/html; charset=utf-8), not a model stream; it was not read.',
    );
    expect(last.error?.bodyExcerpt).toContain('<title>Sign in</title>');
    expect(last.error?.bodyExcerpt).not.toContain('sk-live1234567890abcdef');
    expect(last.value).toBeUndefined();
    expect(body.cancelled()).toBe(true);
    expect(body.reads()).toBeLessThanOrEqual(2);
  });

  it('a body that starts like an HTML document, whatever its Content-Type', async () => {
    const body = cancellable(`\n  ${page}`);
    const response = new Response(body.stream, { headers: { 'content-type': 'application/octet-stream' } });
    const { last } = await runToEnd({ source: response, provider: 'text' });
    expect(last.error?.code).toBe('unexpected-content-type');
    expect(body.cancelled()).toBe(true);
  });
});

describe('the HTML check does not hold back model output', () => {
  it('a first chunk shorter than the sniff length that does not start with < is read at once', async () => {
    const body = createControlledStream();
    const stream = createJsonStream<{ a?: string }>({ source: body.stream, provider: 'text', throttle: false });
    stream.start();
    body.push('{"a":"x'); // 7 characters: no HTML page starts like this
    await vi.waitFor(() => expect(stream.getSnapshot().value).toEqual({ a: 'x' }));
    expect(stream.getSnapshot().status).toBe('streaming');
    body.push('y"}');
    body.close();
    await vi.waitFor(() => expect(stream.getSnapshot().status).toBe('complete'));
    expect(stream.getSnapshot().value).toEqual({ a: 'xy' });
  });

  it('a short first chunk that starts with < waits for more before deciding', async () => {
    const body = createControlledStream();
    const stream = createJsonStream({ source: body.stream, provider: 'text', throttle: false });
    stream.start();
    body.push('  <htm');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stream.getSnapshot().status).toBe('connecting');
    body.push('l><body>hello</body></html>');
    body.close();
    await vi.waitFor(() => expect(stream.getSnapshot().error?.code).toBe('unexpected-content-type'));
    expect(stream.getSnapshot().value).toBeUndefined();
  });
});

describe('an HTTP error body is read for bounded time and size', () => {
  it('a 500 whose body trickles is published after the bound, with what arrived', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let cancelled = false;
    let sent = false;
    const trickle = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return new Promise<void>(() => undefined); // never more
        sent = true;
        controller.enqueue(new TextEncoder().encode('{"error":{"type":"server_error","message":"upstream'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const stream = createJsonStream({
      source: () => new Response(trickle, { status: 500, statusText: 'Internal Server Error' }),
      provider: 'openai-chat',
      throttle: false,
    });
    stream.start();
    await vi.advanceTimersByTimeAsync(10);
    expect(stream.getSnapshot().status).toBe('connecting');
    await vi.advanceTimersByTimeAsync(2_000);
    const state = stream.getSnapshot();
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('http-error');
    expect(state.error?.status).toBe(500);
    expect(state.error?.bodyExcerpt).toBe('{"error":{"type":"server_error","message":"upstream');
    expect(cancelled).toBe(true);
  });

  it('a huge error body: at most ERROR_BODY_LIMIT characters are read, then it is cancelled', async () => {
    let read = 0;
    let cancelled = false;
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        read += 1024;
        controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { last } = await runToEnd({ source: new Response(huge, { status: 502 }), provider: 'openai-chat' });
    expect(last.error?.code).toBe('http-error');
    expect(last.error?.bodyExcerpt?.length).toBeLessThanOrEqual(500);
    expect(read).toBeLessThanOrEqual(ERROR_BODY_LIMIT + 2 * 1024);
    expect(cancelled).toBe(true);
  });
});

describe('idleTimeout ends a silent stream with idle-timeout', () => {
  const events = splitSseEvents(readCorpusText('sse/openai-chat/pydantic-ai_gpt-4o_tool-call-answers-table.sse'));

  it('keep-alive comments do not count as activity; the value so far is kept; the body is cancelled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const body = createControlledStream();
    const stream = createJsonStream({
      source: body.stream,
      provider: 'openai-chat',
      throttle: false,
      idleTimeout: 30_000,
    });
    stream.start();
    for (const event of events.slice(0, 12)) body.push(event);
    for (let tick = 0; tick < 3; tick++) await vi.advanceTimersByTimeAsync(1);
    expect(stream.getSnapshot().status).toBe('streaming');
    const before = stream.getSnapshot().value;
    expect(before).toEqual({ answers: [{ label: 'Capital of the Country' }] });
    // A keep-alive comment every 10 s, for 40 s: the stream stops once 30 s passed without a record.
    for (let second = 0; second < 40 && stream.getSnapshot().status === 'streaming'; second += 10) {
      body.push(': keep-alive\n\n');
      await vi.advanceTimersByTimeAsync(10_000);
    }
    const state = stream.getSnapshot();
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('idle-timeout');
    expect(state.error?.message).toBe(
      'Nothing arrived for 30000 ms (idleTimeout); the stream was stopped and the value so far kept.',
    );
    expect(state.value).toBe(before);
    expect(body.cancelled).toBe(true);
  });

  it('a request that never answers ends idle-timeout from connecting', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let signal: AbortSignal | undefined;
    const stream = createJsonStream({
      source: 'https://llm.test/v1',
      fetch: ((_url: unknown, init?: RequestInit) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => undefined);
      }) as typeof fetch,
      provider: 'openai-chat',
      throttle: false,
      idleTimeout: 5_000,
    });
    stream.start();
    await vi.advanceTimersByTimeAsync(5_001);
    expect(stream.getSnapshot().error?.code).toBe('idle-timeout');
    expect(signal?.aborted).toBe(true);
  });

  it('idleTimeout: false never stops a quiet stream', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const body = createControlledStream();
    const stream = createJsonStream({
      source: body.stream,
      provider: 'openai-chat',
      throttle: false,
      idleTimeout: false,
    });
    stream.start();
    for (const event of events.slice(0, 4)) body.push(event);
    for (let tick = 0; tick < 3; tick++) await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(stream.getSnapshot().status).toBe('streaming');
    stream.abort();
    expect(body.cancelled).toBe(true);
  });
});

describe('a part is done at its own end event', () => {
  it('Anthropic parallel tool calls: the first call is done (complete) while the second still streams', async () => {
    const { stream, states } = await replayEventByEvent(
      'sse/anthropic/pydantic-ai_claude-sonnet-4-6_parallel-tool-use.sse',
      'anthropic',
    );
    const tools = (state: JsonStreamState) => state.parts.filter((part) => part.kind === 'tool-call');
    const overlap = states.find(
      (state) =>
        state.status === 'streaming' && tools(state).length >= 2 && tools(state)[0]?.done && !tools(state)[1]?.done,
    );
    expect(overlap).toBeDefined();
    expect(tools(overlap as JsonStreamState)[0]?.status).toBe('complete');
    expect(tools(overlap as JsonStreamState)[0]?.fieldStatus('')).toBe('complete');
    expect(tools(overlap as JsonStreamState)[1]?.status).toBe('streaming');
    const last = stream.getSnapshot();
    expect(last.status).toBe('complete');
    expect(tools(last).every((part) => part.done && part.status === 'complete')).toBe(true);
  });

  it('OpenAI parallel tool calls: a call is done when the next one starts', async () => {
    const { stream, states } = await replayEventByEvent(
      'sse/openai-chat/openai-python_gpt-4o_parallel-tool-calls.sse',
      'openai-chat',
    );
    const overlap = states.find(
      (state) =>
        state.status === 'streaming' && state.parts.length >= 2 && state.parts[0]?.done && !state.parts[1]?.done,
    );
    expect(overlap?.parts[0]).toMatchObject({ kind: 'tool-call', status: 'complete', done: true });
    expect(overlap?.parts[0]?.name).toBeDefined();
    expect(stream.getSnapshot().status).toBe('complete');
  });

  it('AI SDK UI message stream: the text part is done at text-end, before the finish', async () => {
    const { stream, states } = await replayEventByEvent(
      'sse/vercel-ai/ai-v7-ui-message-stream_from-claude-characters-json.sse',
      'vercel-ai',
    );
    const doneWhileStreaming = states.find((state) => state.status === 'streaming' && state.parts[0]?.done);
    expect(doneWhileStreaming?.parts[0]).toMatchObject({ kind: 'content', status: 'complete', done: true });
    expect(stream.getSnapshot().status).toBe('complete');
  });

  it('Anthropic: the text part is done when the client tool_use block starts, before the call arguments', async () => {
    const { stream, states } = await replayEventByEvent(
      'sse/anthropic/anthropic-sdk-python_tool-use-weather.sse',
      'anthropic',
    );
    const textDone = states.find(
      (state) =>
        state.status === 'streaming' &&
        state.parts.find((part) => part.kind === 'content')?.done &&
        state.parts.some((part) => part.kind === 'tool-call'),
    );
    const content = textDone?.parts.find((part) => part.kind === 'content');
    expect(content).toMatchObject({ text: "I'll check the current weather in Paris for you.", done: true });
    const call = textDone?.parts.find((part) => part.kind === 'tool-call');
    expect(call?.done).toBe(false); // the arguments are still streaming
    expect(call?.name).toBe('get_weather');
    const final = stream.getSnapshot().parts.find((part) => part.kind === 'tool-call');
    expect(final).toMatchObject({ value: { location: 'Paris' }, done: true });
  });

  it('Anthropic: text blocks split by server tool blocks stay one content part, done at the end', async () => {
    const text = new TextDecoder().decode(
      readCorpusBytes('sse/anthropic/pydantic-ai_claude-sonnet-4-6_parallel-tool-use.sse'),
    );
    const { states } = await runToEnd({ source: chunkedBody(text, 9, 80), provider: 'anthropic' });
    const contents = states.map((state) => state.parts.filter((part) => part.kind === 'content'));
    expect(contents.every((list) => list.length <= 1)).toBe(true);
    const firstDone = contents.findIndex((list) => list[0]?.done);
    // once done, the text never grows again
    const finalText = contents.at(-1)?.[0]?.text;
    expect(firstDone).toBeGreaterThanOrEqual(0);
    for (const list of contents.slice(firstDone)) expect(list[0]?.text).toBe(finalText);
  });

  it('an unchanged part keeps its object identity from one state to the next', async () => {
    const events = splitSseEvents(readCorpusText('sse/anthropic/pydantic-ai_claude-sonnet-4-6_parallel-tool-use.sse'));
    const { states } = await runToEnd({ source: chunkedBody(events.join(''), 9, 80), provider: 'anthropic' });
    let kept = 0;
    for (let index = 1; index < states.length; index++) {
      const before = states[index - 1]?.parts[0];
      const after = states[index]?.parts[0];
      if (
        before &&
        after &&
        before.text === after.text &&
        before.done === after.done &&
        before.status === after.status
      ) {
        expect(after).toBe(before);
        kept++;
      }
    }
    expect(kept).toBeGreaterThan(0);
  });
});
