// Bounds (issue 12, item 5): a fatal parse error or a limit stops reading at once (at most one
// more network chunk is read and the body is cancelled); stray lines count toward
// maxBufferSize, which reaches the transport from createJsonStream; start(); abort() cancels the
// body of every source kind at any moment (1,000 seeded runs).
import { describe, expect, it } from 'vitest';
import { createJsonStream } from '../../../src/core/stream/create-json-stream.js';
import type { JsonStreamOptions } from '../../../src/core/stream/create-json-stream.js';
import { createSeededRandom } from '../../../src/testing/create-seeded-random.js';
import { runToEnd } from './run-stream.js';

const encoder = new TextEncoder();
const contentEvent = (text: string) =>
  `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: text }, finish_reason: null }] })}\n\n`;

/** A pull-only body (no read-ahead) of `count` chunks from `chunk(i)`, counting reads and cancellation. */
function countingBody(count: number, chunk: (index: number) => string) {
  let reads = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (reads >= count) return controller.close();
        controller.enqueue(encoder.encode(chunk(reads)));
        reads++;
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, reads: () => reads, cancelled: () => cancelled };
}

describe('a fatal parse error or limit ends the stream at once and cancels the body', () => {
  const cases: [string, Partial<JsonStreamOptions>, (index: number) => string, number, string][] = [
    // chunk 5 carries the bad byte (strict mode: `}` where a value must start)
    [
      'unexpected-token (strict)',
      { parser: { mode: 'strict' } },
      (i) => contentEvent(i === 0 ? '{"a":[' : i === 5 ? '}' : '1,'),
      5,
      'unexpected-token',
    ],
    // depth 8 is reached in chunk 8
    ['depth-limit', { parser: { maxDepth: 8 } }, () => contentEvent('['), 8, 'depth-limit'],
    // a string of 40 characters per chunk passes 100 characters in chunk 3; 13 characters per
    // chunk after '[' pass 200 in chunk 16
    [
      'string-limit',
      { parser: { maxStringLength: 100 } },
      (i) => contentEvent(i === 0 ? '{"s":"' : 'x'.repeat(40)),
      3,
      'string-limit',
    ],
    [
      'size-limit (parser maxBytes)',
      { parser: { maxBytes: 200 } },
      (i) => contentEvent(i === 0 ? '[' : '"0123456789",'),
      16,
      'size-limit',
    ],
  ];

  it.each(cases)('%s: ≤ one chunk read after the fatal one', async (_name, options, chunk, fatalChunk, code) => {
    const body = countingBody(100_000, chunk);
    const { last } = await runToEnd({ source: body.stream, provider: 'openai-chat', ...options });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe(code);
    expect(body.reads()).toBeLessThanOrEqual(fatalChunk + 2); // chunks 0..fatal, plus at most one
    expect(body.cancelled()).toBe(true);
  });

  it('string-limit keeps no character past the limit', async () => {
    const body = countingBody(100_000, (i) => contentEvent(i === 0 ? '{"s":"' : 'x'.repeat(40)));
    const { last } = await runToEnd({ source: body.stream, provider: 'openai-chat', parser: { maxStringLength: 100 } });
    expect(((last.value as { s?: string } | undefined)?.s ?? '').length).toBeLessThanOrEqual(100);
  });
});

describe('maxBufferSize bounds every buffer and reaches the transport', () => {
  it('100 MB of stray non-SSE lines between events: size-limit once maxBufferSize is passed', async () => {
    const line = 'this line is not server-sent events, just noise from a broken proxy\n';
    const megabyte = line.repeat(Math.ceil(1_048_576 / line.length));
    const maxBufferSize = 4 * 1_048_576;
    const body = countingBody(100, (i) => (i === 0 ? contentEvent('{"a":') : megabyte));
    const { last } = await runToEnd({ source: body.stream, provider: 'openai-chat', maxBufferSize });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('size-limit');
    expect(last.error?.message).toBe(
      `Non-SSE lines between events exceeded ${maxBufferSize} characters (maxBufferSize).`,
    );
    expect(body.reads()).toBeLessThanOrEqual(1 + 4 + 2); // the event, 4 MB of lines, at most one more
    expect(body.cancelled()).toBe(true);
  });

  it('a 1,000-character limit on a 5,000-character event: size-limit', async () => {
    const body = countingBody(3, (i) =>
      i === 0 ? contentEvent('{"a":"') : i === 1 ? contentEvent('y'.repeat(5_000)) : 'data: [DONE]\n\n',
    );
    const { last } = await runToEnd({ source: body.stream, provider: 'openai-chat', maxBufferSize: 1_000 });
    expect(last.status).toBe('error');
    expect(last.error?.code).toBe('size-limit');
  });
});

