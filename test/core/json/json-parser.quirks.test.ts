// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createJsonParser, parsePartialJson, type JsonValue, type RepairKind } from '../../../src/core/json/index.js';
import { deepEqualJson, streamChunks, chunksOf } from './helpers/stream-checker.js';

interface Quirk {
  name: string;
  input: string;
  /** Expected value after `end()` (tolerant mode unless `mode` says otherwise). */
  value: JsonValue | undefined;
  warnings?: RepairKind[];
  /** Local errors: `code@pointer`. */
  errors?: string[];
  /** Fatal error code after end(). */
  error?: string;
  values?: JsonValue[];
}

const quirks: Quirk[] = [
  {
    name: 'bad element inside an array is skipped, the rest is read',
    input: '{"v":[1, .5, 2],"k":"ok"}',
    value: { v: [1, 2], k: 'ok' },
    warnings: ['skipped-invalid-value'],
    errors: ['invalid-number@/v/1'],
  },
  {
    name: 'bad member value: the key never appears',
    input: '{"a": 01, "b": true}',
    value: { b: true },
    warnings: ['skipped-invalid-value'],
    errors: ['invalid-number@/a'],
  },
  {
    name: 'unknown word in an array',
    input: '[1, nothing, {"x": [2]}, 3]',
    value: [1, { x: [2] }, 3],
    warnings: ['skipped-invalid-value'],
    errors: ['unexpected-token@/1'],
  },
  {
    name: 'undefined is read as null',
    input: '[1, undefined, {"x": undefined}]',
    value: [1, null, { x: null }],
    warnings: ['undefined-value', 'undefined-value'],
  },
  {
    name: 'invalid escape kept as the two characters',
    input: '{"re":"\\d+"}',
    value: { re: '\\d+' },
    warnings: ['invalid-escape'],
  },
  {
    name: 'escaped single quote in a double-quoted string',
    input: '{"s":"it\\\'s"}',
    value: { s: "it's" },
    warnings: ['invalid-escape'],
  },
  { name: 'bad \\u escape kept as text', input: '["\\u12G4"]', value: ['\\u12G4'], warnings: ['invalid-escape'] },
  {
    name: 'raw newline and tab in a string',
    input: '{"a":"line 1\nline\t2"}',
    value: { a: 'line 1\nline\t2' },
    warnings: ['control-character'],
  },
  {
    name: 'fenced block with a sentence after it',
    input: '```json\n{"a": 1}\n```\nLet me know if you need more.',
    value: { a: 1 },
    warnings: ['code-fence', 'code-fence', 'prose'],
  },
  {
    name: 'fence without a language tag',
    input: '```\n[1, 2]\n```',
    value: [1, 2],
    warnings: ['code-fence', 'code-fence'],
  },
  {
    name: 'prose before and after',
    input: 'Here is the JSON you asked for:\n\n{"ok": true}\n\nHope this helps!',
    value: { ok: true },
    warnings: ['prose', 'prose'],
  },
  {
    name: 'prose that starts with a number is not a value',
    input: '2 options below: {"n": 2}',
    value: { n: 2 },
    warnings: ['prose'],
  },
  {
    name: 'prose with brackets that are not JSON',
    input: 'See [note 1] and {this} first. {"a": [1]}',
    value: { a: [1] },
    warnings: ['prose'],
  },
  {
    name: 'a bracketed capitalised note first is prose',
    input: '[Note] the data:\n[{"a": 1}]',
    value: [{ a: 1 }],
    warnings: ['prose'],
  },
  {
    name: '<think> preamble (braces inside are ignored)',
    input: '<think>The user wants {"x": 1}? Let me think.</think>\n{"answer": 42}',
    value: { answer: 42 },
    warnings: ['think-block'],
  },
  { name: '<thinking> preamble', input: '<thinking>hmm</thinking>{"a":1}', value: { a: 1 }, warnings: ['think-block'] },
  {
    name: 'Python literals',
    input: '{"a": True, "b": False, "c": None}',
    value: { a: true, b: false, c: null },
    warnings: ['python-literal', 'python-literal', 'python-literal'],
  },
  {
    name: 'NaN and infinities become null',
    input: '{"v": [NaN, Infinity, -Infinity, 1]}',
    value: { v: [null, null, null, 1] },
    warnings: ['non-finite-number', 'non-finite-number', 'non-finite-number'],
  },
  {
    name: 'trailing commas',
    input: '{"a": [1, 2,], "b": {"c": 1,},}',
    value: { a: [1, 2], b: { c: 1 } },
    warnings: ['trailing-comma', 'trailing-comma', 'trailing-comma'],
  },
  {
    name: 'line and block comments',
    input: '{\n  // the name\n  "a": 1, /* two */ "b": 2\n}',
    value: { a: 1, b: 2 },
    warnings: ['comment', 'comment'],
  },
  {
    name: 'single quotes and unquoted keys',
    input: "{name: 'Ada', 'role': \"eng\"}",
    value: { name: 'Ada', role: 'eng' },
    warnings: ['unquoted-key', 'single-quote', 'single-quote'],
  },
  {
    name: 'missing comma between elements',
    input: '[{"a":1} {"a":2}]',
    value: [{ a: 1 }, { a: 2 }],
    warnings: ['missing-comma'],
  },
  {
    name: '__proto__ is a plain own key',
    input: '{"__proto__":{"x":1},"constructor":2,"prototype":3}',
    value: JSON.parse('{"__proto__":{"x":1},"constructor":2,"prototype":3}') as JsonValue,
  },
  {
    name: 'JSON Lines',
    input: '{"a":1}\n{"a":2}\n[3]\n',
    value: { a: 1 },
    values: [{ a: 1 }, { a: 2 }, [3]],
    warnings: ['multiple-values', 'multiple-values'],
  },
  {
    name: 'concatenated values',
    input: '{"a":1}{"b":2}',
    value: { a: 1 },
    values: [{ a: 1 }, { b: 2 }],
    warnings: ['multiple-values'],
  },
  {
    name: 'JSON Lines of scalars',
    input: '1\n"two"\ntrue',
    value: 1,
    values: [1, 'two', true],
    warnings: ['multiple-values', 'multiple-values'],
  },
  {
    name: 'truncated document keeps the last good value',
    input: '{"rows":[{"a":"x"},{"a":"y',
    value: { rows: [{ a: 'x' }, { a: 'y' }] },
    error: 'truncated',
  },
  { name: 'trailing number completes at end()', input: '{"a":12', value: { a: 12 }, error: 'truncated' },
  {
    name: 'only prose',
    input: 'I cannot help with that.',
    value: undefined,
    warnings: ['prose'],
    error: 'unexpected-end',
  },
  { name: 'BOM is skipped', input: '\uFEFF{"a":1}', value: { a: 1 } },
  // issue 13: what models emit
  {
    name: 'typographic quotes as delimiters',
    input: '{“a”: “b”, ‘c’: ‘it is’}',
    value: { a: 'b', c: 'it is' },
    warnings: ['smart-quote', 'smart-quote', 'smart-quote', 'smart-quote'],
  },
  {
    name: 'typographic quotes inside a normal string are text',
    input: '{"a": "say “hi”"}',
    value: { a: 'say “hi”' },
  },
  {
    name: 'backtick strings: an apostrophe inside is text',
    input: "[`it's`, `a \\` b`]",
    value: ["it's", 'a ` b'],
    warnings: ['smart-quote', 'smart-quote'],
  },
  {
    name: 'unescaped inner quotes',
    input: '{"key": "apple "bee" carrot", "h": "(5\'3")"}',
    value: { key: 'apple "bee" carrot', h: '(5\'3")' },
    warnings: ['inner-quote', 'inner-quote'],
  },
  {
    name: 'missing colon',
    input: '{"a" 2, "b" "c"}',
    value: { a: 2, b: 'c' },
    warnings: ['missing-colon', 'missing-colon'],
  },
  {
    name: 'no-break and other Unicode spaces between tokens',
    input: '{"a":\u00a0"x\u00a0y",\u3000"b":\u200b1}',
    value: { a: 'x\u00a0y', b: 1 },
    warnings: ['unicode-space', 'unicode-space', 'unicode-space'],
  },
  {
    name: '... placeholders',
    input: '{"a":2,...,"z":26, "l": [1, ..., 9, ...]}',
    value: { a: 2, z: 26, l: [1, 9] },
    warnings: ['ellipsis', 'ellipsis', 'ellipsis', 'trailing-comma'],
  },
  {
    name: 'leading commas',
    input: '{, "a": [, 1]}',
    value: { a: [1] },
    warnings: ['leading-comma', 'leading-comma'],
  },
  {
    name: 'junk in key position is skipped, the rest is read',
    input: '{"a": 1, @#! "x": 2, "b": 3}',
    value: { a: 1, b: 3 },
    warnings: ['skipped-invalid-key'],
    errors: ['unexpected-token@'],
  },
  {
    name: 'a key with no value is omitted',
    input: '{"a", "b": 1}',
    value: { b: 1 },
    errors: ['unexpected-token@/a'],
  },
  {
    name: 'missing and extra brackets',
    input: '[{"i":1{"i":2}, {"a":[1,2}, 3}]',
    value: [{ i: 1 }, { i: 2 }, { a: [1, 2] }, 3],
    warnings: ['missing-bracket', 'missing-comma', 'missing-bracket', 'extra-bracket'],
  },
  {
    name: 'HTML comments',
    input: '["a", <!-- note --> "b"]',
    value: ['a', 'b'],
    warnings: ['comment'],
  },
  {
    name: 'double-encoded JSON (escaped once more)',
    input: '{\\"a\\": \\"x \\\\\\"y\\\\\\"\\"}',
    value: { a: 'x "y"' },
    warnings: ['double-encoded'],
  },
  {
    name: 'a number running into other characters is read whole as a string',
    input: '{"date": 2024-10-18T18:35:22Z, "v": 1.2.3}',
    value: { date: '2024-10-18T18:35:22Z', v: '1.2.3' },
    warnings: ['number-as-string', 'number-as-string'],
  },
  {
    name: 'comments and commas between top-level values',
    input: '/* 1 */\n{"a":1},\n// 2\n{"a":2}\n',
    value: { a: 1 },
    values: [{ a: 1 }, { a: 2 }],
    warnings: ['comment', 'trailing-comma', 'comment', 'multiple-values'],
  },
  {
    name: 'a fence on one line with the value',
    input: '```{"a":"b"}```',
    value: { a: 'b' },
    warnings: ['code-fence', 'code-fence'],
  },
];

