// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sniffFraming } from '../../../src/core/sse/create-frame-decoder.js';
import { createJsonSequenceSplitter } from '../../../src/core/sse/create-json-sequence-splitter.js';
import { createLineSplitter } from '../../../src/core/sse/create-line-splitter.js';
import { readSseEvents } from '../../../src/core/sse/read-sse-events.js';
import { SseTruncatedError } from '../../../src/core/sse/sse-truncated-error.js';
import { collect, createRandom, iterate, readFixtureText } from './fixture-helpers.js';

function split(text: string, random: () => number): string[] {
  const pieces: string[] = [];
  for (let offset = 0; offset < text.length; ) {
    const size = 1 + Math.floor(random() * 12);
    pieces.push(text.slice(offset, offset + size));
    offset += size;
  }
  return pieces;
}

describe('createJsonSequenceSplitter', () => {
  it('splits the Gemini JSON-array stream into its elements under any chunking', () => {
    const body = readFixtureText('sse/gemini/llm-gemini_gemini-flash-latest_dogs.json-array-stream.json');
    const whole = JSON.parse(body) as unknown[];
    const random = createRandom(3);
    for (let round = 0; round < 200; round++) {
      const values: unknown[] = [];
      const splitter = createJsonSequenceSplitter((text) => values.push(JSON.parse(text)));
      for (const piece of split(body, random)) splitter.push(piece);
      expect(splitter.end()).toBeUndefined();
      expect(splitter.closed()).toBe(true);
      expect(values).toEqual(whole);
    }
  });

  it('handles brackets inside strings, primitives, concatenated values and a cut element', () => {
    const values: string[] = [];
    const splitter = createJsonSequenceSplitter((text) => values.push(text));
    splitter.push('[ "a]\\"", 1, {"b":"}"}, [2] ]');
    expect(values).toEqual(['"a]\\""', '1', '{"b":"}"}', '[2]']);
    const concatenated: string[] = [];
    const second = createJsonSequenceSplitter((text) => concatenated.push(text));
    second.push('{"a":1}\n{"a":2}{"a"');
    expect(concatenated).toEqual(['{"a":1}', '{"a":2}']);
    expect(second.end()).toBe('{"a"');
  });
});

describe('createLineSplitter', () => {
  it('splits LF and CRLF lines, skips blank ones, returns an unterminated rest', () => {
    const lines: string[] = [];
    const splitter = createLineSplitter((line) => lines.push(line));
    for (const piece of ['0:"a"\r', '\n\n0:', '"b"\n2:[1]']) splitter.push(piece);
    expect(lines).toEqual(['0:"a"', '0:"b"']);
    expect(splitter.end()).toBe('2:[1]');
  });
});

describe('sniffFraming', () => {
  it('uses Content-Type first, then the first characters', () => {
    expect(sniffFraming('', 'text/event-stream; charset=utf-8', false)).toBe('sse');
    expect(sniffFraming('', 'application/x-ndjson', false)).toBe('lines');
    expect(sniffFraming('  [{"candidates"', undefined, false)).toBe('json-array');
    expect(sniffFraming(': keep-alive\n', undefined, false)).toBe('sse');
    expect(sniffFraming('event: x\n', undefined, false)).toBe('sse');
    expect(sniffFraming('0:"hello"\n', undefined, false)).toBe('lines');
    expect(sniffFraming('{"id":1}\n', undefined, false)).toBe('lines');
    expect(sniffFraming('Hello world', undefined, false)).toBe('text');
    expect(sniffFraming('da', undefined, false)).toBeUndefined();
    expect(sniffFraming('da', undefined, true)).toBe('text');
  });
});

