import { readFileSync } from 'node:fs';
import { parsePartialJson, type JsonSnapshot, type JsonValue } from '../../../../src/core/json/index.js';
import { deepEqualJson } from '../helpers/stream-checker.js';
import { sharedPath } from '../../../../scripts/shared-folder.mjs';

/**
 * Other parsers' own test cases (../shared/peer-suites/*.json, read in place; format in its
 * SOURCES.md) run through ripen. Each one-shot case becomes an {@link Outcome}: ripen's value for
 * the whole text in tolerant mode (`parsePartialJson(input, { complete: true })`) against the
 * peer's expected value. Where they differ on purpose the case is listed, once, in
 * `peer-differences.json` beside this file, with its reason.
 */

/** Reads one peer suite file. */
export function readPeerSuite<T>(name: string): T {
  return JSON.parse(readFileSync(sharedPath('peer-suites', name), 'utf8')) as T;
}

/** Marker for a value JSON cannot carry (`{"$": "undefined"}`, `{"$": "Infinity"}`, NaN …). */
export const UNREPRESENTABLE = Symbol('unrepresentable');
/** What a peer expects: a JSON value, no value at all, or a value JSON cannot carry. */
export type Expectation = JsonValue | undefined | typeof UNREPRESENTABLE;

/** One case compared. `ripen` and `expected` are display texts (`JSON.stringify`, or `undefined`). */
export interface Outcome {
  suite: string;
  group: string;
  test: string;
  input: string;
  expected: string;
  ripen: string;
  match: boolean;
}

export function display(value: Expectation): string {
  if (value === UNREPRESENTABLE) return '<not JSON>';
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** A peer's tagged value (`{"$": "undefined"}`) decoded; other tags are values JSON cannot carry. */
export function decodeTagged(value: unknown): Expectation {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === '$' || keys[0] === '$tag')) {
      const tag = (value as Record<string, unknown>)[keys[0] as string];
      return tag === 'undefined' ? undefined : UNREPRESENTABLE;
    }
  }
  return value as JsonValue;
}

/**
 * Ripen's answer for a whole text: the first value, or all of them when the text holds several
 * (JSON Lines; peers that read those return an array of the values).
 */
export function ripenValue(snapshot: JsonSnapshot, expected: Expectation): JsonValue | undefined {
  if (snapshot.values.length > 1 && Array.isArray(expected) && !deepEqualJson(snapshot.value, expected))
    return snapshot.values as JsonValue[];
  return snapshot.value;
}

function compare(suite: string, group: string, test: string, input: string, expected: Expectation): Outcome {
  const snapshot = parsePartialJson(input, { complete: true });
  const value = ripenValue(snapshot, expected);
  const match = expected !== UNREPRESENTABLE && deepEqualJson(value, expected as JsonValue | undefined);
  return { suite, group, test, input, expected: display(expected), ripen: display(value), match };
}

/** SOURCES.md's list of jsonrepair's LLM-quirk test names (the defensive-parsing bar). */
export function llmQuirkNames(): Set<string> {
  const sources = readFileSync(sharedPath('peer-suites', 'SOURCES.md'), 'utf8');
  const section = sources.split('## The LLM-quirk group')[1] ?? '';
  return new Set(
    section
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => `repair invalid JSON > ${line.slice(2).trim()}`),
  );
}

export interface JsonRepairCase {
  test: string;
  input: string;
  expected?: string;
  throws?: { message: string; position: number };
}

/** jsonrepair's cases: `valid` (parse valid JSON), `llm-quirks`, `other-repairs`; refusals apart. */
export function jsonRepairOutcomes(): Outcome[] {
  const { cases } = readPeerSuite<{ cases: JsonRepairCase[] }>('jsonrepair.json');
  const quirks = llmQuirkNames();
  const outcomes: Outcome[] = [];
  for (const testCase of cases) {
    if (testCase.expected === undefined) continue;
    const group = testCase.test.startsWith('parse valid JSON')
      ? 'valid'
      : quirks.has(testCase.test)
        ? 'llm-quirks'
        : 'other-repairs';
    let expected: Expectation;
    try {
      expected = JSON.parse(testCase.expected) as JsonValue;
    } catch {
      expected = UNREPRESENTABLE; // jsonrepair's output is not JSON (e.g. a repaired fragment)
    }
    outcomes.push(compare('jsonrepair', group, testCase.test, testCase.input, expected));
  }
  return outcomes;
}

interface PartialJsonCase {
  source: string;
  test: string;
  fn?: string;
  text?: string;
  allow?: number;
  expected?: { value?: unknown; throws?: string; isNaN?: boolean; completedText?: string };
  skipped?: string;
}

