// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../src/core/json/index.js';
import { chunksOf, deepEqualJson, streamChunks } from './helpers/stream-checker.js';
import { corpusPath, listFiles } from '../../../scripts/shared-folder.mjs';

const fixtures = corpusPath();

const walk = listFiles;

interface Case {
  name: string;
  text: string;
  expected: JsonValue;
  mode: 'strict' | 'tolerant';
}

const cases: Case[] = [];
for (const path of walk(join(fixtures, 'json'))) {
  const name = path.slice(fixtures.length + 1);
  if (path.endsWith('.json')) {
    const text = readFileSync(path, 'utf8');
    cases.push({ name, text, expected: JSON.parse(text) as JsonValue, mode: 'strict' });
    cases.push({ name: `${name} (tolerant)`, text, expected: JSON.parse(text) as JsonValue, mode: 'tolerant' });
  } else if (path.endsWith('.raw.txt')) {
    // The raw model answers: prose around the JSON, or (prefilled-brace) the continuation of a
    // prefilled "{": the app prepends its prefill, as it would when streaming.
    const raw = readFileSync(path, 'utf8');
    const text = name.includes('prefilled-brace') ? `{${raw}` : raw;
    const expected = JSON.parse(readFileSync(path.replace(/\.raw\.txt$/, '.json'), 'utf8')) as JsonValue;
    cases.push({ name, text, expected, mode: 'tolerant' });
  }
}
for (const path of walk(join(fixtures, 'sse'))) {
  if (!path.endsWith('.expected.json')) continue;
  const text = readFileSync(path, 'utf8');
  const name = path.slice(fixtures.length + 1);
  const expected = JSON.parse(text) as JsonValue;
  cases.push({ name, text, expected, mode: 'strict' });
  // also the compact form a provider streams as tool-call arguments
  cases.push({ name: `${name} (compact, tolerant)`, text: JSON.stringify(expected), expected, mode: 'tolerant' });
}

describe('real model JSON at every chunk size 1..32', () => {
  it('has fixtures', () => {
    expect(cases.filter((c) => c.name.startsWith('json/')).length).toBeGreaterThanOrEqual(14);
    expect(cases.filter((c) => c.name.startsWith('sse/')).length).toBeGreaterThanOrEqual(40);
  });
  for (const fixture of cases) {
    it(`${fixture.name}: same final value, prefix-stable snapshots`, () => {
      for (let size = 1; size <= 32; size++) {
        const run = streamChunks(chunksOf(fixture.text, size), { mode: fixture.mode });
        expect(run.problems, `chunk size ${size}`).toEqual([]);
        expect(run.final.error, `chunk size ${size}`).toBeUndefined();
        expect(deepEqualJson(run.final.value, fixture.expected), `chunk size ${size}`).toBe(true);
      }
      // with partialNumbers, one character at a time: numbers may grow, never vanish
      const run = streamChunks(chunksOf(fixture.text, 1), { mode: fixture.mode, partialNumbers: true });
      expect(run.problems, 'partialNumbers').toEqual([]);
      expect(deepEqualJson(run.final.value, fixture.expected), 'partialNumbers').toBe(true);
    });
  }
});