describe('tolerant mode quirks', () => {
  for (const quirk of quirks) {
    it(quirk.name, () => {
      const snapshot = parsePartialJson(quirk.input, { complete: true });
      expect(deepEqualJson(snapshot.value, quirk.value)).toBe(true);
      expect(snapshot.warnings.map((warning) => warning.kind)).toEqual(quirk.warnings ?? []);
      expect(snapshot.errors.map((error) => `${error.code}@${error.pointer}`)).toEqual(quirk.errors ?? []);
      expect(snapshot.error?.code).toBe(quirk.error);
      if (quirk.values !== undefined) expect(deepEqualJson(snapshot.values as JsonValue[], quirk.values)).toBe(true);
      // same result and stable snapshots at every chunk size
      for (let size = 1; size <= 8; size++) {
        const run = streamChunks(chunksOf(quirk.input, size));
        expect(run.problems, `chunk size ${size}`).toEqual([]);
        expect(deepEqualJson(run.final.value, quirk.value), `chunk size ${size}`).toBe(true);
        expect(
          run.final.warnings.map((warning) => warning.kind),
          `chunk size ${size}`,
        ).toEqual(quirk.warnings ?? []);
      }
      // strict mode rejects every repair
      if ((quirk.warnings ?? []).length > 0)
        expect(parsePartialJson(quirk.input, { mode: 'strict', complete: true }).error).toBeDefined();
    });
  }

  it('warnings carry offsets into the input', () => {
    const input = 'Sure!\n```json\n{"a": True}\n```';
    const snapshot = parsePartialJson(input, { complete: true });
    expect(snapshot.warnings).toEqual([
      { kind: 'prose', offset: 0 },
      { kind: 'code-fence', offset: input.indexOf('```') },
      { kind: 'python-literal', offset: input.indexOf('True') },
      { kind: 'code-fence', offset: input.lastIndexOf('```') },
    ]);
  });

  it('a whole top-level string holding JSON (with escaped quotes) is read as that JSON; strict mode keeps the string', () => {
    const text = '"{\\"a\\": [1, 2]}"';
    const tolerant = parsePartialJson(text, { complete: true });
    expect(tolerant.value).toEqual({ a: [1, 2] });
    expect(tolerant.warnings).toEqual([{ kind: 'double-encoded', offset: 0 }]);
    expect(parsePartialJson(text, { mode: 'strict', complete: true }).value).toBe('{"a": [1, 2]}');
    // no escaped quote: a string that happens to hold JSON text stays a string
    expect(parsePartialJson('\'{"a":1}\'', { complete: true }).value).toBe('{"a":1}');
  });

  it('an inner quote: the string stays streaming until the next character decides, nothing is taken back', () => {
    const parser = createJsonParser();
    parser.push('{"key": "apple "');
    expect(parser.snapshot().value).toEqual({ key: 'apple ' });
    expect(parser.statusAt('/key')).toBe('streaming');
    parser.push('b');
    expect(parser.snapshot().value).toEqual({ key: 'apple "b' });
    parser.push('ee" carrot"');
    expect(parser.snapshot().value).toEqual({ key: 'apple "bee" carrot' });
    expect(parser.statusAt('/key')).toBe('streaming');
    parser.push('}');
    expect(parser.statusAt('/key')).toBe('complete');
    expect(parser.snapshot().warnings).toEqual([{ kind: 'inner-quote', offset: 15 }]);
  });

  it('an unfinished \\u escape is never visible, at every split', () => {
    const input = '{"a":"x\\u12';
    for (let split = 0; split <= input.length; split++) {
      const parser = createJsonParser();
      parser.push(input.slice(0, split));
      const first = parser.snapshot().value;
      parser.push(input.slice(split));
      const second = parser.snapshot().value;
      for (const value of [first, second]) {
        if (value === undefined) continue;
        expect(['', 'x', undefined]).toContain((value as { a?: string }).a);
      }
      expect(second).toEqual({ a: 'x' });
      parser.push('34"}');
      parser.end();
      expect(parser.snapshot().value).toEqual({ a: 'x\u1234' });
    }
  });

  it('{"a":[- shows an empty array, never a partial number', () => {
    expect(parsePartialJson('{"a":[-').value).toEqual({ a: [] });
    expect(parsePartialJson('{"a":[-1').value).toEqual({ a: [] });
    expect(parsePartialJson('{"a":[-1,').value).toEqual({ a: [-1] });
    const ended = parsePartialJson('{"a":[-', { complete: true });
    expect(ended.value).toEqual({ a: [] });
    expect(ended.errors.map((error) => error.code)).toEqual(['invalid-number']);
    expect(ended.error?.code).toBe('truncated');
  });

  it('12 then 3 never shows 12; a number completes on a delimiter or at end()', () => {
    const parser = createJsonParser();
    parser.push('[12');
    expect(parser.snapshot().value).toEqual([]);
    parser.push('3');
    expect(parser.snapshot().value).toEqual([]);
    parser.push(']');
    expect(parser.snapshot().value).toEqual([123]);
    const top = createJsonParser({ mode: 'strict' });
    top.push('12');
    expect(top.snapshot().value).toBeUndefined();
    top.end();
    expect(top.snapshot().value).toBe(12);
  });

  it('partialNumbers shows numbers as they grow', () => {
    const parser = createJsonParser({ partialNumbers: true });
    parser.push('[12');
    expect(parser.snapshot().value).toEqual([12]);
    parser.push('3');
    expect(parser.snapshot().value).toEqual([123]);
  });

  it('__proto__ does not pollute and matches JSON.parse', () => {
    const text = '{"__proto__":{"polluted":true},"a":{"__proto__":[1]}}';
    const value = parsePartialJson(text, { complete: true }).value as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)));
    expect(deepEqualJson(value as JsonValue, JSON.parse(text) as JsonValue)).toBe(true);
    // while streaming too (snapshot copies)
    const parser = createJsonParser();
    parser.push('{"__proto__":{"polluted":tr');
    const streaming = parser.snapshot().value as Record<string, unknown>;
    expect(Object.hasOwn(streaming, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(streaming)).toBe(Object.prototype);
  });

  it('__proto__ stays an own key in every snapshot copy, one character at a time', () => {
    // snapshot copies of objects are made by assignment unless the object has a __proto__ member:
    // a __proto__ member shown open (a streaming string or object), closed, or followed by more
    const text = '{"a":1,"__proto__":"abc","b":{"__proto__":{"x":[1,{"__proto__":2}]},"c":"d"},"e":{"__proto__":"z"}}';
    const parser = createJsonParser();
    const objectsOf = (value: unknown, into: object[] = []): object[] => {
      if (value !== null && typeof value === 'object') {
        if (!Array.isArray(value)) into.push(value);
        for (const child of Object.values(value)) objectsOf(child, into);
      }
      return into;
    };
    for (const character of text) {
      parser.push(character);
      for (const object of objectsOf(parser.snapshot().value)) {
        expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      }
    }
    parser.end();
    const final = parser.snapshot().value;
    expect(JSON.stringify(final)).toBe(JSON.stringify(JSON.parse(text)));
    expect(objectsOf(final).filter((object) => Object.hasOwn(object, '__proto__'))).toHaveLength(4);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('statusAt follows a field through absent → streaming → complete, and invalid for local errors', () => {
    const parser = createJsonParser();
    parser.push('{"title":"Hel');
    expect(parser.statusAt('')).toBe('streaming');
    expect(parser.statusAt('/title')).toBe('streaming');
    expect(parser.statusAt('/rows')).toBe('absent');
    parser.push('lo","rows":[{"a~/b":1},');
    expect(parser.statusAt('/title')).toBe('complete');
    expect(parser.statusAt('/rows')).toBe('streaming');
    expect(parser.statusAt('/rows/0')).toBe('complete');
    expect(parser.statusAt('/rows/0/a~0~1b')).toBe('complete');
    expect(parser.statusAt('/rows/1')).toBe('absent');
    parser.push(' .5 ]');
    expect(parser.statusAt('/rows/1')).toBe('invalid');
    expect(parser.statusAt('/rows')).toBe('complete');
    expect(() => parser.statusAt('rows')).toThrow(TypeError);
    expect(() => parser.statusAt('/a~2')).toThrow(TypeError);
  });

  it('completed lists pointers in closing order, each once', () => {
    const parser = createJsonParser();
    const seen: string[] = [];
    for (const chunk of chunksOf('{"a":[1,{"b":"x"}],"c~/":null}', 3)) {
      parser.push(chunk);
      seen.push(...parser.snapshot().completed);
    }
    parser.end();
    seen.push(...parser.snapshot().completed);
    expect(seen).toEqual(['/a/0', '/a/1/b', '/a/1', '/a', '/c~0~1', '']);
  });

  it('reset() starts a new document; push after end() is misuse', () => {
    const parser = createJsonParser();
    parser.push('[1,');
    parser.end();
    expect(() => parser.push('2]')).toThrow(TypeError);
    parser.reset();
    parser.push('{"b":2}');
    expect(parser.snapshot().value).toEqual({ b: 2 });
    expect(parser.snapshot().errors).toEqual([]);
  });
});

