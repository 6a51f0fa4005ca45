import {
  createJsonParser,
  type JsonParser,
  type JsonParserOptions,
  type JsonSnapshot,
  type JsonValue,
} from '../../../../src/core/json/index.js';

/** Problems found between two consecutive snapshots; empty when the invariants hold. */
export function compareSnapshots(
  previous: JsonValue | undefined,
  next: JsonValue | undefined,
  path = '',
  numbersGrow = false,
): string[] {
  const problems: string[] = [];
  compareValues(previous, next, path, problems, true, numbersGrow);
  return problems;
}

function kindOf(value: JsonValue | undefined): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Deep equality that treats own `__proto__` keys as data (like JSON.parse output). */
export function deepEqualJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!deepEqualJson(a[index], b[index])) return false;
    return true;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let index = 0; index < keysA.length; index++) {
    const key = keysA[index] as string;
    if (key !== keysB[index]) return false;
    if (!deepEqualJson((a as Record<string, JsonValue>)[key], (b as Record<string, JsonValue>)[key])) return false;
  }
  return Object.getPrototypeOf(a) === Object.getPrototypeOf(b);
}

/**
 * Prefix stability between two snapshots: same type, strings only grow, arrays only append,
 * keys never disappear, scalars never change (with `numbersGrow`, the `partialNumbers` option, a
 * number may change value but stays a number), and (`identity`) a subtree whose content did not
 * change is the same object. Walks only where identity differs (structural sharing makes this
 * proportional to the change).
 */
function compareValues(
  previous: JsonValue | undefined,
  next: JsonValue | undefined,
  path: string,
  problems: string[],
  identity: boolean,
  numbersGrow: boolean,
): void {
  if (previous === undefined || previous === next) return;
  const before = kindOf(previous);
  const after = kindOf(next);
  if (before !== after) {
    problems.push(`${path}: type changed ${before} → ${after}`);
    return;
  }
  if (typeof previous === 'string') {
    if (!(next as string).startsWith(previous))
      problems.push(
        `${path}: string did not grow (${JSON.stringify(previous.slice(-20))} → ${JSON.stringify((next as string).slice(-20))})`,
      );
    return;
  }
  if (typeof previous === 'number' && numbersGrow) return;
  if (typeof previous === 'number' || typeof previous === 'boolean') {
    if (!Object.is(previous, next)) problems.push(`${path}: scalar changed ${String(previous)} → ${String(next)}`);
    return;
  }
  if (previous === null) return;
  if (identity && deepEqualJson(previous, next)) {
    problems.push(`${path}: unchanged subtree lost its identity`);
    return;
  }
  if (Array.isArray(previous)) {
    const array = next as JsonValue[];
    if (array.length < previous.length) problems.push(`${path}: array shrank ${previous.length} → ${array.length}`);
    for (let index = 0; index < previous.length; index++)
      compareValues(previous[index], array[index], `${path}/${index}`, problems, identity, numbersGrow);
    return;
  }
  const object = next as Record<string, JsonValue>;
  for (const key of Object.keys(previous)) {
    if (!Object.hasOwn(object, key)) {
      problems.push(`${path}/${key}: key disappeared`);
      continue;
    }
    compareValues(
      (previous as Record<string, JsonValue>)[key],
      object[key],
      `${path}/${key}`,
      problems,
      identity,
      numbersGrow,
    );
  }
}

/** Split `text` into chunks of `size` characters. */
export function chunksOf(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let index = 0; index < text.length; index += size) chunks.push(text.slice(index, index + size));
  return chunks;
}

export interface StreamRun {
  parser: JsonParser;
  snapshots: JsonSnapshot[];
  final: JsonSnapshot;
  problems: string[];
}

/** Stream `chunks` through a parser, snapshot after each, and check every pair of snapshots. */
export function streamChunks(
  chunks: readonly string[],
  options: JsonParserOptions = {},
  keepSnapshots = false,
): StreamRun {
  const parser = createJsonParser(options);
  const snapshots: JsonSnapshot[] = [];
  const problems: string[] = [];
  let previous: JsonSnapshot | undefined;
  const completedAt = new Map<string, JsonValue | undefined>();
  const check = (snapshot: JsonSnapshot, label: string): void => {
    if (snapshot === previous) return; // nothing changed: same snapshot object
    if (previous !== undefined) {
      const numbersGrow = options.partialNumbers === true;
      for (const problem of compareSnapshots(previous.value, snapshot.value, '', numbersGrow))
        problems.push(`${label}: ${problem}`);
      if (previous.values.length > snapshot.values.length) problems.push(`${label}: values shrank`);
    }
    for (const pointer of snapshot.completed) {
      if (completedAt.has(pointer)) problems.push(`${label}: ${pointer} completed twice`);
      completedAt.set(pointer, valueAt(snapshot.value, pointer));
    }
    if (keepSnapshots) snapshots.push(snapshot);
    previous = snapshot;
  };
  chunks.forEach((chunk, index) => {
    parser.push(chunk);
    check(parser.snapshot(), `after chunk ${index}`);
  });
  parser.end();
  const final = parser.snapshot();
  check(final, 'after end');
  // A completed node never changes again: same value (same object) at the end.
  for (const [pointer, value] of completedAt) {
    if (valueAt(final.value, pointer) !== value) problems.push(`${pointer} changed after it completed`);
  }
  return { parser, snapshots, final, problems };
}

/** Resolve an RFC 6901 pointer in a value (test helper). */
export function valueAt(value: JsonValue | undefined, pointer: string): JsonValue | undefined {
  if (pointer === '') return value;
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current)) current = current[Number(token)];
    else current = Object.hasOwn(current, token) ? current[token] : undefined;
  }
  return current;
}
