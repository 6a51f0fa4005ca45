// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSseParser } from '../../../src/core/sse/create-sse-parser.js';
import type { SsePendingEvent } from '../../../src/core/sse/create-sse-parser.js';
import { createTextDecoder } from '../../../src/core/sse/decode-text.js';
import { readSseEvents } from '../../../src/core/sse/read-sse-events.js';
import { SseTruncatedError } from '../../../src/core/sse/sse-truncated-error.js';
import { collect, createRandom, iterate, randomChunks, readFixtureBytes, readFixtureText } from './fixture-helpers.js';

interface Vector {
  name: string;
  files: string[];
}
interface Expected {
  events: { event: string | null; data: string; id: string | null }[];
  retries: number[];
  commentCount: number;
  parserErrors: string[];
}
interface Outcome {
  events: { event: string | null; data: string; id: string | null }[];
  retries: number[];
  commentCount: number;
  parserErrors: string[];
  pending: SsePendingEvent | undefined;
}

const vectors = (JSON.parse(readFixtureText('index.json')) as { protocol: Vector[] }).protocol;

/** Vectors whose body ends inside an event (data lines without the closing blank line). */
const TRUNCATED: Record<string, string> = {
  'wpt_format-data-before-final-empty-line': 'test2',
  // ends with `data:5` and no line end at all
  'eventsource-parser_comments-mixed-cr-nul': '5',
};

/** The same path as `readSseEvents`, synchronously (so every split can be tried quickly). */
function parseChunks(chunks: readonly (Uint8Array | string)[]): Outcome {
  const outcome: Outcome = { events: [], retries: [], commentCount: 0, parserErrors: [], pending: undefined };
  const decoder = createTextDecoder();
  const parser = createSseParser({
    onEvent: (event) => outcome.events.push({ event: event.event ?? null, data: event.data, id: event.id ?? null }),
    onRetry: (milliseconds) => outcome.retries.push(milliseconds),
    onComment: () => outcome.commentCount++,
    onInvalidField: (field) => outcome.parserErrors.push(field.message),
  });
  for (const chunk of chunks) parser.push(decoder.push(chunk));
  parser.push(decoder.end());
  outcome.pending = parser.end();
  return outcome;
}

describe.each(vectors.map((vector) => [vector.name, vector] as const))('protocol vector %s', (name, vector) => {
  const sseFile = vector.files.find((file) => file.endsWith('.sse')) as string;
  const bytes = readFixtureBytes(sseFile);
  const expected = JSON.parse(readFixtureText(sseFile.replace(/\.sse$/, '.expected.json'))) as Expected;
  const chunksFile = vector.files.find((file) => file.endsWith('.chunks.json'));

  const check = (outcome: Outcome): void => {
    expect(outcome.events).toEqual(expected.events);
    expect(outcome.retries).toEqual(expected.retries);
    expect(outcome.commentCount).toBe(expected.commentCount);
    expect(outcome.parserErrors).toEqual(expected.parserErrors);
    const truncated = TRUNCATED[name];
    if (truncated === undefined) expect(outcome.pending).toBeUndefined();
    else expect(outcome.pending?.data).toBe(truncated);
  };

  it('parses the whole body as expected (events, retries, comments, errors, truncation)', () => {
    check(parseChunks([bytes]));
  });

  if (chunksFile) {
    it('parses the original chunk boundaries (strings)', () => {
      check(parseChunks(JSON.parse(readFixtureText(chunksFile)) as string[]));
    });
  }

  if (bytes.length < 200) {
    it(`gives the same result under every 2-way and 3-way byte split (${bytes.length} bytes)`, () => {
      let runs = 0;
      for (let first = 1; first < bytes.length; first++) {
        check(parseChunks([bytes.subarray(0, first), bytes.subarray(first)]));
        runs++;
        for (let second = first + 1; second < bytes.length; second++) {
          check(parseChunks([bytes.subarray(0, first), bytes.subarray(first, second), bytes.subarray(second)]));
          runs++;
        }
      }
      expect(runs).toBe(((bytes.length - 1) * bytes.length) / 2);
    });
  } else {
    it(`gives the same result under 1,000 seeded random chunkings (${bytes.length} bytes)`, () => {
      const random = createRandom(bytes.length);
      // Piece sizes from 1 byte up to ~600 bytes: every round splits many multi-byte characters.
      for (let round = 0; round < 1000; round++)
        check(parseChunks(randomChunks(bytes, random, 1 + ((round * 37) % 600))));
    });
  }

  it('gives the same events through readSseEvents (async, byte chunks)', async () => {
    const random = createRandom(31 + bytes.length);
    for (let round = 0; round < 5; round++) {
      const { items, error } = await collect(readSseEvents(iterate(randomChunks(bytes, random, 9))));
      expect(items.map((event) => ({ event: event.event ?? null, data: event.data, id: event.id ?? null }))).toEqual(
        expected.events,
      );
      if (TRUNCATED[name] === undefined) expect(error).toBeUndefined();
      else {
        expect(error).toBeInstanceOf(SseTruncatedError);
        expect((error as SseTruncatedError).pending.data).toBe(TRUNCATED[name]);
      }
    }
  });
});

describe('UTF-8 decoding', () => {
  it('never produces U+FFFD for valid multi-byte input, whatever the split', () => {
    const text = 'data: Blåbær 😶‍🌫️ 確かに ب 👩🏽‍❤️‍💋‍👩🏿\n\n';
    const bytes = new TextEncoder().encode(text);
    for (let first = 1; first < bytes.length; first++) {
      for (let second = first + 1; second < bytes.length; second++) {
        const outcome = parseChunks([bytes.subarray(0, first), bytes.subarray(first, second), bytes.subarray(second)]);
        expect(outcome.events).toEqual([{ event: null, data: text.slice(6, -2), id: null }]);
      }
    }
  });

  it('reports invalid bytes as U+FFFD (replacement mode), not as an exception', () => {
    const outcome = parseChunks([new Uint8Array([0x64, 0x61, 0x74, 0x61, 0x3a, 0xff, 0x0a, 0x0a])]);
    expect(outcome.events).toEqual([{ event: null, data: '\ufffd', id: null }]);
  });

  it('removes one leading BOM, split across chunks, and keeps a second one', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...new TextEncoder().encode('data: x\n\n')]);
    const outcome = parseChunks([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)]);
    expect(outcome.events).toEqual([]);
    expect(outcome.parserErrors).toEqual(['Unknown field "\ufeffdata"']);
  });
});
