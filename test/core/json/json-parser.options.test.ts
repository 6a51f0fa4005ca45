// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RipenError } from '../../../src/core/errors/ripen-error.js';
import { createJsonParser, parsePartialJson, type JsonParserOptions } from '../../../src/core/json/index.js';
import { chunksOf } from './helpers/stream-checker.js';

function thrown(run: () => unknown): RipenError | undefined {
  try {
    run();
  } catch (error) {
    return error as RipenError;
  }
  return undefined;
}

describe('options validation (invalid-option)', () => {
  const bad: [unknown, string][] = [
    [{ maxDepth: Number.NaN }, 'maxDepth must be an integer ≥ 1; got NaN'],
    [{ maxDepth: 0 }, 'maxDepth must be an integer ≥ 1; got 0'],
    [{ maxDepth: -3 }, 'maxDepth must be an integer ≥ 1; got -3'],
    [{ maxDepth: 2.5 }, 'maxDepth must be an integer ≥ 1; got 2.5'],
    [{ maxBytes: Number.POSITIVE_INFINITY }, 'maxBytes must be an integer ≥ 1; got Infinity'],
    [{ maxStringLength: '10' }, 'maxStringLength must be an integer ≥ 1; got "10"'],
    [{ mode: 'lenient' }, `mode must be 'tolerant' or 'strict'; got "lenient"`],
    [{ partialNumbers: 'yes' }, 'partialNumbers must be true or false; got "yes"'],
    [null, 'must be an object of options; got null'],
    [[1], 'must be an object of options; got an array'],
  ];
  for (const [options, message] of bad) {
    it(`${JSON.stringify(options)} → ${message}`, () => {
      const error = thrown(() => createJsonParser(options as JsonParserOptions));
      expect(error).toBeInstanceOf(RipenError);
      expect(error?.code).toBe('invalid-option');
      expect(error?.message).toContain(message);
      expect(error?.message).toContain('createJsonParser(options)');
      const viaParse = thrown(() => parsePartialJson('[1]', options as JsonParserOptions));
      expect(viaParse?.code).toBe('invalid-option');
      expect(viaParse?.message).toContain('parsePartialJson(text, options)');
    });
  }

  it('complete must be a boolean (parsePartialJson)', () => {
    const error = thrown(() => parsePartialJson('[1]', { complete: 1 as unknown as boolean }));
    expect(error?.code).toBe('invalid-option');
    expect(error?.message).toContain('complete must be true or false; got 1');
  });

  it('valid options and unknown keys are accepted', () => {
    const options = { mode: 'strict', maxDepth: 3, maxBytes: 100, maxStringLength: 5, partialNumbers: true, extra: 1 };
    expect(() => createJsonParser(options as JsonParserOptions)).not.toThrow();
    expect(parsePartialJson('[[1]]', { maxDepth: 2, complete: true }).value).toEqual([[1]]);
  });
});

describe('JsonSnapshot.statusAt is frozen with its snapshot', () => {
  it('an old snapshot answers for its own moment; parser.statusAt answers for now', () => {
    const parser = createJsonParser();
    parser.push('{"title":"Hel');
    const first = parser.snapshot();
    parser.push('lo","rows":[{"a":1},');
    const second = parser.snapshot();
    parser.push(' .5 ], "z": {"b":2}}');
    parser.end();
    const last = parser.snapshot();

    expect(first.statusAt('')).toBe('streaming');
    expect(first.statusAt('/title')).toBe('streaming');
    expect(first.statusAt('/rows')).toBe('absent');

    expect(second.statusAt('/title')).toBe('complete');
    expect(second.statusAt('/rows')).toBe('streaming');
    expect(second.statusAt('/rows/0')).toBe('complete');
    expect(second.statusAt('/rows/0/a')).toBe('complete');
    expect(second.statusAt('/rows/1')).toBe('absent');

    expect(last.statusAt('')).toBe('complete');
    expect(last.statusAt('/rows/1')).toBe('invalid');
    expect(last.statusAt('/z/b')).toBe('complete');
    // the old ones did not move
    expect(first.statusAt('/title')).toBe('streaming');
    expect(second.statusAt('/rows/1')).toBe('absent');
    expect(parser.statusAt('/rows/1')).toBe('invalid');
    expect(() => first.statusAt('rows')).toThrow(TypeError);
  });

  it('agrees with parser.statusAt at the moment of every snapshot (one character at a time)', () => {
    const text = '{"a":[1,{"b":"x\\"y","c":[true,null]},"s"],"n":-2.5e3,"d":{"e":{}},"f":[05, 6]}';
    const pointers = ['', '/a', '/a/0', '/a/1', '/a/1/b', '/a/1/c', '/a/1/c/0', '/a/1/c/1', '/a/2', '/n', '/d', '/d/e'];
    pointers.push('/f', '/f/0', '/f/1', '/zz', '/a/9');
    const parser = createJsonParser();
    const seen: { snapshot: ReturnType<typeof parser.snapshot>; statuses: string[] }[] = [];
    let previous: ReturnType<typeof parser.snapshot> | undefined;
    for (const chunk of chunksOf(text, 1)) {
      parser.push(chunk);
      const snapshot = parser.snapshot();
      // (an unchanged snapshot object is handed out again: it answers for when it was made)
      if (snapshot === previous) continue;
      previous = snapshot;
      const statuses = pointers.map((pointer) => parser.statusAt(pointer));
      expect(pointers.map((pointer) => snapshot.statusAt(pointer))).toEqual(statuses);
      seen.push({ snapshot, statuses });
    }
    expect(seen.length).toBeGreaterThan(25);
    parser.end();
    // long after: every snapshot still gives the answers of its moment
    for (const { snapshot, statuses } of seen)
      expect(pointers.map((pointer) => snapshot.statusAt(pointer))).toEqual(statuses);
  });
});

describe('parser.error: the fatal error so far, read without a snapshot', () => {
  it('is undefined while the text is good, then the snapshot error once it fails', () => {
    const parser = createJsonParser({ mode: 'strict' });
    parser.push('{"a": [1, ');
    expect(parser.error).toBeUndefined();
    parser.push('}');
    expect(parser.error).toBeInstanceOf(RipenError);
    expect(parser.error?.code).toBe('unexpected-token');
    expect(parser.error?.pointer).toBe('/a/1');
    parser.push('more text'); // ignored after a fatal error
    expect(parser.snapshot().error).toBe(parser.error);
    parser.reset();
    expect(parser.error).toBeUndefined();
  });

  it('reports limits at once and truncated only after end()', () => {
    const deep = createJsonParser({ maxDepth: 2 });
    deep.push('[[[');
    expect(deep.error?.code).toBe('depth-limit');
    const open = createJsonParser();
    open.push('{"a": "b');
    expect(open.error).toBeUndefined();
    open.end();
    expect(open.error?.code).toBe('truncated');
  });

  it('is read-only', () => {
    const parser = createJsonParser();
    expect(() => {
      (parser as { error: unknown }).error = new RipenError('internal-error', 'x');
    }).toThrow(TypeError);
  });
});