describe('strict mode', () => {
  it('rejects with a typed error, offset and pointer; the last good value is kept', () => {
    const snapshot = parsePartialJson('{"a":[1,2],"b":{"c":tru!}}', { mode: 'strict' });
    expect(snapshot.value).toEqual({ a: [1, 2], b: {} });
    expect(snapshot.error?.code).toBe('unexpected-token');
    expect(snapshot.error?.pointer).toBe('/b/c');
    expect(snapshot.error?.offset).toBe(20);
    expect(snapshot.done).toBe(true);
  });

  it('invalid-number with its pointer', () => {
    const snapshot = parsePartialJson('{"v":[1, .5]}', { mode: 'strict' });
    expect(snapshot.error?.code).toBe('invalid-number');
    expect(snapshot.error?.pointer).toBe('/v/1');
    expect(snapshot.value).toEqual({ v: [1] });
  });
});

describe('limits', () => {
  it('1,000,000 "[" in one chunk: depth-limit error, no stack overflow', () => {
    const parser = createJsonParser();
    parser.push('['.repeat(1_000_000));
    const snapshot = parser.snapshot();
    expect(snapshot.error?.code).toBe('depth-limit');
    expect(snapshot.error?.offset).toBe(512);
    expect(parser.statusAt('')).toBe('streaming');
  });

  it('maxDepth is configurable and exact', () => {
    expect(parsePartialJson('[[[]]]', { maxDepth: 3, complete: true }).error).toBeUndefined();
    expect(parsePartialJson('[[[[]]]]', { maxDepth: 3, complete: true }).error?.code).toBe('depth-limit');
  });

  it('maxBytes and maxStringLength', () => {
    const big = parsePartialJson('{"a":"0123456789"}', { maxBytes: 10 });
    expect(big.error?.code).toBe('size-limit');
    expect(big.value).toEqual({ a: '0123' });
    const chunked = createJsonParser({ maxBytes: 10 });
    chunked.push('[1,2,3,');
    chunked.push('4,5,6]');
    expect(chunked.snapshot().error?.code).toBe('size-limit');
    expect(chunked.snapshot().value).toEqual([1, 2, 3, 4]);
    const long = parsePartialJson('{"a":"0123456789"}', { maxStringLength: 5 });
    expect(long.error?.code).toBe('string-limit');
    expect(long.error?.pointer).toBe('/a');
  });
});
