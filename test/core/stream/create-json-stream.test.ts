import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { createJsonStream } from '../../../src/core/stream/index.js';
import type { JsonStream, JsonStreamOptions, JsonStreamState } from '../../../src/core/stream/index.js';
import type { ProviderName } from '../../../src/core/providers/types.js';
import { findTakeBack } from '../../helpers/prefix-of.js';
import { corpusPath } from '../../../scripts/shared-folder.mjs';

const fixtures = corpusPath();
interface IndexEntry {
  file: string;
  jsonStreaming?: boolean;
  stats?: { jsonParts: { part: string }[]; incompleteJsonParts: { part: string }[] };
}
const index = JSON.parse(readFileSync(path.join(fixtures, 'index.json'), 'utf8')) as { files: (IndexEntry | null)[] };

const providerOf = (file: string): ProviderName => {
  const folder = file.split('/')[1];
  if (folder === 'other') return 'openai-chat';
  return folder as ProviderName;
};

/** A body delivering `bytes` in seeded random chunks of 1..maxChunk bytes. */
function chunkedBody(bytes: Uint8Array, seed: number, maxChunk: number): ReadableStream<Uint8Array> {
  let state = seed;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      state = (state * 1103515245 + 12345) % 2147483648;
      const size = 1 + (state % maxChunk);
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

/** Runs a stream to its end, recording every published state. */
function runToEnd<T>(options: JsonStreamOptions<T>): Promise<{ stream: JsonStream<T>; states: JsonStreamState<T>[] }> {
  const stream = createJsonStream<T>({ throttle: false, ...options });
  const states: JsonStreamState<T>[] = [];
  return new Promise((resolve) => {
    stream.subscribe(() => {
      const state = stream.getSnapshot();
      states.push(state);
      if (['complete', 'truncated', 'aborted', 'error'].includes(state.status)) resolve({ stream, states });
    });
    stream.start();
  });
}

const jsonTranscripts = index.files.filter((entry): entry is IndexEntry => Boolean(entry?.jsonStreaming));

describe('createJsonStream on every recorded JSON-streaming transcript', () => {
  it('covers the corpus', () => {
    expect(jsonTranscripts.length).toBeGreaterThanOrEqual(29);
  });

  for (const entry of jsonTranscripts) {
    it(`${entry.file}: final value equals .expected.json under random chunking, nothing taken back`, async () => {
      const file = path.join(fixtures, entry.file);
      const expected = JSON.parse(
        readFileSync(file.replace(/\.(sse|txt|json-array-stream\.json)$/, '.expected.json'), 'utf8'),
      );
      const bytes = new Uint8Array(readFileSync(file));
      for (const [seed, maxChunk] of [
        [1, 7],
        [2, 64],
      ] as const) {
        const { states } = await runToEnd({
          source: chunkedBody(bytes, seed, maxChunk),
          provider: providerOf(entry.file),
        });
        const last = states[states.length - 1]!;
        // A body cut inside its last event (no closing blank line, as in one Anthropic SDK fixture)
        // never dispatches that event (WHATWG SSE): reported as truncated, value kept.
        const cutMidEvent =
          entry.stats &&
          !/\n$/.test(bytes.length ? String.fromCharCode(bytes[bytes.length - 1]!) : '') &&
          entry.file.endsWith('.sse');
        expect(last.status, last.error?.message).toBe(cutMidEvent ? 'truncated' : 'complete');
        if (cutMidEvent) expect(last.error?.code).toBe('sse-truncated');
        const partCount = entry.stats?.jsonParts.length ?? 1;
        const finals = last.parts.map((part) => part.value).filter((value) => value !== undefined);
        if (partCount === 1) {
          expect(last.value).toEqual(expected);
          for (const state of states) expect(findTakeBack(state.value, last.value)).toBeUndefined();
        } else {
          expect(finals).toEqual(expected);
        }
      }
    });
  }
});

describe('createJsonStream end states', () => {
  const answers = readFileSync(path.join(fixtures, 'sse/openai-chat/pydantic-ai_gpt-4o_tool-call-answers-table.sse'));

  it('ends truncated with finish reason length on a recorded max_tokens stream (OpenAI)', async () => {
    const bytes = readFileSync(
      path.join(fixtures, 'sse/openai-chat/openai-python_gpt-4o_json-schema-truncated-max-tokens.sse'),
    );
    const { states } = await runToEnd({ source: chunkedBody(new Uint8Array(bytes), 3, 16), provider: 'openai-chat' });
    const last = states[states.length - 1]!;
    expect(last.status).toBe('truncated');
    expect(last.finishReason).toBe('length');
    expect(last.error?.code).toBe('truncated');
    // only `{"` arrived: the open object reads as unfinished, not as unreadable
    expect(last.value).toEqual({});
    expect(last.fieldStatus('')).toBe('streaming');
  });

  it('ends truncated when the body stops before the end marker, keeping the value so far', async () => {
    const text = answers.toString('utf8');
    const cut = text.slice(0, text.indexOf('Weather in'));
    const { states } = await runToEnd({
      source: chunkedBody(new TextEncoder().encode(cut.slice(0, cut.lastIndexOf('\n\n') + 2)), 4, 32),
      provider: 'openai-chat',
    });
    const last = states[states.length - 1]!;
    expect(last.status).toBe('truncated');
    expect((last.value as { answers: unknown[] }).answers[0]).toEqual({
      label: 'Capital of the Country',
      answer: 'The capital of Mexico is Mexico City.',
    });
  });

  it('ends error with provider-error for a recorded mid-stream provider error, keeping the value', async () => {
    const bytes = readFileSync(
      path.join(fixtures, 'sse/other/pydantic-ai_openrouter-minimax_comments-then-midstream-error.sse'),
    );
    const { states } = await runToEnd({ source: chunkedBody(new Uint8Array(bytes), 5, 16), provider: 'openai-chat' });
    const last = states[states.length - 1]!;
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('provider-error');
  });

  it('abort() ends aborted at once, calls onFinish once, and publishes nothing afterwards', async () => {
    const onFinish = vi.fn();
    const half = new Uint8Array(answers).slice(0, 1200);
    const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(half) }); // never closes
    const stream = createJsonStream({ source: body, provider: 'openai-chat', throttle: false, onFinish });
    let published = 0;
    stream.subscribe(() => published++);
    stream.start();
    await new Promise((resolve) => setTimeout(resolve, 5));
    stream.abort();
    const count = published;
    expect(stream.getSnapshot().status).toBe('aborted');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(published).toBe(count);
    expect(onFinish).toHaveBeenCalledTimes(1);
  });
});