describe('readSseEvents', () => {
  it('reports comments, retries, invalid lines; carries the sticky last event id', async () => {
    const comments: string[] = [];
    const retries: number[] = [];
    const invalid: string[] = [];
    const { items, error } = await collect(
      readSseEvents(iterate([': hi\nretry: 300\nid: 7\ndata: a\n\nbogus\ndata: b\n\nid: 8\0\ndata: c\n\n']), {
        onComment: (comment) => comments.push(comment),
        onRetry: (milliseconds) => retries.push(milliseconds),
        onInvalidField: (field) => invalid.push(field.line),
      }),
    );
    expect(error).toBeUndefined();
    expect(items).toEqual([
      { data: 'a', id: '7', lastEventId: '7', retry: 300 },
      { data: 'b', lastEventId: '7' },
      { data: 'c', lastEventId: '7' },
    ]);
    expect(comments).toEqual(['hi']);
    expect(retries).toEqual([300]);
    expect(invalid).toEqual(['bogus']);
  });

  it('a body that stops mid-event rejects with sse-truncated after the complete events', async () => {
    const { items, error } = await collect(readSseEvents(iterate(['data: one\n\nevent: x\ndata: {"par', 'tial'])));
    expect(items.map((event) => event.data)).toEqual(['one']);
    expect(error).toBeInstanceOf(SseTruncatedError);
    expect(error).toMatchObject({
      code: 'sse-truncated',
      pending: { data: '{"partial', event: 'x', partialLine: true },
    });
  });

  it('a trailing lone CR is a complete line end', async () => {
    const { items, error } = await collect(readSseEvents(iterate(['data: x\r\r'])));
    expect(error).toBeUndefined();
    expect(items.map((event) => event.data)).toEqual(['x']);
  });

  it('a body ending with comments or data-less fields is a clean end', async () => {
    const { items, error } = await collect(readSseEvents(iterate(['data: x\n\n: bye\nevent: y\n'])));
    expect(error).toBeUndefined();
    expect(items).toHaveLength(1);
  });
});

describe('size limits', () => {
  it('an event larger than maxBufferSize rejects with size-limit (SSE, JSON array, lines)', async () => {
    const big = 'x'.repeat(5000);
    const sse = await collect(
      readSseEvents(iterate(['data: ok\n\n', `data: ${big.slice(0, 2500)}`, big.slice(2500)]), { maxBufferSize: 1000 }),
    );
    expect(sse.items.map((event) => event.data)).toEqual(['ok']);
    expect(sse.error).toMatchObject({ code: 'size-limit' });
    expect(() => createJsonSequenceSplitter(() => undefined, 100).push(`[{"a":"${big}`)).toThrow(
      expect.objectContaining({ code: 'size-limit' }) as Error,
    );
    expect(() => createLineSplitter(() => undefined, 100).push(big)).toThrow(
      expect.objectContaining({ code: 'size-limit' }) as Error,
    );
    const lines: string[] = [];
    createLineSplitter((line) => lines.push(line), 100).push(`${'y'.repeat(90)}\n${'z'.repeat(90)}\n`);
    expect(lines).toHaveLength(2);
  });
});

describe('last event ID (WHATWG)', () => {
  it('is sticky, moves with id-only blocks, is reset by an empty id, ignores ids with NUL', async () => {
    const { createSseParser } = await import('../../../src/core/sse/create-sse-parser.js');
    const body = 'id: 1\n\ndata: a\n\nid: 2\ndata: b\n\nid: x\0y\n\ndata: c\n\nid\n\ndata: d\n\nid: 9\r\n\r'; // last block ends with CR
    const random = createRandom(99);
    for (let round = 0; round < 300; round++) {
      const seen: (string | undefined)[][] = [];
      const parser = createSseParser({ onEvent: (event) => seen.push([event.data, event.id, event.lastEventId]) });
      for (const piece of split(body, random)) parser.push(piece);
      expect(parser.end()).toBeUndefined();
      expect(seen).toEqual([
        ['a', undefined, '1'],
        ['b', '2', '2'],
        ['c', undefined, '2'],
        ['d', undefined, ''],
      ]);
      expect(parser.lastEventId()).toBe('9');
    }
  });

  it('matches the id-without-data vector: the id of a data-less block counts', async () => {
    const { items } = await collect(
      readSseEvents(iterate([readFixtureText('sse/protocol/eventsource-parser_id-without-data.sse')])),
    );
    expect(items).toEqual([{ data: 'hello', id: '42', lastEventId: '42' }]);
    const { items: second } = await collect(readSseEvents(iterate(['id: 7\n\n: comment\n\ndata: later\n\n'])));
    expect(second).toEqual([{ data: 'later', lastEventId: '7' }]);
  });
});
