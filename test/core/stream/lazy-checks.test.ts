import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonStreamOptions, JsonStreamState } from '../../../src/core/stream/create-json-stream.js';
import { openaiChat } from '../../../src/core/providers/entries/openai-chat.js';
import { openAiChatSse } from './run-stream.js';

// The schema checks and the policy filter are a chunk that a stream loads with import() when it
// starts (stream-view.ts). Here that load is held back (or made to fail) to check the order of
// what a stream hands out while it is loading.
const control = vi.hoisted(() => ({
  gate: undefined as Promise<void> | undefined,
  failure: undefined as Error | undefined,
  loads: 0,
}));
const mockChecksChunk = (): void => {
  vi.doMock('../../../src/core/stream/stream-checks.js', async (importOriginal) => {
    control.loads++;
    if (control.gate) await control.gate;
    if (control.failure) throw control.failure;
    return importOriginal();
  });
};

const schema = {
  type: 'object',
  properties: { city: { type: 'string' }, days: { type: 'array', items: { type: 'integer' } } },
  required: ['city', 'days'],
};
const pieces = ['{"city": "Par', 'is", "days": [1', ', 2, 3', ']}'];
const END = ['complete', 'truncated', 'aborted', 'error'];

interface Run {
  states: JsonStreamState[];
  completed: string[];
  requests: () => number;
  cancelled: () => boolean;
  stream: { start(): void; abort(): void; getSnapshot(): JsonStreamState };
  ended: Promise<JsonStreamState>;
}

/** A stream over an OpenAI Chat body (a fresh module graph, so the checks chunk loads again). */
async function createRun(options: Partial<JsonStreamOptions> = {}): Promise<Run> {
  const { createJsonStream } = await import('../../../src/core/stream/create-json-stream.js');
  const states: JsonStreamState[] = [];
  const completed: string[] = [];
  let requests = 0;
  let cancelled = false;
  const text = new TextEncoder().encode(openAiChatSse(pieces));
  const stream = createJsonStream({
    source: async () => {
      requests++;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          // Half the body at once, the rest only when read: the reader must still be open after an abort.
          controller.enqueue(text.slice(0, text.length >> 1));
        },
        pull(controller) {
          controller.enqueue(text.slice(text.length >> 1));
          controller.close();
        },
        cancel() {
          cancelled = true;
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    },
    provider: openaiChat,
    throttle: false,
    onFieldComplete: (pointer) => completed.push(pointer),
    ...options,
  });
  const ended = new Promise<JsonStreamState>((resolve) => {
    stream.subscribe(() => {
      const state = stream.getSnapshot();
      states.push(state);
      if (END.includes(state.status)) resolve(state);
    });
  });
  return { states, completed, requests: () => requests, cancelled: () => cancelled, stream, ended };
}

const macrotasks = async (count: number): Promise<void> => {
  for (let index = 0; index < count; index++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('schema checks loaded on demand at start()', () => {
  let open: () => void;
  beforeEach(() => {
    vi.resetModules();
    mockChecksChunk();
    control.loads = 0;
    control.failure = undefined;
    control.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
  });

  it('a stream with neither schema nor policies never loads the checks', async () => {
    control.gate = undefined;
    const run = await createRun();
    run.stream.start();
    const last = await run.ended;
    expect(last.status).toBe('complete');
    expect(last.value).toEqual({ city: 'Paris', days: [1, 2, 3] });
    expect(control.loads).toBe(0);
  });

  it('the request is made while the checks load; events read meanwhile are handed out after, in order', async () => {
    const run = await createRun({ schema });
    expect(run.stream.getSnapshot().skeleton?.kind).toBe('object');
    run.stream.start();
    await macrotasks(20);
    // The request went out and the body was read, but nothing was handed out yet.
    expect(run.requests()).toBe(1);
    expect(control.loads).toBe(1);
    expect(run.states.map((state) => state.status)).toEqual(['connecting']);
    expect(run.stream.getSnapshot().value).toBeUndefined();
    open();
    const last = await run.ended;
    expect(last.status).toBe('complete');
    expect(last.value).toEqual({ city: 'Paris', days: [1, 2, 3] });
    expect(last.valid).toBe(true);
    expect(last.validation.status).toBe('valid');
    expect(run.completed).toEqual(['/city', '/days/0', '/days/1', '/days/2', '/days', '']);
    // Strings only grew between published states: no chunk was lost or reordered.
    const cities = run.states.map((state) => (state.value as { city?: string } | undefined)?.city ?? '');
    for (let index = 1; index < cities.length; index++)
      expect(cities[index]?.startsWith(cities[index - 1] ?? '')).toBe(true);
  });

  it('policies alone load the checks, and hold a field back until it is complete', async () => {
    const run = await createRun({ policies: { '/days': 'whenComplete' } });
    run.stream.start();
    await macrotasks(10);
    expect(control.loads).toBe(1);
    expect(run.states.map((state) => state.status)).toEqual(['connecting']);
    open();
    const last = await run.ended;
    expect(last.status).toBe('complete');
    expect(last.value).toEqual({ city: 'Paris', days: [1, 2, 3] });
    // While /days was open it was never shown.
    for (const state of run.states)
      if (state.status === 'streaming' && state.fieldStatus('/days') !== 'complete')
        expect((state.value as { days?: unknown } | undefined)?.days).toBeUndefined();
  });

  it('abort() while the checks load: aborted at once, the body cancelled, nothing handed out after', async () => {
    const run = await createRun({ schema });
    run.stream.start();
    await macrotasks(10);
    expect(run.requests()).toBe(1);
    run.stream.abort();
    expect(run.stream.getSnapshot().status).toBe('aborted');
    const count = run.states.length;
    open();
    await macrotasks(20);
    expect(run.states.length).toBe(count);
    expect(run.stream.getSnapshot().value).toBeUndefined();
    expect(run.cancelled()).toBe(true);
  });

  it('a chunk that cannot be loaded ends the stream with internal-error (cause kept), not a hang', async () => {
    control.failure = new Error('Failed to fetch dynamically imported module');
    const run = await createRun({ schema });
    run.stream.start();
    open();
    const last = await run.ended;
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('internal-error');
    expect(last.error?.message).toMatch(/^ripen could not load its schema checks: /);
    // The import's own error is kept (vitest wraps a failing module factory's error in its own).
    expect(last.error?.cause).toBeInstanceOf(Error);
    expect(last.value).toBeUndefined();
    await macrotasks(5);
    expect(run.cancelled()).toBe(true);
  });
});
