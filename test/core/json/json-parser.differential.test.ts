// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Allow, parse as partialJsonParse } from 'partial-json';
import { parsePartialJson, type JsonValue } from '../../../src/core/json/index.js';
import { deepEqualJson } from './helpers/stream-checker.js';
import { corpusPath } from '../../../scripts/shared-folder.mjs';

/**
 * Differential test against partial-json (`parse(text, Allow.ALL)`) on every prefix of valid JSON.
 *
 * Intended differences (ripen is more conservative, never less):
 * - numbers are held back until complete: `[12` → ripen `[]`, partial-json `[12]`; `[1e` → `[]` vs `[1]`;
 * - `true`/`false`/`null` appear only when complete and delimited: `[tr` → `[]` vs `[true]`;
 * - a key appears only with its value: `{"a":12` → `{}` vs `{"a":12}`;
 * - a trailing high surrogate is held back until the next character is known;
 * - partial-json loses `__proto__` keys (assignment), ripen keeps them as own data like JSON.parse;
 * - partial-json trims trailing whitespace off an unterminated string (`["AI ` → `["AI"]`), ripen
 *   shows it (strings only grow).
 * So ripen's view is always "below" partial-json's (`isBelow`), and equal whenever the prefix
 * ends on a structural character (`,` `[` `{` `]` `}`).
 */
function isBelow(ours: JsonValue | undefined, theirs: unknown): boolean {
  if (ours === undefined) return true;
  if (typeof ours === 'string') {
    // partial-json trims trailing whitespace of an unterminated string ("AI " → "AI")
    return (
      typeof theirs === 'string' &&
      (theirs.startsWith(ours) || (ours.startsWith(theirs) && ours.slice(theirs.length).trim() === ''))
    );
  }
  if (ours === null || typeof ours !== 'object') return Object.is(ours, theirs);
  if (theirs === null || typeof theirs !== 'object') return false;
  if (Array.isArray(ours)) {
    if (!Array.isArray(theirs)) return false;
    // theirs may show one more (partial) element
    if (ours.length > theirs.length || ours.length < theirs.length - 1) return false;
    return ours.every((item, index) => isBelow(item, theirs[index]));
  }
  if (Array.isArray(theirs)) return false;
  const record = theirs as Record<string, unknown>;
  const extra = Object.keys(record).filter((key) => !Object.hasOwn(ours, key));
  if (extra.length > 1) return false;
  return Object.keys(ours).every((key) => Object.hasOwn(record, key) && isBelow(ours[key], record[key]));
}

function comparePrefixes(text: string): { equal: number; below: number } {
  let equal = 0;
  let below = 0;
  for (let end = 1; end <= text.length; end++) {
    const prefix = text.slice(0, end);
    const ours = parsePartialJson(prefix, { mode: 'strict' }).value;
    let theirs: unknown;
    try {
      theirs = partialJsonParse(prefix, Allow.ALL);
    } catch {
      continue; // partial-json gives up on some prefixes (e.g. a lone "-")
    }
    const last = prefix.charCodeAt(prefix.length - 1);
    const structural = last === 44 || last === 91 || last === 123 || last === 93 || last === 125;
    if (deepEqualJson(ours, theirs as JsonValue)) equal++;
    else {
      below++;
      if (structural)
        throw new Error(
          `prefix ending on a structural character differs: ${JSON.stringify(prefix.slice(-40))}: ours ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`,
        );
    }
    if (!isBelow(ours, theirs)) {
      throw new Error(
        `not below partial-json at ${JSON.stringify(prefix.slice(-40))}: ours ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`,
      );
    }
  }
  return { equal, below };
}

describe('differential: ripen vs partial-json on prefixes of valid JSON', () => {
  it('generated documents (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        // partial-json does not handle escaped surrogates / control characters in partial strings
        // the same way; keep the comparison to printable text
        fc.pre(/^[\x20-\x7e\n]*$/.test(text));
        // partial-json assigns "__proto__" (the object's prototype changes, the key is lost);
        // ripen keeps it as an own key like JSON.parse: a documented difference, not compared
        fc.pre(!text.includes('__proto__'));
        comparePrefixes(text);
      }),
      { numRuns: 150 },
    );
  });

  it('real model JSON fixtures', () => {
    const directory = corpusPath('json');
    let totals = { equal: 0, below: 0 };
    for (const name of readdirSync(directory)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      const result = comparePrefixes(readFileSync(join(directory, name), 'utf8'));
      totals = { equal: totals.equal + result.equal, below: totals.below + result.below };
    }
    // most prefixes agree exactly; the rest differ only by held-back numbers/literals
    expect(totals.equal).toBeGreaterThan(totals.below * 5);
  });
});
