// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSseEvents } from '../../../src/core/sse/read-sse-events.js';
import type { SseEvent, SseInvalidField } from '../../../src/core/sse/sse-event.js';
import { RipenError } from '../../../src/core/errors/ripen-error.js';
import { sharedPath } from '../../../scripts/shared-folder.mjs';

/**
 * eventsource-parser's and the web-platform-tests' event-stream cases (../shared/peer-suites/sse.json,
 * read in place; format in its SOURCES.md) through `readSseEvents`: the events, `retry` values,
 * invalid fields and comments they expect, and how the stream ends.
 */

type Packed = string | { ch: string; n: number };
type Chunk = string | { c: string; rep: number } | { pack: Packed[] };
interface Expected {
  events: Record<string, unknown>[];
  exactCount?: boolean;
  retries?: number[];
  invalid?: { type: string; line: string }[];
  comments?: string[];
  end?: 'any' | 'clean' | 'size-limit' | 'not-size-limit';
  hugeLength?: number;
}
interface SseCase {
  source: string;
  test: string;
  chunks?: Chunk[];
  bytes?: number[];
  maxBufferSize?: number;
  noComments?: boolean;
  expect: Expected;
}

const suite = JSON.parse(readFileSync(sharedPath('peer-suites', 'sse.json'), 'utf8')) as {
  eventsourceParser: SseCase[];
  wpt: SseCase[];
};

function expandChunks(testCase: SseCase): (string | Uint8Array)[] {
  if (testCase.bytes !== undefined) return [new Uint8Array(testCase.bytes)];
  const chunks: string[] = [];
  for (const chunk of testCase.chunks ?? []) {
    if (typeof chunk === 'string') chunks.push(chunk);
    else if ('rep' in chunk) for (let index = 0; index < chunk.rep; index++) chunks.push(chunk.c);
    else chunks.push(chunk.pack.map((part) => (typeof part === 'string' ? part : part.ch.repeat(part.n))).join(''));
  }
  return chunks;
}

async function* source(chunks: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

/** Whether an event matches the expected fields (`{"$":"undefined"}`: absent; `{"$re":…}`: pattern). */
function matches(event: SseEvent | undefined, expected: Record<string, unknown>): boolean {
  if (event === undefined) return false;
  for (const [key, want] of Object.entries(expected)) {
    const got = (event as unknown as Record<string, unknown>)[key];
    if (want !== null && typeof want === 'object') {
      const tagged = want as { $?: string; $re?: string };
      if (tagged.$ === 'undefined') {
        if (got !== undefined) return false;
        continue;
      }
      if (tagged.$re !== undefined) {
        if (typeof got !== 'string' || !new RegExp(tagged.$re).test(got)) return false;
        continue;
      }
    }
    if (got !== want) return false;
  }
  return true;
}

const cases = [...suite.eventsourceParser, ...suite.wpt];

/** Cases ripen does not match yet, listed with their reason in the one list of peer differences. */
const gaps = new Map(
  (
    JSON.parse(readFileSync(new URL('../json/peer-suites/peer-differences.json', import.meta.url), 'utf8')) as {
      sse: { suite: string; test: string; ripen: string }[];
    }
  ).sse.map((gap) => [`${gap.suite}: ${gap.test}`, gap.ripen]),
);

describe('peer suites: eventsource-parser and WPT event streams through readSseEvents', () => {
  it('holds the cases SOURCES.md describes; every listed gap is one of them', () => {
    for (const name of gaps.keys())
      expect(cases.some((testCase) => `${testCase.source}: ${testCase.test}` === name)).toBe(true);
    expect(suite.eventsourceParser.length).toBeGreaterThanOrEqual(50);
    expect(suite.wpt.length).toBeGreaterThanOrEqual(20);
  });

  for (const testCase of cases) {
    it(`${testCase.source}: ${testCase.test}`, async () => {
      const events: SseEvent[] = [];
      const retries: number[] = [];
      const invalid: SseInvalidField[] = [];
      const comments: string[] = [];
      let failure: unknown;
      try {
        const options = {
          onRetry: (milliseconds: number) => retries.push(milliseconds),
          onInvalidField: (field: SseInvalidField) => invalid.push(field),
          ...(testCase.noComments === true ? {} : { onComment: (comment: string) => comments.push(comment) }),
          ...(testCase.maxBufferSize === undefined ? {} : { maxBufferSize: testCase.maxBufferSize }),
        };
        for await (const event of readSseEvents(source(expandChunks(testCase)), options)) events.push(event);
      } catch (error) {
        failure = error;
      }
      const want = testCase.expect;
      const code = failure instanceof RipenError ? failure.code : failure === undefined ? undefined : 'other';
      const gap = gaps.get(`${testCase.source}: ${testCase.test}`);
      if (gap !== undefined) {
        // listed in peer-differences.json: still ends this way (remove the entry once it is fixed)
        expect(code).toBe(gap);
        return;
      }
      if (want.hugeLength !== undefined) {
        expect(events.some((event) => event.data.length === want.hugeLength)).toBe(true);
      } else {
        if (want.exactCount === true) expect(events.length).toBe(want.events.length);
        want.events.forEach((expected, index) =>
          expect(matches(events[index], expected), `event ${index}: ${JSON.stringify(events[index])}`).toBe(true),
        );
      }
      if (want.retries !== undefined) expect(retries).toEqual(want.retries);
      if (want.invalid !== undefined)
        expect(invalid.map(({ type, line }) => ({ type, line }))).toEqual(
          want.invalid.map(({ type, line }) => ({ type, line })),
        );
      if (want.comments !== undefined) expect(comments).toEqual(want.comments);
      switch (want.end) {
        case 'size-limit':
          expect(code).toBe('size-limit');
          break;
        case 'not-size-limit':
          expect(code).not.toBe('size-limit');
          break;
        case 'any':
          expect(code === undefined || code === 'sse-truncated').toBe(true);
          break;
        default:
          expect(code).toBeUndefined();
      }
    });
  }
});
