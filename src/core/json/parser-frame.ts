import type { JsonObject } from './own-member.js';
import type { JsonValue } from './types.js';

/**
 * One open container (object or array) on the parser's explicit stack. Internal.
 *
 * `work` holds the values of the children that are already *closed* (complete, final objects
 * that are never mutated again); the child still open, if any, is the frame above this one or
 * the open string. `snap` is the immutable copy given out in the last snapshot; it is rebuilt
 * only when `dirty` (a child closed or a key was added) or the open child's value changed.
 */
export interface ContainerFrame {
  isArray: boolean;
  work: JsonValue[] | JsonObject;
  snap: JsonValue[] | JsonObject | undefined;
  /** Value of the open child that `snap` was built with (`undefined`: none). */
  lastChild: JsonValue | undefined;
  dirty: boolean;
  /** Key of this container in its parent (index for arrays, name for objects, `''` at root). */
  key: string | number;
  /** JSON Pointer of this container, or `null` when pointers are not tracked (later values). */
  pointer: string | null;
  /**
   * Object in an array: the key names of the previous object of that array, in order, whose
   * strings are already property names; a key read with the same name uses that string instead
   * (`keyHits` counts them). Rows of a table share their keys, and a known property name is
   * stored much faster than a new string.
   */
  keyHints: string[] | undefined;
  keyHits: number;
  /** Object only: it has an own `__proto__` member (copies must define it, never assign it). */
  hasProtoKey: boolean;
  /** Array only: key names of its last closed object child (the next object's `keyHints`). */
  childKeyNames: string[] | undefined;
  /** `pointer` followed by `/` (the start of every child's pointer), or `null` like `pointer`. */
  childPrefix: string | null;
  /** Object only: complete name of the member whose value is being read. */
  pendingKey: string;
  /** A `,` was read and no element/member followed yet (for trailing-comma handling). */
  afterComma: boolean;
  /** Closed members so far (array length, object key count): the snapshot copy's cost. */
  size: number;
  /**
   * Big objects only (≥ {@link BIG_OBJECT} keys): the keys, so a copy is a loop over them (a
   * spread of an object that large is several times slower), built across `snapshot()` calls in
   * `pending` (`pendingCount` keys copied so far) so that no single call stalls.
   */
  keys: string[] | undefined;
  pending: JsonObject | undefined;
  pendingCount: number;
}

/** Key count from which an object's snapshot copy is built by key list and across calls. */
export const BIG_OBJECT = 1024;

/** Parser states. Plain numbers (not a const enum) so isolated-module builds keep working. */
export const State = {
  /** Top level: before/between values (whitespace, fences, `<think>`, prose, value start). */
  top: 0,
  /** Counting backticks of a possible Markdown fence. */
  ticks: 1,
  /** Skipping the rest of a fence line (language tag). */
  fenceLine: 2,
  /** Matching `<think>` / `<thinking>`. */
  tag: 3,
  /** Inside a think block, looking for `</think`. */
  think: 4,
  /** Skipping to the `>` that ends `</think>` / `</thinking>`. */
  thinkEnd: 5,
  /** After `{` or `[` met in prose: the next non-blank character decides whether JSON starts. */
  proseOpen: 6,
  /** Tolerant top-level scalar read; committed when the line ends (else it was prose). */
  topPending: 7,
  /** Prose after a top-level value: everything else is ignored. */
  topIgnore: 8,
  value: 9,
  afterValue: 10,
  key: 11,
  colon: 12,
  string: 13,
  escape: 14,
  unicode: 15,
  number: 16,
  literal: 17,
  slash: 18,
  lineComment: 19,
  blockComment: 20,
  blockStar: 21,
  /** Tolerant recovery: skipping a bad value up to the next `,` or closing bracket. */
  skip: 22,
  fatal: 23,
  /** Tolerant: a number ran into other characters (`2024-10-18T…`); the whole token becomes a string. */
  numberWord: 24,
  /** Tolerant: after a quote in a value string, deciding whether it ended the string or was inside it. */
  quoteCheck: 25,
  /** Tolerant: dots where a value or key was expected: `...` is a placeholder, `.5` a bad number. */
  ellipsis: 26,
  /** Tolerant: a backslash started the document, a key or a value: re-read it unescaped once. */
  doubleEncoded: 27,
  /** Tolerant: matching `<!--` where a value, key or separator was expected. */
  htmlOpen: 28,
  /** Tolerant: inside an HTML comment, looking for `-->`. */
  htmlComment: 29,
  /** After a top-level `{`/`[` and a backtick: a backtick string (the value starts) or a fence (prose)? */
  proseOpenTicks: 30,
} as const;

/** One of the {@link State} codes. */
export type StateCode = (typeof State)[keyof typeof State];

/** Compile-time exhaustiveness: a `switch` over states that reaches this missed a case. */
export function unreachableState(state: never): never {
  throw new Error(`ripen: unhandled parser state ${String(state)}`);
}

/** Number sub-states (RFC 8259 §6 grammar). */
export const NumberState = {
  start: 0,
  sign: 1,
  zero: 2,
  integer: 3,
  dot: 4,
  fraction: 5,
  exponent: 6,
  exponentSign: 7,
  exponentDigits: 8,
} as const;

/**
 * The longest prefix of a number's text that is a complete JSON number (`1.5e+` → `1.5`), or
 * `''` when there is none (`-`). `state` is the number state after `text`.
 */
export function acceptedNumberPrefix(text: string, state: number): string {
  switch (state) {
    case NumberState.dot:
    case NumberState.exponent:
      return text.slice(0, -1);
    case NumberState.exponentSign:
      return text.slice(0, -2);
    case NumberState.start:
    case NumberState.sign:
      return '';
    default:
      return text;
  }
}

/** Whether a number read so far is a complete JSON number if it ended here. */
export function isAcceptingNumberState(state: number): boolean {
  return (
    state === NumberState.zero ||
    state === NumberState.integer ||
    state === NumberState.fraction ||
    state === NumberState.exponentDigits
  );
}

/** JSON whitespace (RFC 8259 §2): space, tab, line feed, carriage return. */
export function isJsonWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Characters of unquoted keys and bare words (`true`, `None`, `Infinity`, ...). */
export function isIdentifierPart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 36
  );
}

/** First character of an unquoted key or bare word. */
export function isIdentifierStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36;
}

/** High (leading) surrogate code unit. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Value of a hexadecimal digit, or -1. */
export function hexDigitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}
