import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpusText } from '../../../scripts/shared-folder.mjs';
import { createJsonParser } from '../../../src/core/json/index.js';
import {
  appendJsonPointer,
  compileJsonPointerPattern,
  escapeJsonPointerToken,
  formatJsonPointer,
  getAtPointer,
  hasAtPointer,
  isJsonPointer,
  matchJsonPointerPattern,
  parseJsonPointer,
  unescapeJsonPointerToken,
} from '../../../src/core/pointer/index.js';

/** Tokens rich in the characters RFC 6901 escapes. */
const token = fc.string({ unit: fc.constantFrom('a', 'b', '~', '/', '0', '1', '*', ' ', 'é', '_'), maxLength: 6 });

describe('parse and format (RFC 6901 §3–4)', () => {
  it('round-trips: parse(format(tokens)) = tokens, format(parse(pointer)) = pointer', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (tokens) => {
        const pointer = formatJsonPointer(tokens);
        expect(parseJsonPointer(pointer)).toEqual(tokens);
        expect(formatJsonPointer(parseJsonPointer(pointer))).toBe(pointer);
        expect(isJsonPointer(pointer)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('escapes ~ as ~0 and / as ~1, and unescapes ~01 as ~1 (not /)', () => {
    expect(escapeJsonPointerToken('a/b~c')).toBe('a~1b~0c');
    expect(escapeJsonPointerToken(3)).toBe('3');
    expect(unescapeJsonPointerToken('~01')).toBe('~1');
    expect(unescapeJsonPointerToken('~10')).toBe('/0');
    expect(parseJsonPointer('/a~1b/~0/~01')).toEqual(['a/b', '~', '~1']);
    expect(parseJsonPointer('')).toEqual([]);
    expect(parseJsonPointer('/')).toEqual(['']);
    expect(parseJsonPointer('//')).toEqual(['', '']);
    expect(appendJsonPointer('/rows', 3)).toBe('/rows/3');
    expect(appendJsonPointer('', 'a/b')).toBe('/a~1b');
  });

  it('rejects malformed pointers with a TypeError that says why', () => {
    expect(() => parseJsonPointer('rows')).toThrow(/must be "" or start with "\/"/);
    expect(() => parseJsonPointer('/a~2')).toThrow(/"~" must be followed by 0 or 1/);
    expect(() => parseJsonPointer('/a~')).toThrow(TypeError);
    expect(() => parseJsonPointer(7 as never)).toThrow(TypeError);
    expect(isJsonPointer('rows')).toBe(false);
    expect(isJsonPointer('/a~')).toBe(false);
    expect(isJsonPointer(null)).toBe(false);
  });
});

describe('getAtPointer (own properties and array items only)', () => {
  // The RFC 6901 §5 example document.
  const rfc = {
    foo: ['bar', 'baz'],
    '': 0,
    'a/b': 1,
    'c%d': 2,
    'e^f': 3,
    'g|h': 4,
    'i\\j': 5,
    'k"l': 6,
    ' ': 7,
    'm~n': 8,
  };

  it('evaluates the RFC 6901 §5 examples', () => {
    const cases: [string, unknown][] = [
      ['', rfc],
      ['/foo', ['bar', 'baz']],
      ['/foo/0', 'bar'],
      ['/', 0],
      ['/a~1b', 1],
      ['/c%d', 2],
      ['/e^f', 3],
      ['/g|h', 4],
      ['/i\\j', 5],
      ['/k"l', 6],
      ['/ ', 7],
      ['/m~0n', 8],
    ];
    for (const [pointer, expected] of cases) expect(getAtPointer(rfc, pointer), pointer).toEqual(expected);
  });

  it('/rows/length, non-canonical indexes, "-" and inherited members are absent', () => {
    const document = { rows: [{ a: 'x' }, { a: 'y' }] };
    expect(getAtPointer(document, '/rows/length')).toBeUndefined();
    expect(hasAtPointer(document, '/rows/length')).toBe(false);
    expect(getAtPointer(document, '/rows/01')).toBeUndefined();
    expect(getAtPointer(document, '/rows/-')).toBeUndefined();
    expect(getAtPointer(document, '/rows/2')).toBeUndefined();
    expect(getAtPointer(document, '/rows/1/a')).toBe('y');
    expect(getAtPointer(document, '/constructor')).toBeUndefined();
    expect(getAtPointer(document, '/rows/0/toString')).toBeUndefined();
    expect(getAtPointer(document, '/__proto__')).toBeUndefined();
    expect(getAtPointer('text', '/length')).toBeUndefined();
    expect(hasAtPointer(document, '')).toBe(true);
    expect(hasAtPointer(undefined, '')).toBe(false);
    expect(hasAtPointer(null, '')).toBe(true);
  });

  it('__proto__ is data when the document has it (as the parser builds it)', () => {
    const parser = createJsonParser();
    parser.push('{"__proto__":{"polluted":true},"constructor":{"name":"x"}}');
    parser.end();
    const value = parser.snapshot().value;
    expect(getAtPointer(value, '/__proto__/polluted')).toBe(true);
    expect(getAtPointer(value, '/constructor/name')).toBe('x');
    expect(hasAtPointer(value, '/__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads every pointer the parser reports complete, on real model output', () => {
    for (const file of [
      'json/claude-cookbooks_org-chart-tree.json',
      'json/claude-cookbooks_named-entities-table.json',
    ]) {
      const text = readCorpusText(file);
      const parser = createJsonParser();
      parser.push(text);
      parser.end();
      const snapshot = parser.snapshot();
      const expected = JSON.parse(text) as unknown;
      expect(snapshot.completed.length).toBeGreaterThan(5);
      for (const pointer of snapshot.completed) {
        expect(hasAtPointer(expected, pointer), pointer).toBe(true);
        expect(getAtPointer(snapshot.value, pointer)).toEqual(getAtPointer(expected, pointer));
      }
    }
  });

  it('finds every node of a random document by the pointer built from its path (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (document) => {
        const walk = (node: unknown, tokens: (string | number)[]): void => {
          expect(getAtPointer(document, formatJsonPointer(tokens))).toBe(node);
          if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...tokens, index]));
          else if (node !== null && typeof node === 'object')
            for (const [name, child] of Object.entries(node)) walk(child, [...tokens, name]);
        };
        walk(document, []);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pointer patterns', () => {
  it('a * token matches exactly one token', () => {
    const pattern = compileJsonPointerPattern('/rows/*/name');
    expect(pattern.wildcards).toBe(1);
    expect(pattern.matches('/rows/0/name')).toBe(true);
    expect(pattern.matches('/rows/17/name')).toBe(true);
    expect(pattern.matches(['rows', 'x', 'name'])).toBe(true);
    expect(pattern.matches('/rows/name')).toBe(false);
    expect(pattern.matches('/rows/0/1/name')).toBe(false);
    expect(pattern.matches('/rows/0/title')).toBe(false);
    expect(pattern.matchesPrefix('/rows/3')).toBe(true);
    expect(pattern.matchesPrefix('/cols/3')).toBe(false);
    expect(matchJsonPointerPattern('', '')).toBe(true);
    expect(matchJsonPointerPattern('/a~1b/*', '/a~1b/c')).toBe(true);
    expect(matchJsonPointerPattern('/a~1b/*', '/a/b/c')).toBe(false);
  });

  it('a pattern without * matches only its own pointer (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          token.filter((t) => t !== '*'),
          { maxLength: 5 },
        ),
        fc.array(token, { maxLength: 5 }),
        (a, b) => {
          const pattern = compileJsonPointerPattern(formatJsonPointer(a));
          expect(pattern.matches(formatJsonPointer(b))).toBe(JSON.stringify(a) === JSON.stringify(b));
        },
      ),
      { numRuns: 500 },
    );
  });
});
