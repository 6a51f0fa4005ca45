// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createJsonParser, type JsonValue } from '../../../src/core/json/index.js';
import { deepEqualJson, streamChunks, valueAt } from './helpers/stream-checker.js';

/** Cut `text` at the given (sorted, deduplicated) positions. */
function cut(text: string, cuts: number[]): string[] {
  const positions = [...new Set(cuts.map((cutAt) => cutAt % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let start = 0;
  for (const position of positions) {
    chunks.push(text.slice(start, position));
    start = position;
  }
  chunks.push(text.slice(start));
  return chunks;
}

const documentArbitrary = fc.record({
  value: fc.jsonValue({ maxDepth: 4 }),
  pretty: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 40 }),
});

/** Every pointer in a value, root first (document order). */
function pointersOf(value: JsonValue, prefix = '', into: string[] = []): string[] {
  into.push(prefix);
  if (value !== null && typeof value === 'object') {
    if (Array.isArray(value)) value.forEach((item, index) => pointersOf(item, `${prefix}/${index}`, into));
    else
      for (const key of Object.keys(value))
        pointersOf(value[key] as JsonValue, `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, into);
  }
  return into;
}

describe('json parser properties (fast-check)', () => {
  for (const mode of ['strict', 'tolerant'] as const) {
    it(`${mode}: final value equals JSON.parse and every snapshot is prefix-stable, for any split`, () => {
      fc.assert(
        fc.property(documentArbitrary, ({ value, pretty, cuts }) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined);
          const run = streamChunks(cut(text, cuts), { mode });
          expect(run.problems).toEqual([]);
          expect(run.final.error).toBeUndefined();
          expect(run.final.errors).toEqual([]);
          expect(deepEqualJson(run.final.value, JSON.parse(text) as JsonValue)).toBe(true);
          if (mode === 'strict') expect(run.final.warnings).toEqual([]);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('numbers: the very double JSON.parse gives (sign of zero too), whatever their digits and split', () => {
    // The parser computes short decimals itself (digits < 10^15 over a power of ten) and hands
    // longer ones and exponents to Number(): both must match JSON.parse bit for bit.
    const digits = (min: number, max: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((list) => list.join(''));
    const numberText = fc
      .record({
        minus: fc.boolean(),
        integer: fc.oneof(
          fc.constant('0'),
          fc.tuple(fc.constantFrom(...'123456789'), digits(0, 19)).map(([a, b]) => a + b),
        ),
        fraction: fc.option(digits(1, 20), { nil: undefined }),
        exponent: fc.option(fc.tuple(fc.constantFrom('e', 'E+', 'e-'), digits(1, 3)), { nil: undefined }),
      })
      .map(
        ({ minus, integer, fraction, exponent }) =>
          `${minus ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : exponent.join('')}`,
      );
    const doubleText = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(numberText, doubleText), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.constantFrom('strict', 'tolerant'),
        (numbers, cuts, mode) => {
          const text = `[${numbers.join(', ')}]`;
          const parser = createJsonParser({ mode: mode as 'strict' | 'tolerant' });
          for (const chunk of cut(text, cuts)) parser.push(chunk);
          parser.end();
          const value = parser.snapshot().value as number[];
          const expected = JSON.parse(text) as number[];
          expect(value.length).toBe(expected.length);
          expected.forEach((number, index) => expect(Object.is(value[index], number), numbers[index]).toBe(true));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('status transitions are monotonic (absent → streaming → complete) and statusAt agrees with completed', () => {
    const rank = { absent: 0, streaming: 1, complete: 2, invalid: 3 } as const;
    fc.assert(
      fc.property(documentArbitrary, ({ value, pretty, cuts }) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const expected = JSON.parse(text) as JsonValue;
        const pointers = pointersOf(expected);
        const parser = createJsonParser({ mode: 'strict' });
        const last = new Map<string, number>();
        const seenComplete = new Set<string>();
        const step = (): void => {
          const snapshot = parser.snapshot();
          for (const pointer of snapshot.completed) seenComplete.add(pointer);
          for (const pointer of pointers) {
            const status = parser.statusAt(pointer);
            expect(status).not.toBe('invalid');
            const previous = last.get(pointer) ?? 0;
            expect(rank[status]).toBeGreaterThanOrEqual(previous);
            last.set(pointer, rank[status]);
            // complete ⇔ reported in `completed` (now or before)
            expect(status === 'complete').toBe(seenComplete.has(pointer));
            // a complete node is visible with its final value
            if (status === 'complete')
              expect(deepEqualJson(valueAt(snapshot.value, pointer), valueAt(expected, pointer))).toBe(true);
          }
        };
        for (const chunk of cut(text, cuts)) {
          parser.push(chunk);
          step();
        }
        parser.end();
        step();
        for (const pointer of pointers) expect(parser.statusAt(pointer)).toBe('complete');
      }),
      { numRuns: 200 },
    );
  });

  it('snapshots are never mutated afterwards', () => {
    fc.assert(
      fc.property(documentArbitrary, ({ value, cuts }) => {
        const text = JSON.stringify(value);
        const run = streamChunks(cut(text, cuts), { mode: 'strict' }, true);
        const frozen = run.snapshots.map((snapshot) => JSON.stringify(snapshot.value));
        // replay the same stream: every retained snapshot still serialises the same
        run.snapshots.forEach((snapshot, index) => expect(JSON.stringify(snapshot.value)).toBe(frozen[index]));
      }),
      { numRuns: 100 },
    );
  });

  it('snapshot() twice with no push returns the same object; unchanged subtrees keep identity', () => {
    const parser = createJsonParser();
    parser.push('{"meta":{"title":"Report","n":3},"rows":[{"a":"x');
    const first = parser.snapshot();
    expect(parser.snapshot()).toBe(first);
    parser.push('yz');
    const second = parser.snapshot();
    expect(second).not.toBe(first);
    const before = first.value as { meta: JsonValue; rows: JsonValue[] };
    const after = second.value as { meta: JsonValue; rows: JsonValue[] };
    expect(after.meta).toBe(before.meta);
    expect(after.rows).not.toBe(before.rows);
    expect(after.rows[0]).toEqual({ a: 'xyz' });
    parser.push('"');
    // tolerant mode: the character after a quote decides whether it ended the string (an inner
    // quote, `"apple "bee" carrot"`), so the string is still streaming and nothing changed
    expect(parser.snapshot().value).toBe(second.value);
    expect(parser.statusAt('/rows/0/a')).toBe('streaming');
    parser.push('}');
    // the string closed: nothing visible changes (same value object) but /rows/0/a completed
    const third = parser.snapshot();
    expect(third).not.toBe(second);
    expect(third.value).toBe(second.value);
    expect(third.completed).toEqual(['/rows/0/a', '/rows/0']);
    parser.push('   ');
    // nothing visible changed and nothing completed; the previous snapshot carried completions,
    // so a fresh object with `completed: []` is returned (completions are never reported twice)
    const fourth = parser.snapshot();
    expect(fourth.value).toBe(third.value);
    expect(fourth.completed).toEqual([]);
    parser.push('  ');
    expect(parser.snapshot()).toBe(fourth);
  });
});
