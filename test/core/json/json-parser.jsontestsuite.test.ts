// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialJson, type JsonValue } from '../../../src/core/json/index.js';
import { chunksOf, deepEqualJson, streamChunks } from './helpers/stream-checker.js';
import { corpusPath } from '../../../scripts/shared-folder.mjs';

// JSONTestSuite (Nicolas Seriot, MIT, licence beside the files): y_ must be accepted, n_ rejected,
// i_ is implementation-defined. Files are decoded as UTF-8 with TextDecoder (invalid bytes become
// U+FFFD) and the *same* decoded string goes to JSON.parse and to the parser.
const directory = corpusPath('jsontestsuite/test_parsing');
const files = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .sort();
const decode = (name: string): string => new TextDecoder('utf-8').decode(readFileSync(join(directory, name)));

function jsonParse(text: string): { ok: true; value: JsonValue } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    return { ok: false };
  }
}

describe('JSONTestSuite, strict mode agrees with JSON.parse', () => {
  it('has the corpus', () => {
    expect(files.filter((name) => name.startsWith('y_')).length).toBe(95);
    expect(files.filter((name) => name.startsWith('n_')).length).toBe(188);
  });

  for (const name of files.filter((file) => file.startsWith('y_') || file.startsWith('n_'))) {
    it(name, () => {
      const text = decode(name);
      const reference = jsonParse(text);
      // every split position for the ordinary files; the two huge nesting files in large chunks
      const sizes = text.length > 10_000 ? [1000, text.length] : [1, 3, 7, text.length || 1];
      for (const size of sizes) {
        const run = streamChunks(chunksOf(text, size), { mode: 'strict' });
        // Documented exception: with a duplicated key the later value replaces the earlier one
        // (as JSON.parse does), so that member completes twice and may change after completing.
        if (!name.includes('duplicated_key')) expect(run.problems).toEqual([]);
        if (reference.ok) {
          expect(run.final.error, `chunk size ${size}`).toBeUndefined();
          expect(deepEqualJson(run.final.value, reference.value), `chunk size ${size}`).toBe(true);
        } else {
          expect(run.final.error, `chunk size ${size}`).toBeDefined();
        }
      }
      if (name.startsWith('y_')) {
        // tolerant mode accepts a superset: valid JSON gives the same value, no repairs
        const tolerant = parsePartialJson(text, { complete: true });
        expect(tolerant.error).toBeUndefined();
        expect(deepEqualJson(tolerant.value, (reference as { value: JsonValue }).value)).toBe(true);
      }
    });
  }

  it('records what the implementation-defined i_ files do (strict and tolerant)', () => {
    const table: Record<string, string> = {};
    for (const name of files.filter((file) => file.startsWith('i_'))) {
      const text = decode(name);
      const strict = parsePartialJson(text, { mode: 'strict', complete: true });
      const tolerant = parsePartialJson(text, { complete: true });
      const reference = jsonParse(text);
      const describe = (snapshot: typeof strict): string =>
        snapshot.error !== undefined
          ? `error ${snapshot.error.code}`
          : `accept ${JSON.stringify(snapshot.value)?.slice(0, 40)}`;
      table[name] =
        `JSON.parse ${reference.ok ? 'accept' : 'reject'} | strict ${describe(strict)} | tolerant ${describe(tolerant)}`;
      expect(strict.error === undefined).toBe(reference.ok);
    }
    expect(table).toMatchSnapshot();
  });
});
