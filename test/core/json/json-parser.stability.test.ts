// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createJsonParser, parsePartialJson, type JsonValue } from '../../../src/core/json/index.js';
import { chunksOf, deepEqualJson, streamChunks, valueAt } from './helpers/stream-checker.js';

/** The four stability bugs of issue 13, found by the peer suites. Each failed before its fix. */

/** Every distinct value shown while `text` streams one character at a time, then at `end()`. */
function valuesShown(text: string, options: { partialNumbers?: boolean } = {}): (JsonValue | undefined)[] {
  const parser = createJsonParser(options);
  const shown: (JsonValue | undefined)[] = [];
  let previous: JsonValue | undefined;
  for (const character of text) {
    parser.push(character);
    const value = parser.snapshot().value;
    if (value !== previous) shown.push(value);
    previous = value;
  }
  parser.end();
  const value = parser.snapshot().value;
  if (value !== previous) shown.push(value);
  return shown;
}

describe('bug 1: a number followed by other characters is never a complete wrong number', () => {
  // Choice (documented on createJsonParser): tolerant mode reads the whole token as a string, as
  // jsonrepair does, with a `number-as-string` warning; strict mode fails with invalid-number.
  const cases: [string, JsonValue, string][] = [
    ['{"date":2024-10-18T18:35:22.229Z}', { date: '2024-10-18T18:35:22.229Z' }, '/date'],
    ['[0.0.1,2]', ['0.0.1', 2], '/0'],
    ['{"v":1.2.3}', { v: '1.2.3' }, '/v'],
    ['{"id":123abc}', { id: '123abc' }, '/id'],
    ['{"id":123abc, "n": 4}', { id: '123abc', n: 4 }, '/id'],
  ];
  for (const [input, expected, pointer] of cases) {
    it(`${input} → the whole token as a string`, () => {
      const snapshot = parsePartialJson(input, { complete: true });
      expect(snapshot.value).toEqual(expected);
      expect(snapshot.error).toBeUndefined();
      expect(snapshot.warnings.map((warning) => warning.kind)).toContain('number-as-string');
      for (let size = 1; size <= 6; size++) {
        const run = streamChunks(chunksOf(input, size));
        expect(run.problems).toEqual([]);
        expect(run.final.value).toEqual(expected);
      }
      // no snapshot ever shows the number prefix (2024, 0, 1.2, 123)
      for (const value of valuesShown(input)) expect(typeof valueAt(value, pointer)).not.toBe('number');
    });
  }

  it('the member is complete only once the token ends, and never as a number', () => {
    const parser = createJsonParser();
    parser.push('{"date":2024-10');
    expect(parser.statusAt('/date')).toBe('streaming');
    expect(parser.snapshot().value).toEqual({});
    parser.push('-18}');
    expect(parser.statusAt('/date')).toBe('complete');
    expect(parser.snapshot().value).toEqual({ date: '2024-10-18' });
  });

  it('strict mode: invalid-number at the member', () => {
    const snapshot = parsePartialJson('{"v":1.2.3}', { mode: 'strict', complete: true });
    expect(snapshot.error?.code).toBe('invalid-number');
    expect(snapshot.error?.pointer).toBe('/v');
    expect(snapshot.value).toEqual({});
  });

  it('with partialNumbers the shown prefix is withdrawn and the member is invalid (documented)', () => {
    const snapshot = parsePartialJson('{"v":1.2.3,"w":2}', { partialNumbers: true, complete: true });
    expect(snapshot.value).toEqual({ w: 2 });
    expect(snapshot.errors.map((error) => `${error.code}@${error.pointer}`)).toEqual(['invalid-number@/v']);
  });
});