describe('createJsonStream with a schema, policies and callbacks', () => {
  const weather = readFileSync(
    path.join(fixtures, 'sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse'),
  );
  const schema = z.object({
    location: z.string(),
    weather: z.object({
      temperature: z.string(),
      condition: z.string(),
      humidity: z.string(),
      windSpeed: z.string(),
      windDirection: z.string(),
    }),
    forecast: z.array(z.object({ day: z.string(), high: z.string(), low: z.string(), condition: z.string() })).min(3),
  });

  it('has the schema skeleton before the first byte and is valid at the end', async () => {
    const stream = createJsonStream({
      source: chunkedBody(new Uint8Array(weather), 7, 32),
      provider: 'openai-chat',
      schema,
      throttle: false,
    });
    expect(stream.getSnapshot().skeleton).toMatchObject({
      kind: 'object',
      fields: [
        { key: 'location' },
        { key: 'weather' },
        { key: 'forecast', skeleton: { kind: 'array', expectedItems: 3 } },
      ],
    });
    expect(stream.getSnapshot().validation.status).toBe('pending');
    const { states } = await runToEnd({
      source: chunkedBody(new Uint8Array(weather), 7, 32),
      provider: 'openai-chat',
      schema,
    });
    const last = states[states.length - 1]!;
    expect(last.status).toBe('complete');
    expect(last.validation).toEqual({ status: 'valid', issues: [], warnings: [] });
    expect(last.valid).toBe(true);
    expect(last.output).toEqual(last.value);
  });

  it('marks a completed node invalid while the stream goes on', async () => {
    const strict = z.object({
      location: z.string(),
      weather: z.object({ temperature: z.number() }).passthrough(),
      forecast: z.array(z.unknown()),
    });
    const seenInvalidWhileStreaming: boolean[] = [];
    const stream = createJsonStream({
      source: chunkedBody(new Uint8Array(weather), 8, 32),
      provider: 'openai-chat',
      schema: strict,
      throttle: false,
    });
    stream.subscribe(() => {
      const state = stream.getSnapshot();
      if (state.status === 'streaming' && state.fieldStatus('/weather/temperature') === 'invalid')
        seenInvalidWhileStreaming.push(true);
    });
    const done = new Promise<void>((resolve) =>
      stream.subscribe(() => {
        if (stream.getSnapshot().status === 'complete') resolve();
      }),
    );
    stream.start();
    await done;
    const last = stream.getSnapshot();
    expect(seenInvalidWhileStreaming.length).toBeGreaterThan(0);
    expect(last.validation.status).toBe('invalid');
    // Once final, the issues are the schema library's own (each once, by pointer).
    expect(last.validation.issues).toEqual([
      {
        pointer: '/weather/temperature',
        keyword: 'standard-schema',
        message: 'Invalid input: expected number, received string',
      },
    ]);
    expect(last.valid).toBe(false);
    expect(last.output).toBeUndefined();
  });

  it('calls onFieldComplete once per node in closing order, whatever the chunking', async () => {
    const orders: string[][] = [];
    for (const [seed, maxChunk] of [
      [9, 1],
      [10, 5],
      [11, 400],
    ] as const) {
      const seen: string[] = [];
      await runToEnd({
        source: chunkedBody(new Uint8Array(weather), seed, maxChunk),
        provider: 'openai-chat',
        onFieldComplete: (pointer) => seen.push(pointer),
      });
      orders.push(seen);
    }
    expect(orders[0]).toEqual(orders[1]);
    expect(orders[0]).toEqual(orders[2]);
    expect(orders[0]!.slice(0, 3)).toEqual(['/location', '/weather/temperature', '/weather/condition']);
    expect(orders[0]![orders[0]!.length - 1]).toBe('');
    expect(new Set(orders[0]).size).toBe(orders[0]!.length);
    expect(orders[0]).toContain('/forecast/2/condition');
  });

  it('policies: a whenComplete array element appears only once closed', async () => {
    const { states } = await runToEnd({
      source: chunkedBody(new Uint8Array(weather), 12, 8),
      provider: 'openai-chat',
      policies: { '/forecast/*': 'whenComplete' },
    });
    for (const state of states) {
      const forecast = (state.value as { forecast?: Record<string, string>[] } | undefined)?.forecast ?? [];
      for (const day of forecast) expect(Object.keys(day)).toEqual(['day', 'high', 'low', 'condition']);
    }
    expect((states[states.length - 1]!.value as { forecast: unknown[] }).forecast).toHaveLength(3);
  });
});

describe('frame-coalesced publishing', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('500 chunks inside one frame give one published state', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const encoder = new TextEncoder();
    const events: string[] = [];
    const text = JSON.stringify({ rows: Array.from({ length: 500 }, (_, index) => index) });
    const pieces = text.match(/[\s\S]{1,4}/g)!;
    for (const piece of pieces.slice(0, 500)) events.push(`data: ${piece}\n\n`);
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start: (c) => {
        controller = c;
      },
    });
    const stream = createJsonStream({ source: body, provider: 'text', throttle: 'frame' });
    let published = 0;
    stream.subscribe(() => published++);
    stream.start();
    expect(published).toBe(1); // connecting
    for (const event of events) controller.enqueue(encoder.encode(event));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(published).toBe(1);
    expect(frames.length).toBe(1);
    frames.shift()!();
    expect(published).toBe(2);
    expect(stream.getSnapshot().status).toBe('streaming');
    // 500 chunks of 4 characters: everything up to row ~495 is in that one published state
    expect((stream.getSnapshot().value as { rows: number[] }).rows.length).toBeGreaterThan(450);
    controller.close();
  });
});
