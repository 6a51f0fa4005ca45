// @vitest-environment node
// maxBytes counts UTF-8 bytes (é 2, 中 3, 😀 4), whatever the chunking; the cut keeps whole code points.
import { describe, expect, it } from 'vitest';
import { createJsonParser, parsePartialJson } from '../../../src/core/json/index.js';

const encoder = new TextEncoder();

/** Pushes `text` in chunks of `size` code units (splitting surrogate pairs too) and ends. */
function parseChunked(text: string, size: number, maxBytes: number) {
  const parser = createJsonParser({ maxBytes });
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  parser.end();
  return parser.snapshot();
}

describe('maxBytes counts UTF-8 bytes', () => {
  const documents: [string, string][] = [
    ['é (2 bytes)', '{"a":"ééééé"}'],
    ['中 (3 bytes)', '{"a":"中中中中中"}'],
    ['😀 (4 bytes, a surrogate pair)', '{"a":"😀😀😀😀😀"}'],
    ['mixed', '["aé中😀", "𝄞x"]'],
  ];
  for (const [name, text] of documents) {
    const exact = encoder.encode(text).length;
    it(`${name}: ${exact} bytes pass at maxBytes ${exact} and fail at ${exact - 1}, in any chunking`, () => {
      expect(exact).toBeGreaterThan(text.length); // the bound is not a character count
      for (const size of [1, 2, 3, 7, text.length]) {
        const atLimit = parseChunked(text, size, exact);
        expect(atLimit.error).toBeUndefined();
        expect(atLimit.value).toEqual(JSON.parse(text));
        const over = parseChunked(text, size, exact - 1);
        expect(over.error?.code).toBe('size-limit');
        expect(over.error?.message).toContain(`maxBytes (${exact - 1} UTF-8 bytes)`);
      }
    });
  }

  it('the cut keeps whole code points: the prefix read is the longest one that fits', () => {
    // {"a":" is 6 bytes; each 中 is 3: 13 bytes hold two of them and one byte of the third
    const three = parsePartialJson('{"a":"中中中"}', { maxBytes: 13 });
    expect(three.error?.code).toBe('size-limit');
    expect(three.error?.offset).toBe(8); // characters read: {"a":"中中
    expect(three.value).toEqual({ a: '中中' });
    // 😀 is 4 bytes: 9 bytes hold {"a":" and no half of the pair
    const emoji = parsePartialJson('{"a":"😀😀"}', { maxBytes: 9 });
    expect(emoji.value).toEqual({ a: '' });
    const oneEmoji = parsePartialJson('{"a":"😀😀"}', { maxBytes: 10 });
    expect(oneEmoji.value).toEqual({ a: '😀' });
    expect(oneEmoji.error?.offset).toBe(8);
  });

  it('a surrogate pair split across pushes counts 4 bytes', () => {
    const parser = createJsonParser({ maxBytes: 4 + 2 });
    parser.push('"\ud83d');
    parser.push('\ude00"');
    parser.end();
    expect(parser.error).toBeUndefined();
    expect(parser.snapshot().value).toBe('😀');
    const tight = createJsonParser({ maxBytes: 5 });
    tight.push('"\ud83d');
    tight.push('\ude00"');
    expect(tight.error?.code).toBe('size-limit');
  });

  it('ASCII counts one byte a character (the default is 64 MiB)', () => {
    expect(parsePartialJson('[1,2,3]', { maxBytes: 7, complete: true }).error).toBeUndefined();
    expect(parsePartialJson('[1,2,3]', { maxBytes: 6, complete: true }).error?.code).toBe('size-limit');
  });
});
