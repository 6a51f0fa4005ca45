// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSseParser } from '../../../src/core/sse/create-sse-parser.js';
import { createTextDecoder } from '../../../src/core/sse/decode-text.js';
import type { SseEvent } from '../../../src/core/sse/sse-event.js';

const lineText = fc.string({ unit: 'grapheme', maxLength: 12 }).map((text) => text.replace(/[\r\n\0]/g, '_'));
const eventArbitrary = fc.record({
  event: fc.option(
    lineText.filter((text) => text.length > 0 && !text.startsWith(' ')),
    { nil: undefined },
  ),
  id: fc.option(
    lineText.filter((text) => !text.startsWith(' ')),
    { nil: undefined },
  ),
  dataLines: fc.array(lineText, { minLength: 1, maxLength: 4 }),
  comment: fc.option(lineText, { nil: undefined }),
});

describe('SSE round trip (property)', () => {
  it('any events, written with any line ends and split at any bytes, parse back the same', () => {
    fc.assert(
      fc.property(
        fc.array(eventArbitrary, { maxLength: 8 }),
        fc.constantFrom('\n', '\r', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        (events, eol, bom, cuts) => {
          let text = bom ? '\ufeff' : '';
          for (const event of events) {
            if (event.comment !== undefined) text += `:${event.comment}${eol}`;
            if (event.event !== undefined) text += `event: ${event.event}${eol}`;
            if (event.id !== undefined) text += `id: ${event.id}${eol}`;
            for (const line of event.dataLines) text += `data: ${line}${eol}`;
            text += eol;
          }
          const bytes = new TextEncoder().encode(text);
          const positions = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks: Uint8Array[] = [];
          let previous = 0;
          for (const position of [...positions, bytes.length]) {
            chunks.push(bytes.subarray(previous, position));
            previous = position;
          }
          const parsed: SseEvent[] = [];
          const decoder = createTextDecoder();
          const parser = createSseParser({ onEvent: (event) => parsed.push(event) });
          for (const chunk of chunks) parser.push(decoder.push(chunk));
          parser.push(decoder.end());
          expect(parser.end()).toBeUndefined();
          let lastEventId: string | undefined;
          const expected = events.map((event) => {
            const result: SseEvent = { data: event.dataLines.join('\n') };
            if (event.event !== undefined) result.event = event.event;
            if (event.id !== undefined) {
              result.id = event.id;
              lastEventId = event.id;
            }
            if (lastEventId !== undefined) result.lastEventId = lastEventId;
            return result;
          });
          expect(parsed).toEqual(expected);
        },
      ),
      { numRuns: 500, seed: 20261130 },
    );
  });
});
