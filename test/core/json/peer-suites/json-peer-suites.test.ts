// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createJsonParser, parsePartialJson, type JsonValue } from '../../../../src/core/json/index.js';
import { chunksOf, deepEqualJson, streamChunks } from '../helpers/stream-checker.js';
import {
  bestEffortOutcomes,
  differenceKey,
  display,
  jsonRepairOutcomes,
  type JsonRepairCase,
  type Outcome,
  partialJsonNotCompared,
  partialJsonOutcomes,
  peerRefusals,
  readDifferences,
  readPeerSuite,
  ripenValue,
  vercelOutcomes,
} from './run-peer-suites.js';

/**
 * Other parsers' test suites (../shared/peer-suites, read in place) held against ripen. Each
 * value case matches the peer or is a deliberate difference listed once, with its reason, in
 * peer-differences.json; the figures are printed at the end of the run.
 */

const list = readDifferences();
const listed = new Map(
  list.differences.map((difference) => [differenceKey(difference.suite, difference.input), difference]),
);
const figures: string[] = [];

interface Tally {
  total: number;
  matched: number;
  listed: number;
  unlisted: Outcome[];
}

function tally(outcomes: Outcome[]): Tally {
  const result: Tally = { total: outcomes.length, matched: 0, listed: 0, unlisted: [] };
  for (const outcome of outcomes) {
    if (outcome.match) result.matched++;
    else if (listed.has(differenceKey(outcome.suite, outcome.input))) result.listed++;
    else result.unlisted.push(outcome);
  }
  return result;
}

function figure(name: string, result: Tally): string {
  const percent = (count: number): string => ((100 * count) / result.total).toFixed(1);
  return (
    `${name}: ${result.matched}/${result.total} match the peer (${percent(result.matched)}%), ` +
    `${result.listed} listed differences, ${result.unlisted.length} other ` +
    `(match or listed: ${percent(result.matched + result.listed)}%)`
  );
}

const repair = jsonRepairOutcomes();
const groups: [string, Outcome[]][] = [
  ['jsonrepair valid JSON', repair.filter((outcome) => outcome.group === 'valid')],
  ['jsonrepair LLM quirks', repair.filter((outcome) => outcome.group === 'llm-quirks')],
  ['partial-json', partialJsonOutcomes()],
  ['AI SDK fixJson / parsePartialJson', vercelOutcomes()],
  ['best-effort-json-parser', bestEffortOutcomes()],
];

describe('the list of deliberate differences', () => {
  it('gives every difference a known reason, each case once, and uses every reason', () => {
    const used = new Set([...list.differences, ...list.sse].map((difference) => difference.reason));
    for (const difference of list.differences) expect(Object.keys(list.reasons)).toContain(difference.reason);
    expect([...used].sort()).toEqual(Object.keys(list.reasons).sort());
    expect(listed.size).toBe(list.differences.length);
  });

  it('is current: each listed case still differs from its peer, and ripen still gives the listed value', () => {
    const all = [...groups.flatMap(([, outcomes]) => outcomes), ...repair];
    for (const difference of list.differences) {
      const label = `${difference.suite} ${JSON.stringify(difference.input)}`;
      const cases = all.filter((outcome) => outcome.suite === difference.suite && outcome.input === difference.input);
      expect(cases.length, `${label} is a peer case`).toBeGreaterThan(0);
      // (one input may appear in several peer cases, e.g. partial-json with different Allow flags)
      expect(
        cases.some((outcome) => !outcome.match),
        `${label} now matches`,
      ).toBe(true);
      for (const outcome of cases) expect(outcome.ripen, label).toBe(difference.ripen);
    }
  });
});

