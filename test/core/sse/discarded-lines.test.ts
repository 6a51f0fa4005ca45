// @vitest-environment node
// Lines WHATWG processing ignores (comments nobody listens to, unknown fields) never count toward
// maxBufferSize, as in eventsource-parser 4; every buffer stays bounded.
import { describe, expect, it } from 'vitest';
import { RipenError } from '../../../src/core/errors/ripen-error.js';
import { createSseParser } from '../../../src/core/sse/create-sse-parser.js';
import { readSseEvents } from '../../../src/core/sse/read-sse-events.js';
import type { SseEvent, SseInvalidField } from '../../../src/core/sse/sse-event.js';

async function* chunks(list: string[]): AsyncGenerator<string> {
  for (const chunk of list) yield chunk;
}

async function read(list: string[], options: Parameters<typeof readSseEvents>[1]) {
  const events: SseEvent[] = [];
  let failure: unknown;
  try {
    for await (const event of readSseEvents(chunks(list), options)) events.push(event);
  } catch (error) {
    failure = error;
  }
  return { events, code: failure instanceof RipenError ? failure.code : failure };
}

describe('ignored lines do not count toward maxBufferSize', () => {
  it('a 1 MB comment with no onComment and a 1 MB unknown field, in 1 KB chunks, under a 64-character bound', async () => {
    const kilobyte = 'x'.repeat(1024);
    const body = [': ', ...Array(1024).fill(kilobyte), '\r\n', 'note: ', ...Array(1024).fill(kilobyte), '\n'];
    const { events, code } = await read([...body, 'data: ok\n\n'], { maxBufferSize: 64 });
    expect(code).toBeUndefined();
    expect(events.map((event) => event.data)).toEqual(['ok']);
  });

  it('a short unknown field is still reported; a discarded long one is not', async () => {
    const invalid: SseInvalidField[] = [];
    const { events } = await read(['foo: bar\n', `datax: ${'y'.repeat(100)}`, '\ndata: 1\n\n'], {
      maxBufferSize: 32,
      onInvalidField: (field) => invalid.push(field),
    });
    expect(events.map((event) => event.data)).toEqual(['1']);
    expect(invalid.map((field) => field.line)).toEqual(['foo: bar']);
  });

  it('a comment is still bounded when onComment listens', async () => {
    const comments: string[] = [];
    const { code } = await read([':', 'z'.repeat(100), '\n'], {
      maxBufferSize: 32,
      onComment: (comment) => comments.push(comment),
    });
    expect(code).toBe('size-limit');
    expect(comments).toEqual([]);
  });

  it('a dropped line takes its CRLF with it, also split across pushes: no blank line appears', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser({ onEvent: (event) => events.push(event), maxBufferSize: 16 });
    for (const chunk of ['data: a\r\n', ': keep-alive\r', '\n', 'data: b\r\n', '\r\n']) parser.push(chunk);
    expect(parser.end()).toBeUndefined();
    expect(events.map((event) => event.data)).toEqual(['a\nb']); // one event: no blank line after the comment
  });

  it('a field name split across pushes still parses (da + ta)', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser({ onEvent: (event) => events.push(event), maxBufferSize: 16 });
    for (const chunk of ['i', 'd: 7\nda', 'ta: x', '\n\n']) parser.push(chunk);
    parser.end();
    expect(events).toEqual([{ data: 'x', id: '7', lastEventId: '7' }]);
  });

  it('a valid field line is bounded as before', async () => {
    const { code } = await read(['data: ', 'w'.repeat(100)], { maxBufferSize: 32 });
    expect(code).toBe('size-limit');
  });
});