describe('bug 2: text ending right after a top-level [ or {', () => {
  it('[ alone → [] and truncated', () => {
    const snapshot = parsePartialJson('[', { complete: true });
    expect(snapshot.value).toEqual([]);
    expect(snapshot.error?.code).toBe('truncated');
  });

  it('{ alone → {} and truncated', () => {
    const snapshot = parsePartialJson('{', { complete: true });
    expect(snapshot.value).toEqual({});
    expect(snapshot.error?.code).toBe('truncated');
  });

  it('{"a":1}\\n[ does not end done silently', () => {
    const snapshot = parsePartialJson('{"a":1}\n[', { complete: true });
    expect(snapshot.value).toEqual({ a: 1 });
    expect(snapshot.values).toEqual([{ a: 1 }, []]);
    expect(snapshot.error?.code).toBe('truncated');
    expect(snapshot.warnings.map((warning) => warning.kind)).toEqual(['multiple-values']);
  });

  it('after prose, a last [ is still prose', () => {
    const snapshot = parsePartialJson('see [', { complete: true });
    expect(snapshot.value).toBeUndefined();
    expect(snapshot.error?.code).toBe('unexpected-end');
  });
});

describe('bug 3: a { or [ rejected by the prose check is prose, and what follows is not a value', () => {
  const cases: [string, JsonValue[], string][] = [
    ['{0', [], 'unexpected-end'],
    ['{1\n', [], 'unexpected-end'],
    ['[Note 2\n', [], 'unexpected-end'],
  ];
  for (const [input, values, error] of cases) {
    it(JSON.stringify(input), () => {
      const snapshot = parsePartialJson(input, { complete: true });
      expect(snapshot.value).toBeUndefined();
      expect(snapshot.values).toEqual(values);
      expect(snapshot.error?.code).toBe(error);
      expect(snapshot.warnings.map((warning) => warning.kind)).toEqual(['prose']);
    });
  }

  it('{"a":1}\\n{2\\n → one value and a prose warning', () => {
    const snapshot = parsePartialJson('{"a":1}\n{2\n', { complete: true });
    expect(snapshot.values).toEqual([{ a: 1 }]);
    expect(snapshot.error).toBeUndefined();
    expect(snapshot.warnings).toEqual([{ kind: 'prose', offset: 8 }]);
  });
});

describe('bug 4: with partialNumbers a shown number never disappears', () => {
  it('{"a":[1.5e+3]} one character at a time keeps the last valid prefix', () => {
    expect(valuesShown('{"a":[1.5e+3]}', { partialNumbers: true })).toEqual([
      {},
      { a: [] },
      { a: [1] },
      { a: [1.5] },
      { a: [1500] },
    ]);
  });

  it('{"a":2. shows {a: 2}; -1.25e shows -1.25', () => {
    expect(parsePartialJson('{"a":2.', { partialNumbers: true }).value).toEqual({ a: 2 });
    expect(parsePartialJson('[-1.25e', { partialNumbers: true }).value).toEqual([-1.25]);
    expect(parsePartialJson('[-1.25e-', { partialNumbers: true }).value).toEqual([-1.25]);
    expect(parsePartialJson('[-', { partialNumbers: true }).value).toEqual([]);
  });

  it('what can still be withdrawn: a leading zero ([05) and a number cut at . or e at end()', () => {
    const parser = createJsonParser({ partialNumbers: true });
    parser.push('[0');
    expect(parser.snapshot().value).toEqual([0]);
    parser.push('5');
    expect(parser.snapshot().value).toEqual([]);
    expect(parser.snapshot().errors.map((error) => error.code)).toEqual(['invalid-number']);
    const cut = parsePartialJson('[2.', { partialNumbers: true, complete: true });
    expect(cut.value).toEqual([]);
    expect(cut.error?.code).toBe('truncated');
  });

  it('streaming invariants hold with partialNumbers (numbers may grow, never vanish)', () => {
    for (const input of ['{"a":[1.5e+3, -0.25, 7e-2]}', '[1,22,333.5]', '{"x":{"y":-12.5E+10}}']) {
      for (let size = 1; size <= 4; size++) {
        const run = streamChunks(chunksOf(input, size), { partialNumbers: true });
        expect(run.problems, `${input} / ${size}`).toEqual([]);
        expect(deepEqualJson(run.final.value, JSON.parse(input) as JsonValue)).toBe(true);
      }
    }
  });
});
