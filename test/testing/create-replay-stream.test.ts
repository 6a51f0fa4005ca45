import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRipenError } from '../../src/core/errors/ripen-error.js';
import { createReplayStream, splitTranscript, type ReplayOptions } from '../../src/testing/index.js';
import { readFixture } from './read-fixture.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

interface Delivery {
  text: string;
  bytes: Uint8Array;
  at: number;
}

interface Collected {
  chunks: Delivery[];
  error: unknown;
  closed: boolean;
}

/** Read a stream to its end, stamping every chunk with the (fake) clock. */
function collect(stream: ReadableStream<Uint8Array>): { result: Promise<Collected>; chunks: Delivery[] } {
  const chunks: Delivery[] = [];
  const start = Date.now();
  const result = (async (): Promise<Collected> => {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return { chunks, error: undefined, closed: true };
        chunks.push({ text: decoder.decode(value), bytes: value, at: Date.now() - start });
      }
    } catch (error) {
      return { chunks, error, closed: false };
    }
  })();
  return { result, chunks };
}

async function replayAll(transcript: string | Uint8Array, options: ReplayOptions = {}): Promise<Collected> {
  const { stream } = createReplayStream(transcript, options);
  const { result } = collect(stream);
  await vi.runAllTimersAsync();
  return result;
}

const SSE =
  'data: {"choices":[{"delta":{"content":"Hello"}}]}\n\ndata: {"choices":[{"delta":{"content":", wor"}}]}\n\ndata: {"choices":[{"delta":{"content":"ld"}}]}\n\ndata: [DONE]\n\n';
const SSE_EVENTS = splitTranscript(encoder.encode(SSE), 'sse').map((piece) => decoder.decode(piece));
const WEATHER = readFixture('sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse');
const WEATHER_EVENTS = splitTranscript(WEATHER, 'sse').map((piece) => decoder.decode(piece));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('speed', () => {
  it('delivers one chunk per event, 30 ms apart by default', async () => {
    const { chunks, closed } = await replayAll(SSE);
    expect(closed).toBe(true);
    expect(chunks.map((chunk) => chunk.text)).toEqual(SSE_EVENTS);
    expect(chunks.map((chunk) => chunk.at)).toEqual([30, 60, 90, 120]);
  });

  it('uses a fixed delay, an initial delay and a time factor', async () => {
    const { chunks } = await replayAll(SSE, { delayMs: 100, initialDelayMs: 500, timeFactor: 2 });
    expect(chunks.map((chunk) => chunk.at)).toEqual([250, 300, 350, 400]);
  });

  it('paces by payload characters or estimated tokens, not by envelope size', async () => {
    const byCharacters = await replayAll(SSE, { charactersPerSecond: 100 });
    // "Hello" 5 chars → 50 ms, ", wor" 5 → 50 ms, "ld" 2 → 20 ms, [DONE] 0 → 0 ms.
    expect(byCharacters.chunks.map((chunk) => chunk.at)).toEqual([50, 100, 120, 120]);
    const byTokens = await replayAll(SSE, { tokensPerSecond: 10 });
    // ceil(5/4)=2 tokens → 200 ms, 2 → 200 ms, 1 → 100 ms, 0.
    expect(byTokens.chunks.map((chunk) => chunk.at)).toEqual([200, 400, 500, 500]);
  });

  it('rejects two speeds at once and non-positive rates', () => {
    expect(() => createReplayStream(SSE, { delayMs: 10, tokensPerSecond: 5 })).toThrow(TypeError);
    expect(() => createReplayStream(SSE, { charactersPerSecond: 0 })).toThrow(/charactersPerSecond/);
    expect(() => createReplayStream(SSE, { chunking: 0 })).toThrow(TypeError);
  });

  it('replays a real transcript byte for byte, in order', async () => {
    const { chunks } = await replayAll(WEATHER, { delayMs: 5 });
    expect(chunks).toHaveLength(WEATHER_EVENTS.length);
    expect(chunks.map((chunk) => chunk.text)).toEqual(WEATHER_EVENTS);
  });
});

