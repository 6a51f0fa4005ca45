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

  // Chunks far from the limit are not counted in a separate pass: the parser counts the bytes of
  // the non-ASCII characters where it reads them. Every place that reads a character must count
  // it exactly once, or the limit moves: each document below puts non-ASCII text in one more such
  // place, and an ASCII tail keeps the parser far from the limit while it reads them.
  const tail = ' '.repeat(200);
  const everywhere: [string, string, 'strict' | 'tolerant'][] = [
    ['strings and keys (strict)', `{"clé": "été 中 😀", "b": ["ü", "𝄞"]}${tail}`, 'strict'],
    [
      'typographic quotes, unknown escapes, Unicode spaces',
      `{“clé”: ‘中’, "e": "\\é\\u00e9",\u00a0"s":\u3000"😀"}${tail}`,
      'tolerant',
    ],
    [
      'comments and prose around the value',
      `Voilà : {"a": 1, /* é 中 */ "b": 2, // ü\n "c": "x"}\nFin ✓ 😀${tail}`,
      'tolerant',
    ],
    ['think block and fence', `<think>réflexion 中</think>\n\`\`\`json é\n{"a": "é"}\n\`\`\`${tail}`, 'tolerant'],
    ['inner quote and a number read as a word', `{"a": "il dit "é" ok", "d": 2024-10-18é, "z": 1}${tail}`, 'tolerant'],
    ['double-encoded JSON', `{\\"a\\": \\"é中😀\\"}${tail}`, 'tolerant'],
    ['skipped bad value and junk key', `{"a": tru€, ü: 1, "b": [1, ½, 2]}${tail}`, 'tolerant'],
  ];
  for (const [name, text, mode] of everywhere) {
    const exact = encoder.encode(text).length;
    it(`counted where read: ${name} (${exact} bytes)`, () => {
      expect(exact).toBeGreaterThan(text.length);
      const unlimited = parsePartialJson(text, { mode });
      expect(unlimited.error).toBeUndefined();
      for (const size of [1, 2, 3, 5, 7, 64]) {
        const read = (maxBytes: number) => {
          const parser = createJsonParser({ maxBytes, mode });
          for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
          parser.end();
          return parser.snapshot();
        };
        const atLimit = read(exact);
        expect(atLimit.error, `chunks of ${size}`).toBeUndefined();
        expect(atLimit.value).toEqual(unlimited.value);
        expect(read(exact - 1).error?.code, `chunks of ${size}`).toBe('size-limit');
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
