// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../src/core/json/index.js';
import { corpusPath, listFiles } from '../../../scripts/shared-folder.mjs';
import { chunksOf, deepEqualJson, streamChunks } from './helpers/stream-checker.js';

/**
 * Every JSON text of the shared corpus (read in place), one character at a time, in the default
 * mode and with `partialNumbers`: every streaming invariant holds (strings only grow, arrays only
 * append, keys never vanish, no type change, completed nodes never change, identity kept; with
 * `partialNumbers` numbers may grow but never vanish) and the final value is `JSON.parse`'s.
 * `.json` files JSON.parse accepts (the JSONTestSuite's included), each line of `.jsonl` files.
 */
const root = corpusPath();

const walk = listFiles;

interface Input {
  name: string;
  text: string;
  expected: JsonValue;
}
const inputs: Input[] = [];
for (const path of walk(root)) {
  const name = path.slice(root.length + 1);
  if (path.endsWith('.json') && name !== 'index.json') {
    const text = readFileSync(path, 'utf8');
    try {
      inputs.push({ name, text, expected: JSON.parse(text) as JsonValue });
    } catch {
      // not JSON (the JSONTestSuite's n_ files): the JSONTestSuite test covers them
    }
  } else if (path.endsWith('.jsonl')) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        try {
          inputs.push({ name: `${name}:${index + 1}`, text: line, expected: JSON.parse(line) as JsonValue });
        } catch {
          // a line that is not JSON on its own
        }
      });
  }
}

describe('every corpus JSON text, one character at a time', () => {
  it('has the corpus', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(400);
    expect(inputs.filter((input) => input.name.includes('duplicated_key'))).toHaveLength(2);
  });

  for (const partialNumbers of [false, true]) {
    it(`${inputs.length} inputs${partialNumbers ? ', partialNumbers' : ''}: every invariant holds, the final value is JSON.parse's`, () => {
      const failures: string[] = [];
      for (const input of inputs) {
        const run = streamChunks(chunksOf(input.text, 1), { partialNumbers });
        // a duplicate key is the documented exception (the last value wins, as in JSON.parse)
        const duplicateKey = input.name.includes('duplicated_key');
        if (run.problems.length > 0 && !duplicateKey) failures.push(`${input.name}: ${run.problems[0]}`);
        else if (!deepEqualJson(run.final.value, input.expected)) failures.push(`${input.name}: final value differs`);
      }
      expect(failures).toEqual([]);
    });
  }
});