/**
 * partial-json's `parse`/`fix` cases that expect a value. Cases that expect a `PartialJSON` throw
 * are about its `Allow` flags (ripen has none and never throws) and are not compared; cases that
 * expect `MalformedJSON` are refusals (see {@link peerRefusals}).
 */
export function partialJsonOutcomes(): Outcome[] {
  const { cases } = readPeerSuite<{ cases: PartialJsonCase[] }>('partial-json.json');
  const outcomes: Outcome[] = [];
  for (const testCase of cases) {
    const expected = testCase.expected;
    if (expected === undefined || testCase.text === undefined || expected.throws !== undefined) continue;
    const value = expected.isNaN === true ? UNREPRESENTABLE : decodeTagged(expected.value);
    outcomes.push(compare('partial-json', `${testCase.source} ${testCase.fn}`, testCase.test, testCase.text, value));
  }
  return outcomes;
}

/** Counts of partial-json's cases that ripen does not compare (Allow-flag throws, skipped). */
export function partialJsonNotCompared(): number {
  const { cases } = readPeerSuite<{ cases: PartialJsonCase[] }>('partial-json.json');
  return cases.filter((testCase) => testCase.expected === undefined || testCase.expected.throws === 'PartialJSON')
    .length;
}

/** The AI SDK's `fixJson` cases (expected text, `""` for none) and its `parsePartialJson` ones. */
export function vercelOutcomes(): Outcome[] {
  const suite = readPeerSuite<{
    fixJson: { test: string; input: string; expected: string }[];
    parsePartialJson: { test: string; input: string; expected: { value: unknown } }[];
  }>('vercel-ai.json');
  const outcomes: Outcome[] = [];
  for (const testCase of suite.fixJson) {
    const expected = testCase.expected === '' ? undefined : (JSON.parse(testCase.expected) as JsonValue);
    outcomes.push(compare('vercel-ai', 'fixJson', testCase.test, testCase.input, expected));
  }
  for (const testCase of suite.parsePartialJson) {
    outcomes.push(
      compare('vercel-ai', 'parsePartialJson', testCase.test, testCase.input, decodeTagged(testCase.expected.value)),
    );
  }
  return outcomes;
}

/** best-effort-json-parser's `parse` assertions. */
export function bestEffortOutcomes(): Outcome[] {
  const { cases } = readPeerSuite<{ cases: { test: string; input: string; expected?: unknown; throws?: boolean }[] }>(
    'best-effort.json',
  );
  // two cases pass JavaScript's undefined and null as the input, not a text: not compared
  return cases
    .filter((testCase) => testCase.throws === undefined && typeof testCase.input === 'string')
    .map((testCase) => compare('best-effort', 'parse', testCase.test, testCase.input, decodeTagged(testCase.expected)));
}

/** Inputs every peer refuses (jsonrepair throws, partial-json `MalformedJSON`, best-effort throws). */
export function peerRefusals(): { suite: string; test: string; input: string }[] {
  const refusals: { suite: string; test: string; input: string }[] = [];
  for (const testCase of readPeerSuite<{ cases: JsonRepairCase[] }>('jsonrepair.json').cases)
    if (testCase.throws !== undefined)
      refusals.push({ suite: 'jsonrepair', test: testCase.test, input: testCase.input });
  for (const testCase of readPeerSuite<{ cases: PartialJsonCase[] }>('partial-json.json').cases)
    if (testCase.expected?.throws === 'MalformedJSON' && testCase.text !== undefined)
      refusals.push({ suite: 'partial-json', test: testCase.test, input: testCase.text });
  for (const testCase of readPeerSuite<{ cases: { test: string; input: string; throws?: boolean }[] }>(
    'best-effort.json',
  ).cases)
    if (testCase.throws === true) refusals.push({ suite: 'best-effort', test: testCase.test, input: testCase.input });
  return refusals;
}

/** A listed deliberate difference (peer-differences.json). */
export interface Difference {
  suite: string;
  input: string;
  /** Ripen's value, as {@link display} prints it (checked, so the list cannot go stale). */
  ripen: string;
  reason: string;
}

export interface DifferenceList {
  reasons: Record<string, string>;
  differences: Difference[];
  /** Event-stream cases (eventsource-parser, WPT) not matched yet, by test name; read by the SSE peer test. */
  sse: { suite: string; test: string; reason: string; ripen: string }[];
}

/** The list of deliberate differences, read by the tests. */
export function readDifferences(): DifferenceList {
  return JSON.parse(readFileSync(new URL('./peer-differences.json', import.meta.url), 'utf8')) as DifferenceList;
}

/** Key of a difference: suite and input (an input listed once per suite). */
export function differenceKey(suite: string, input: string): string {
  return `${suite}\u0000${input}`;
}
