// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createJsonParser, type JsonValue } from '../../../src/core/json/index.js';
import { chunksOf } from './helpers/stream-checker.js';

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const hex4 = (code: number): string => code.toString(16).padStart(4, '0');

/**
 * Stream `text` (an array of strings) at `size`, checking after every chunk that each visible
 * string is a prefix of its final value that never ends with half a surrogate pair and never
 * shows part of an escape; then the final value.
 */
function checkStrings(text: string, expected: string[], size: number, mode: 'strict' | 'tolerant'): void {
  const parser = createJsonParser({ mode });
  for (const chunk of chunksOf(text, size)) {
    parser.push(chunk);
    const value = parser.snapshot().value as string[] | undefined;
    if (value === undefined) continue;
    // only the last (open) string can be partial; earlier ones are complete and identical
    const last = value.length - 1;
    if (last < 0) continue;
    const shown = value[last] as string;
    const target = expected[last] as string;
    if (shown !== target) {
      if (!target.startsWith(shown))
        throw new Error(`index ${last}: ${JSON.stringify(shown)} is not a prefix of ${JSON.stringify(target)}`);
      if (shown.length > 0 && isHigh(shown.charCodeAt(shown.length - 1)))
        throw new Error(`index ${last}: lone high surrogate visible`);
    }
    if (last > 0 && value[last - 1] !== expected[last - 1])
      throw new Error(`index ${last - 1}: complete string differs`);
  }
  parser.end();
  const final = parser.snapshot();
  expect(final.error).toBeUndefined();
  expect(final.value as JsonValue).toEqual(expected);
}

describe('every BMP code point, literal and \\u-escaped, split at every position', () => {
  // 16 tests of 4,096 code points, each streamed as documents of 128 strings (short arrays keep
  // the per-chunk snapshot cheap) at chunk size 1 (every split position) and a few others.
  const batch = 4096;
  const perDocument = 128;
  for (let first = 0; first < 0x10000; first += batch) {
    it(`U+${hex4(first)}..U+${hex4(first + batch - 1)}`, () => {
      for (let start = first; start < first + batch; start += perDocument) {
        const expected: string[] = [];
        let literal = '[';
        let escaped = '[';
        let upperEscaped = '[';
        for (let code = start; code < start + perDocument; code++) {
          const character = String.fromCharCode(code);
          expected.push(character);
          const separator = code === start ? '' : ',';
          // literal: the raw character (raw lone surrogates too), except what JSON must escape
          literal +=
            separator + (code < 0x20 || code === 0x22 || code === 0x5c ? JSON.stringify(character) : `"${character}"`);
          escaped += `${separator}"\\u${hex4(code)}"`;
          upperEscaped += `${separator}"\\u${hex4(code).toUpperCase()}"`;
        }
        literal += ']';
        escaped += ']';
        upperEscaped += ']';
        expect(JSON.parse(literal)).toEqual(expected);
        expect(JSON.parse(escaped)).toEqual(expected);
        for (const mode of ['strict', 'tolerant'] as const) {
          checkStrings(literal, expected, 1, mode);
          checkStrings(escaped, expected, 1, mode);
          checkStrings(upperEscaped, expected, 3, mode);
        }
        checkStrings(escaped, expected, 5, 'strict');
      }
    });
  }

  it('astral characters: surrogate pairs split between chunks, literal and escaped', () => {
    const codes: number[] = [];
    for (let code = 0x10000; code <= 0x10ffff; code += 97) codes.push(code);
    for (let start = 0; start < codes.length; start += 128) {
      const expected: string[] = [];
      let literal = '[';
      let escaped = '[';
      for (const code of codes.slice(start, start + 128)) {
        const character = String.fromCodePoint(code);
        // one pair per string, plus a pair inside text so the split falls mid-string
        const value = `a${character}b${character}`;
        const separator = expected.length === 0 ? '' : ',';
        expected.push(value);
        literal += `${separator}"${value}"`;
        const pair = `\\u${hex4(character.charCodeAt(0))}\\u${hex4(character.charCodeAt(1))}`;
        escaped += `${separator}"a${pair}b${pair}"`;
      }
      literal += ']';
      escaped += ']';
      expect(JSON.parse(escaped)).toEqual(expected);
      for (const size of [1, 2, 3, 7]) {
        checkStrings(literal, expected, size, 'strict');
        checkStrings(escaped, expected, size, 'tolerant');
      }
    }
  });
});
