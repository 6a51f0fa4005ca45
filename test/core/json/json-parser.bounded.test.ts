// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createJsonParser, type JsonValue } from '../../../src/core/json/index.js';
import { chunksOf, deepEqualJson, streamChunks } from './helpers/stream-checker.js';

/** Bounded snapshot work on huge open containers (issue 13 item 3); timing lives in the bench. */

function distinctSnapshots(text: string, size: number, exactSnapshots: boolean): number {
  const parser = createJsonParser({ exactSnapshots });
  let previous: unknown;
  let count = 0;
  for (const chunk of chunksOf(text, size)) {
    parser.push(chunk);
    const snapshot = parser.snapshot();
    if (snapshot !== previous) count++;
    previous = snapshot;
  }
  return count;
}

describe('bounded snapshots', () => {
  const rows = Array.from({ length: 3000 }, (_, index) => ({ id: index, name: `row ${index}` }));
  const table = JSON.stringify({ rows });
  const keys: Record<string, number> = {};
  for (let index = 0; index < 40_000; index++) keys[`k${index}`] = index;
  const flat = JSON.stringify(keys);

  it('a 3,000-row array: every invariant holds, the final value is exact, copies are fewer', () => {
    const run = streamChunks(chunksOf(table, 5), {});
    expect(run.problems).toEqual([]);
    expect(deepEqualJson(run.final.value, JSON.parse(table) as JsonValue)).toBe(true);
    const bounded = distinctSnapshots(table, 5, false);
    const exact = distinctSnapshots(table, 5, true);
    expect(exact).toBeGreaterThan(bounded * 2);
  });

  it('small documents are never held back', () => {
    const small = JSON.stringify({ rows: rows.slice(0, 50) });
    expect(distinctSnapshots(small, 3, false)).toBe(distinctSnapshots(small, 3, true));
  });

  it('a 40,000-key object: copied over several calls, invariants hold, completions reported once', () => {
    const run = streamChunks(chunksOf(flat, 997), {});
    expect(run.problems).toEqual([]);
    expect(deepEqualJson(run.final.value, JSON.parse(flat) as JsonValue)).toBe(true);
    // every key completed exactly once over the run (checked by streamChunks), root included
    expect(run.final.done).toBe(true);
  });

  it('a snapshot held back is the previous one; statusAt still answers for now; end() is exact', () => {
    const parser = createJsonParser();
    const cut = table.length - 40;
    parser.push(table.slice(0, cut - 10));
    const first = parser.snapshot();
    parser.push(table.slice(cut - 10, cut));
    const second = parser.snapshot();
    expect(second).toBe(first); // 10 characters do not pay for a 3,000-slot copy
    expect(parser.statusAt('/rows')).toBe('streaming');
    parser.push(table.slice(cut));
    parser.end();
    expect(parser.snapshot().value).toEqual({ rows });
    expect(parser.snapshot().statusAt('/rows/2999/name')).toBe('complete');
  });

  it("a big object with a duplicate key, a __proto__ key and a toString key: the final value is JSON.parse's", () => {
    const members = Array.from({ length: 3000 }, (_, index) => `"k${index}":${index}`);
    members.splice(1500, 0, '"k10":"again"', '"__proto__":{"x":1}', '"toString":2');
    const text = `{${members.join(',')}}`;
    const parser = createJsonParser();
    for (const chunk of chunksOf(text, 13)) {
      parser.push(chunk);
      parser.snapshot();
    }
    parser.end();
    const value = parser.snapshot().value as Record<string, unknown>;
    expect(deepEqualJson(value as JsonValue, JSON.parse(text) as JsonValue)).toBe(true);
    expect(value.k10).toBe('again');
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.keys(value)).toHaveLength(3002);
  });

  it('a fatal error is shown at once, even on a huge container', () => {
    const parser = createJsonParser({ mode: 'strict' });
    parser.push(table.slice(0, table.lastIndexOf('},{') + 2)); // ends after a comma between rows
    parser.snapshot();
    parser.push('!');
    expect(parser.snapshot().error?.code).toBe('unexpected-token');
  });
});