type Kind = 'Response' | 'ReadableStream' | 'AsyncIterable' | 'factory' | 'URL';
const RUNS = Number(process.env.RIPEN_ABORT_RUNS ?? 1_000);
const kinds: Kind[] = ['Response', 'ReadableStream', 'AsyncIterable', 'factory', 'URL'];

/** An endless body of SSE events whose cancellation is recorded. */
function endlessSource(kind: Kind) {
  let cancelled = false;
  // Factories and URLs create their body only when called: nothing to cancel before that.
  let created = false;
  let fetchSignal: AbortSignal | undefined;
  let sent = 0;
  const chunk = () => encoder.encode(contentEvent(sent++ === 0 ? '[' : '1,'));
  // Each chunk arrives on a later macrotask, as from a network (a microtask-only body would starve timers).
  const later = () => new Promise((resolve) => setTimeout(resolve, 0));
  const readable = () =>
    new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        await later();
        controller.enqueue(chunk());
      },
      cancel: () => {
        cancelled = true;
      },
    });
  let source: unknown;
  let fetchImpl: typeof fetch | undefined;
  if (kind === 'Response') source = new Response(readable());
  else if (kind === 'ReadableStream') source = readable();
  else if (kind === 'AsyncIterable') {
    source = {
      [Symbol.asyncIterator]: () => ({
        next: () => later().then(() => ({ done: false, value: chunk() })),
        return: () => {
          cancelled = true;
          return Promise.resolve({ done: true, value: undefined });
        },
      }),
    };
  } else if (kind === 'factory')
    source = () => {
      created = true;
      return Promise.resolve(new Response(readable()));
    };
  else {
    source = 'https://llm.test/v1/chat';
    fetchImpl = ((_input: unknown, init?: RequestInit) => {
      created = true;
      fetchSignal = init?.signal ?? undefined;
      if (fetchSignal?.aborted) return Promise.reject(fetchSignal.reason);
      return Promise.resolve(new Response(readable()));
    }) as typeof fetch;
  }
  return {
    source,
    fetch: fetchImpl,
    // A request aborted before its response exists has no body to cancel: the fetch was aborted.
    settled: () =>
      cancelled ||
      ((kind === 'factory' || kind === 'URL') && !created) ||
      (kind === 'URL' && fetchSignal?.aborted === true),
    cancelled: () => cancelled,
  };
}

describe('start(); abort() cancels the body of every source kind, at any moment', () => {
  it(`${RUNS.toLocaleString('en')} seeded runs, 0 uncancelled`, async () => {
    const random = createSeededRandom(12);
    const uncancelled: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const kind = kinds[run % kinds.length] as Kind;
      const body = endlessSource(kind);
      const stream = createJsonStream({
        source: body.source as never,
        ...(body.fetch ? { fetch: body.fetch } : {}),
        provider: 'openai-chat',
        throttle: false,
        idleTimeout: false,
      });
      stream.start();
      // 0: abort right after start(); then after some microtasks; then after some macrotasks.
      const moment = Math.floor(random() * 3);
      const ticks = Math.floor(random() * 6);
      if (moment === 1) for (let tick = 0; tick < ticks; tick++) await Promise.resolve();
      if (moment === 2) for (let tick = 0; tick < ticks; tick++) await new Promise((resolve) => setTimeout(resolve, 0));
      stream.abort();
      const { status, error } = stream.getSnapshot();
      if (status !== 'aborted') uncancelled.push(`run ${run}: ${kind} ended ${status} ${error?.code} before abort()`);
      for (let tick = 0; tick < 3; tick++) await new Promise((resolve) => setTimeout(resolve, 0));
      if (!body.settled()) uncancelled.push(`run ${run}: ${kind}, moment ${moment}, ticks ${ticks}`);
    }
    expect(uncancelled).toEqual([]);
  });
});