describe('peer value cases: each matches or is a listed difference', () => {
  for (const [name, outcomes] of groups) {
    it(name, () => {
      const result = tally(outcomes);
      figures.push(figure(name, result));
      if (name === 'jsonrepair LLM quirks') {
        // the defensive-parsing bar of issue 13
        expect(result.total).toBeGreaterThanOrEqual(251);
        expect((result.matched + result.listed) / result.total).toBeGreaterThanOrEqual(0.95);
        expect(result.matched / result.total).toBeGreaterThanOrEqual(0.8);
      }
      expect(
        result.unlisted.map(
          (outcome) => `${JSON.stringify(outcome.input)} → ${outcome.ripen}, peer ${outcome.expected}`,
        ),
      ).toEqual([]);
    });
  }

  it("jsonrepair's other repairs (JSONP, MongoDB types, concatenation, unquoted URLs…): a figure, not a bar", () => {
    const result = tally(repair.filter((outcome) => outcome.group === 'other-repairs'));
    figures.push(figure('jsonrepair other repairs (beyond the LLM-quirk group, not listed)', result));
    expect(result.matched).toBeGreaterThanOrEqual(18);
  });
});

describe('peer refusals are flagged, never accepted silently', () => {
  const refusals = peerRefusals();
  it('has the refusals of jsonrepair, partial-json and best-effort', () => {
    expect(refusals.length).toBeGreaterThanOrEqual(15);
  });
  for (const refusal of refusals) {
    it(`${refusal.suite}: ${JSON.stringify(refusal.input)}`, () => {
      const snapshot = parsePartialJson(refusal.input, { complete: true });
      const flagged = snapshot.error !== undefined || snapshot.errors.length > 0 || snapshot.warnings.length > 0;
      expect(flagged).toBe(true);
      const strict = parsePartialJson(refusal.input, { mode: 'strict', complete: true });
      expect(strict.error).toBeDefined();
    });
  }
});

describe("jsonrepair's inputs streamed: same result at every chunk size, every invariant holds", () => {
  const { cases } = readPeerSuite<{ cases: JsonRepairCase[] }>('jsonrepair.json');
  it(`all ${cases.length} inputs, chunk sizes 1-4, default and partialNumbers`, () => {
    let checked = 0;
    for (const testCase of cases) {
      const whole = parsePartialJson(testCase.input, { complete: true });
      for (let size = 1; size <= 4; size++) {
        const run = streamChunks(chunksOf(testCase.input, size));
        const label = `${JSON.stringify(testCase.input)} / ${size}`;
        expect(run.problems, label).toEqual([]);
        expect(display(run.final.value), label).toBe(display(whole.value));
        expect(
          run.final.warnings.map((warning) => warning.kind),
          label,
        ).toEqual(whole.warnings.map((warning) => warning.kind));
        checked++;
      }
      // partialNumbers: a shown number is withdrawn only when it turns out invalid (documented)
      const withdrawn =
        /[-+.eE]\s*$/.test(testCase.input) ||
        parsePartialJson(testCase.input, { partialNumbers: true, complete: true }).errors.some(
          (error) => error.code === 'invalid-number',
        );
      if (!withdrawn) {
        const numbers = streamChunks(chunksOf(testCase.input, 1), { partialNumbers: true });
        expect(numbers.problems, `${JSON.stringify(testCase.input)} partialNumbers`).toEqual([]);
      }
    }
    figures.push(`jsonrepair chunking: ${checked} streamed runs give the one-shot value and warnings`);
  });
});

interface RiverPartial {
  text: string;
  expectedValues: JsonValue[];
  completeValues: [JsonValue, (string | number)[]][];
}
interface RiverCase {
  name: string;
  json: string;
  shouldSucceed: boolean;
}
const river = readPeerSuite<{
  roundtrip: JsonValue[];
  partials: RiverPartial[];
  regressions: RiverCase[];
  invalid: RiverCase[];
}>('jsonriver.json');