describe('chunking', () => {
  it('re-chunks at random byte offsets, deterministically per seed', async () => {
    const first = await replayAll(WEATHER, { chunking: 'random', seed: 42, maxChunkBytes: 17, delayMs: 1 });
    const again = await replayAll(WEATHER, { chunking: 'random', seed: 42, maxChunkBytes: 17, delayMs: 1 });
    const other = await replayAll(WEATHER, { chunking: 'random', seed: 43, maxChunkBytes: 17, delayMs: 1 });
    const sizes = first.chunks.map((chunk) => chunk.bytes.length);
    expect(again.chunks.map((chunk) => chunk.bytes.length)).toEqual(sizes);
    expect(other.chunks.map((chunk) => chunk.bytes.length)).not.toEqual(sizes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(17);
    expect(sizes.slice(0, -1).every((size) => size >= 1)).toBe(true);
    expect(new Uint8Array(first.chunks.flatMap((chunk) => [...chunk.bytes]))).toEqual(WEATHER);
    // Chunks cross event boundaries: some chunk holds the end of one event and the start of the next.
    expect(first.chunks.some((chunk) => /\n\ndata/.test(chunk.text))).toBe(true);
  });

  it('holds bytes that do not fill a chunk until a later event is due', async () => {
    const { chunks } = await replayAll('data: 1\n\ndata: 2\n\ndata: 3\n\n', { chunking: 8, delayMs: 10 });
    // Events end at bytes 9, 18, 27; chunks end at 8, 16, 24, 27.
    expect(chunks.map((chunk) => [chunk.text, chunk.at])).toEqual([
      ['data: 1\n', 10],
      ['\ndata: 2', 20],
      ['\n\ndata: ', 30],
      ['3\n\n', 30],
    ]);
  });
});

describe('pause, resume, step, seek', () => {
  it('delivers nothing while paused; step delivers exactly one event', async () => {
    const { stream, controller } = createReplayStream(SSE, { paused: true });
    const { chunks, result } = collect(stream);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(chunks).toHaveLength(0);
    expect(controller.step()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(chunks.map((chunk) => chunk.text)).toEqual([SSE_EVENTS[0]]);
    expect(controller.getState()).toMatchObject({ status: 'paused', position: 1 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(chunks).toHaveLength(1);
    controller.resume();
    await vi.advanceTimersByTimeAsync(30);
    expect(chunks).toHaveLength(2);
    controller.pause();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(chunks).toHaveLength(2);
    controller.resume();
    await vi.runAllTimersAsync();
    expect((await result).chunks.map((chunk) => chunk.text)).toEqual(SSE_EVENTS);
    expect(controller.getState()).toMatchObject({
      status: 'done',
      position: 4,
      deliveredBytes: encoder.encode(SSE).length,
    });
    expect(controller.step()).toBe(false);
  });

  it('seek emits every event before the target at once, then keeps playing', async () => {
    const { stream, controller } = createReplayStream(WEATHER, { paused: true });
    const { chunks, result } = collect(stream);
    controller.seek(100);
    await vi.advanceTimersByTimeAsync(0);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.text).toBe(WEATHER_EVENTS.slice(0, 100).join(''));
    expect(controller.getState().position).toBe(100);
    expect(() => controller.seek(50)).toThrow(TypeError);
    controller.resume();
    await vi.runAllTimersAsync();
    const { chunks: all } = await result;
    expect(all.map((chunk) => chunk.text).join('')).toBe(decoder.decode(WEATHER));
    expect(all).toHaveLength(1 + WEATHER_EVENTS.length - 100);
  });

  it('seek through an ending fault ends the stream the same way', async () => {
    const { stream, controller } = createReplayStream(SSE, { paused: true, faults: [{ kind: 'abort', atEvent: 2 }] });
    const { result } = collect(stream);
    controller.seek(4);
    const { chunks, error } = await result;
    expect(chunks.map((chunk) => chunk.text)).toEqual([SSE_EVENTS.slice(0, 2).join('')]);
    expect(isRipenError(error) && error.code).toBe('network-error');
    expect(controller.getState()).toMatchObject({ status: 'errored', position: 2 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('notifies subscribers of state changes', async () => {
    const { stream, controller } = createReplayStream(SSE);
    const positions: number[] = [];
    controller.subscribe((state) => positions.push(state.position));
    const { result } = collect(stream);
    await vi.runAllTimersAsync();
    await result;
    expect(positions).toEqual([1, 2, 3, 4]);
    expect(await controller.finished).toBe('done');
  });
});

describe('faults', () => {
  it('stall: waits the given time before the event, unscaled by the time factor', async () => {
    const { chunks } = await replayAll(SSE, {
      delayMs: 20,
      timeFactor: 2,
      faults: [{ kind: 'stall', atEvent: 2, durationMs: 5_000 }],
    });
    expect(chunks.map((chunk) => chunk.at)).toEqual([10, 20, 5_030, 5_040]);
  });

  it('abort: the stream errors with network-error where event N was due', async () => {
    const { chunks, error, closed } = await replayAll(SSE, { faults: [{ kind: 'abort', atEvent: 2 }] });
    expect(closed).toBe(false);
    expect(chunks.map((chunk) => chunk.text)).toEqual(SSE_EVENTS.slice(0, 2));
    expect(isRipenError(error) && error.code).toBe('network-error');
  });

  it('provider-error: injects the dialect’s error event, then ends', async () => {
    const anthropic = readFixture('sse/anthropic/anthropic-sdk-python_tool-use-weather.sse');
    const events = splitTranscript(anthropic, 'sse').map((piece) => decoder.decode(piece));
    const { chunks, closed } = await replayAll(anthropic, {
      faults: [{ kind: 'provider-error', atEvent: 5, message: 'Overloaded' }],
    });
    expect(closed).toBe(true);
    expect(chunks.map((chunk) => chunk.text)).toEqual([
      ...events.slice(0, 5),
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
    ]);
    const custom = await replayAll(SSE, {
      faults: [{ kind: 'provider-error', atEvent: 1, text: 'data: {"oops":1}\n\n' }],
    });
    expect(custom.chunks.map((chunk) => chunk.text)).toEqual([SSE_EVENTS[0], 'data: {"oops":1}\n\n']);
  });

  it('truncate: by default drops the end marker; with partialBytes cuts inside an event', async () => {
    const byDefault = await replayAll(SSE, { faults: [{ kind: 'truncate' }] });
    expect(byDefault.closed).toBe(true);
    expect(byDefault.chunks.map((chunk) => chunk.text)).toEqual(SSE_EVENTS.slice(0, 3));
    const partial = await replayAll(SSE, { faults: [{ kind: 'truncate', atEvent: 1, partialBytes: 12 }] });
    expect(partial.chunks.map((chunk) => chunk.text)).toEqual([SSE_EVENTS[0], 'data: {"choi']);
  });

  it('the earliest ending fault wins', async () => {
    const { chunks, error } = await replayAll(SSE, {
      faults: [
        { kind: 'truncate', atEvent: 3 },
        { kind: 'abort', atEvent: 1 },
      ],
    });
    expect(chunks).toHaveLength(1);
    expect(isRipenError(error) && error.code).toBe('network-error');
  });

  it('buffering: holds events and releases them in bursts', async () => {
    const { chunks } = await replayAll(WEATHER, { delayMs: 10, faults: [{ kind: 'buffering', everyEvents: 50 }] });
    const total = WEATHER_EVENTS.length;
    expect(chunks).toHaveLength(Math.ceil(total / 50));
    expect(chunks[0]?.text).toBe(WEATHER_EVENTS.slice(0, 50).join(''));
    expect(chunks.map((chunk) => chunk.at)).toEqual([500, 1_000, 1_500, total * 10]);
    const byBytes = await replayAll(SSE, { faults: [{ kind: 'buffering', bytes: 100 }] });
    expect(byBytes.chunks.map((chunk) => chunk.text)).toEqual([
      SSE_EVENTS.slice(0, 2).join(''),
      SSE_EVENTS.slice(2).join(''),
    ]);
  });

  it('split-utf8: cuts a Chinese character and an emoji between two chunks', async () => {
    const text = 'data: {"choices":[{"delta":{"content":"天气 ☀️ 🌧"}}]}\n\ndata: [DONE]\n\n';
    const { stream, controller } = createReplayStream(text, { faults: [{ kind: 'split-utf8' }] });
    const { result } = collect(stream);
    await vi.runAllTimersAsync();
    const { chunks } = await result;
    const offset = controller.getState().utf8SplitOffset;
    expect(offset).toBe(encoder.encode('data: {"choices":[{"delta":{"content":"').length + 1);
    expect(chunks[0]?.bytes.length).toBe(offset);
    expect(chunks[0]?.text.endsWith('\uFFFD')).toBe(true);
    const streaming = new TextDecoder();
    expect(chunks.map((chunk) => streaming.decode(chunk.bytes, { stream: true })).join('')).toBe(text);

    const emoji = await replayAll(text, { faults: [{ kind: 'split-utf8', atEvent: 0 }], chunking: 'event' });
    expect(emoji.chunks).toHaveLength(3);
    const utf8 = readFixture('sse/gemini/vertexai-sdk-test-data_vertexai_utf8.sse');
    const real = await replayAll(utf8, { faults: [{ kind: 'split-utf8' }] });
    expect(real.chunks.length).toBe(splitTranscript(utf8, 'sse').length + 1);
  });
});

describe('abort and cancel', () => {
  it('controller.abort errors the stream with code aborted and clears timers', async () => {
    const { stream, controller } = createReplayStream(SSE);
    const { result } = collect(stream);
    await vi.advanceTimersByTimeAsync(45);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    const { chunks, error } = await result;
    expect(chunks).toHaveLength(1);
    expect(isRipenError(error) && error.code).toBe('aborted');
    expect(controller.getState().status).toBe('errored');
  });

  it('an AbortSignal aborts with its reason', async () => {
    const abortController = new AbortController();
    const { stream } = createReplayStream(SSE, { signal: abortController.signal });
    const { result } = collect(stream);
    await vi.advanceTimersByTimeAsync(70);
    abortController.abort(new Error('user left'));
    const { chunks, error } = await result;
    expect(chunks).toHaveLength(2);
    expect((error as Error).message).toBe('user left');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancelling the stream cancels the replay', async () => {
    const { stream, controller } = createReplayStream(SSE);
    await stream.cancel();
    expect(controller.getState().status).toBe('cancelled');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses injected timers', () => {
    const scheduled: number[] = [];
    const callbacks: (() => void)[] = [];
    const { controller } = createReplayStream(SSE, {
      delayMs: 7,
      timers: {
        setTimeout: (callback, delayMs) => {
          scheduled.push(delayMs);
          callbacks.push(callback);
          return callbacks.length;
        },
        clearTimeout: () => {},
      },
    });
    expect(scheduled).toEqual([7]);
    callbacks[0]?.();
    expect(controller.getState().position).toBe(1);
    expect(scheduled).toEqual([7, 7]);
  });
});

describe('catch-up pacing', () => {
  it('delivers overdue events at once when timers fire late, then keeps the schedule', () => {
    let clock = 1_000;
    const pending: Array<{ callback: () => void; delayMs: number }> = [];
    const { controller } = createReplayStream(SSE, {
      delayMs: 10,
      timers: {
        setTimeout: (callback, delayMs) => pending.push({ callback, delayMs }),
        clearTimeout: () => {},
        now: () => clock,
      },
    });
    expect(pending.map((timer) => timer.delayMs)).toEqual([10]);
    clock = 1_035; // fired 25 ms late: events due at 10, 20 and 30 ms are all overdue
    pending[0]?.callback();
    expect(controller.getState()).toMatchObject({ position: 3, chunkCount: 3 });
    expect(pending.map((timer) => timer.delayMs)).toEqual([10, 5]); // event 3 is due at 40 ms
  });
});

describe('other formats', () => {
  it('replays a Gemini JSON-array body and an AI SDK v4 data stream', async () => {
    const gemini = readFixture('sse/gemini/llm-gemini_gemini-flash-latest_dogs.json-array-stream.json');
    const replayedGemini = await replayAll(gemini);
    expect(replayedGemini.chunks).toHaveLength(8);
    expect(replayedGemini.chunks.map((chunk) => chunk.text).join('')).toBe(decoder.decode(gemini));
    const truncated = await replayAll(gemini, { faults: [{ kind: 'truncate' }] });
    expect(truncated.chunks).toHaveLength(7);

    const dataStream = readFixture('sse/vercel-ai/ai-v4-data-stream_from-claude-characters-json.txt');
    const lines = decoder.decode(dataStream).split(/(?<=\n)/);
    const replayedLines = await replayAll(dataStream, {
      faults: [{ kind: 'provider-error', atEvent: 3, message: 'x' }],
    });
    expect(replayedLines.chunks.map((chunk) => chunk.text)).toEqual([...lines.slice(0, 3), '3:"x"\n']);
  });
});
