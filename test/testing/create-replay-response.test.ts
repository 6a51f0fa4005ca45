import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReplayFetch, createReplayResponse } from '../../src/testing/index.js';
import { readFixture } from './read-fixture.js';

const SSE = 'data: {"choices":[{"delta":{"content":"{\\"a\\":1}"}}]}\n\ndata: [DONE]\n\n';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createReplayResponse', () => {
  it('wraps the replay in a Response with a content type by format', async () => {
    const { response, controller } = createReplayResponse(SSE);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const text = response.text();
    await vi.runAllTimersAsync();
    expect(await text).toBe(SSE);
    expect(controller.getState().status).toBe('done');

    const gemini = createReplayResponse(
      readFixture('sse/gemini/llm-gemini_gemini-flash-latest_dogs.json-array-stream.json'),
    );
    expect(gemini.response.headers.get('content-type')).toBe('application/json');
    gemini.controller.abort();
  });

  it('sets status and headers for HTTP error bodies', async () => {
    const { response } = createReplayResponse('{"error":{"message":"quota"}}', {
      status: 429,
      format: 'lines',
      headers: { 'content-type': 'application/json' },
      delayMs: 0,
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ error: { message: 'quota' } });
  });
});

describe('createReplayFetch', () => {
  it('starts a new replay for every call and aborts it with the request signal', async () => {
    const replay = createReplayFetch(SSE, { delayMs: 10 });
    const seen: number[] = [];
    replay.onReplay(() => seen.push(replay.controllers.length));
    const first = await replay.fetch('https://example.test/v1/chat/completions', { method: 'POST' });
    const firstText = first.text();
    await vi.runAllTimersAsync();
    expect(await firstText).toBe(SSE);

    const abortController = new AbortController();
    const second = await replay.fetch('https://example.test/v1/chat/completions', { signal: abortController.signal });
    const secondText = second.text();
    abortController.abort(new DOMException('stop', 'AbortError'));
    await expect(secondText).rejects.toThrow('stop');
    expect(replay.controllers).toHaveLength(2);
    expect(replay.latest()?.getState().status).toBe('errored');
    expect(seen).toEqual([1, 2]);
    expect(vi.getTimerCount()).toBe(0);

    await expect(replay.fetch('https://example.test', { signal: abortController.signal })).rejects.toThrow('stop');
  });

  it('chooses the transcript per request', async () => {
    const replay = createReplayFetch((input) => (String(input).endsWith('/a') ? 'data: A\n\n' : 'data: B\n\n'), {
      delayMs: 0,
    });
    expect(await (await replay.fetch('https://x.test/a')).text()).toBe('data: A\n\n');
    expect(await (await replay.fetch('https://x.test/b')).text()).toBe('data: B\n\n');
  });
});