function pointerOf(path: (string | number)[]): string {
  return path.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

describe("jsonriver's suite", () => {
  it('partial values: one character at a time, ripen shows a subsequence of jsonriver values, completions in its order', () => {
    let checks = 0;
    for (const partial of river.partials) {
      const parser = createJsonParser({ mode: 'strict' });
      const shown: JsonValue[] = [];
      const completed: string[] = [];
      const take = (): void => {
        const snapshot = parser.snapshot();
        completed.push(...snapshot.completed);
        const value = snapshot.value;
        if (value !== undefined && (shown.length === 0 || !deepEqualJson(shown[shown.length - 1], value)))
          shown.push(value);
      };
      for (const character of partial.text) {
        parser.push(character);
        take();
      }
      parser.end();
      take();
      let cursor = 0;
      for (const value of shown) {
        while (cursor < partial.expectedValues.length && !deepEqualJson(partial.expectedValues[cursor], value))
          cursor++;
        expect(cursor, `${partial.text}: ${JSON.stringify(value)} in jsonriver's order`).toBeLessThan(
          partial.expectedValues.length,
        );
        checks++;
      }
      expect(shown[shown.length - 1]).toEqual(partial.expectedValues[partial.expectedValues.length - 1]);
      expect(completed).toEqual(partial.completeValues.map(([, path]) => pointerOf(path)));
      checks += 2;
    }
    figures.push(`jsonriver partial values: ${checks} checks over ${river.partials.length} texts`);
  });

  it('round trips: every value, compact and indented, strict and tolerant, chunk sizes 1-3 and 7', () => {
    let snapshots = 0;
    for (const value of river.roundtrip) {
      for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
        for (const mode of ['strict', 'tolerant'] as const) {
          for (const size of [1, 2, 3, 7]) {
            const run = streamChunks(chunksOf(text, size), { mode }, true);
            expect(run.problems, `${text} ${mode} ${size}`).toEqual([]);
            expect(deepEqualJson(run.final.value, value), `${text} ${mode} ${size}`).toBe(true);
            expect(run.final.error).toBeUndefined();
            snapshots += run.snapshots.length;
          }
        }
      }
    }
    figures.push(`jsonriver round trips: ${river.roundtrip.length} values, ${snapshots} snapshots checked`);
  });

  it('regressions parse as JSON.parse does', () => {
    for (const regression of river.regressions) {
      const snapshot = parsePartialJson(regression.json, { mode: 'strict', complete: true });
      expect(snapshot.error).toBeUndefined();
      expect(deepEqualJson(snapshot.value, JSON.parse(regression.json) as JsonValue)).toBe(true);
    }
  });

  it('invalid inputs: strict mode fails, tolerant mode repairs with a warning or reports an error', () => {
    let repaired = 0;
    for (const invalid of river.invalid) {
      expect(parsePartialJson(invalid.json, { mode: 'strict', complete: true }).error, invalid.name).toBeDefined();
      const tolerant = parsePartialJson(invalid.json, { complete: true });
      const flagged = tolerant.error !== undefined || tolerant.errors.length > 0 || tolerant.warnings.length > 0;
      expect(flagged, invalid.name).toBe(true);
      if (tolerant.error === undefined) repaired++;
    }
    figures.push(
      `jsonriver invalid inputs: ${river.invalid.length}/${river.invalid.length} rejected in strict mode; ` +
        `tolerant mode reads ${repaired} with warnings, reports the rest`,
    );
  });
});

describe('figures', () => {
  it('prints the peer-suite figures', () => {
    const notCompared = partialJsonNotCompared();
    figures.push(`partial-json: ${notCompared} cases about its Allow flags (PartialJSON throws) not compared`);
    // one-shot values use ripen's whole-text reading, several values when the text holds several
    expect(ripenValue(parsePartialJson('1\n2', { complete: true }), [1, 2])).toEqual([1, 2]);
    console.info(`Peer suites (issue 13):\n- ${figures.join('\n- ')}`);
    expect(figures.length).toBeGreaterThanOrEqual(9);
  });
});
