// The incremental JSON parser: the value state machine (`run`) and the public `push`, `end`,
// `snapshot`, `statusAt`. One file over the house ~400 lines, on purpose: `run` is the loop over
// every character, and its per-token paths (strings, numbers, `,` `:` and quotes between tokens)
// are inlined in it so that no call or allocation happens per character. Profile of the bench
// documents streamed in 2–6 character chunks (`node --cpu-prof`, issue 13): `run` alone is 45–50%
// of the time, the string-body scan in it ~17%; the per-token methods it calls (closeString,
// addChild, startString) each a few %. All of them read and write the same fields of one
// monomorphic object; split into modules, the state would have to be passed around or read
// through a second object on every token. What needs no parser state lives beside it:
// top-level-reader (the tolerant top level, base class), snapshot-builder, field-status,
// bare-word, utf8-bytes, character-codes, unescape-layer, check-parser-options.
import { RipenError, type RipenErrorCode } from '../errors/ripen-error.js';
import { escapeJsonPointerToken } from './json-pointer.js';
import { setOwnMember, type JsonObject } from './own-member.js';
import {
  State,
  NumberState,
  acceptedNumberPrefix,
  BIG_OBJECT,
  hexDigitValue,
  isAcceptingNumberState,
  isHighSurrogate,
  isIdentifierPart,
  isIdentifierStart,
  isJsonWhitespace,
  type ContainerFrame,
  type StateCode,
  unreachableState,
} from './parser-frame.js';
import { type FrozenFieldStatus, resolveFieldStatus, resolveFrozenFieldStatus } from './field-status.js';
import { readBareWord } from './bare-word.js';
import { checkParserOptions } from './check-parser-options.js';
import { TopLevelReader } from './top-level-reader.js';
import { extraUtf8Bytes, extraUtf8BytesIn, utf8Length, utf8PrefixLength } from './utf8-bytes.js';
import { createUnescapeLayer, type UnescapeLayer } from './unescape-layer.js';
import {
  APOSTROPHE,
  ASTERISK,
  BACKSLASH,
  BACKTICK,
  BACKTICK_QUOTES,
  CAPITAL_E,
  CAPITAL_I,
  CARRIAGE_RETURN,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DIGIT_NINE,
  DIGIT_ZERO,
  DOT,
  GREATER_THAN,
  LESS_THAN,
  LINE_FEED,
  MINUS,
  OPEN_BRACE,
  OPEN_BRACKET,
  PLUS,
  QUOTE,
  SLASH,
  SMALL_B,
  SMALL_E,
  SMALL_F,
  SMALL_N,
  SMALL_R,
  SMALL_T,
  SMALL_U,
  SPACE,
  TILDE,
  closesString,
  isDigit,
  isUnicodeSpace,
  smartQuoteClass,
} from './character-codes.js';
import { estimateSnapshotCost, rebuildOpenPath, UNFINISHED } from './snapshot-builder.js';
import type { FieldStatus, JsonParserOptions, JsonSnapshot, JsonValue, JsonWarning, RepairKind } from './types.js';

/**
 * Incremental, push-based JSON parser with auto-completed, structurally shared snapshots.
 * Create one with {@link createJsonParser}.
 */
export interface JsonParser {
  /**
   * Feed the next chunk of text (any split: inside a string, an escape, a number, a surrogate
   * pair). Total cost is linear in the input length; accumulated text is never re-read.
   * Bad input never throws: it is reported in the snapshot.
   * @throws TypeError when `text` is not a string or `end()` was already called (misuse)
   */
  push(text: string): void;
  /** No more input: a trailing number/literal completes; an unfinished document gets `truncated`. */
  end(): void;
  /**
   * The immutable, auto-completed view so far. Unchanged subtrees are the same objects as in the
   * previous snapshot; a changed leaf gives new objects only along its path. With no `push`/`end`
   * since the previous call (or no visible change and nothing newly completed) the very same
   * snapshot object is returned. Do not mutate the returned values.
   *
   * Cost: bounded on huge open containers (unless `exactSnapshots`): past 256 array slots
   * along the open path, the previous snapshot is returned until the text pushed since pays for
   * a new copy (total copy work ≤ ~2 slots per input character), and a big object is copied over
   * several calls; see {@link JsonParserOptions.exactSnapshots}. After `end()` it is exact.
   */
  snapshot(): JsonSnapshot;
  /**
   * Status of the node at an RFC 6901 JSON Pointer into the first top-level value
   * (`""` root, `/rows/0/name`, `~0` for `~`, `~1` for `/`).
   * @throws TypeError on a malformed pointer
   */
  statusAt(pointer: string): FieldStatus;
  /**
   * The fatal error so far; `undefined` while the text is still good. Once set, the parser has
   * stopped reading (later `push` calls are ignored) and the same error is the snapshot's `error`.
   * Codes: `unexpected-token`, `invalid-number` and `invalid-escape` (strict mode), `depth-limit`,
   * `string-limit`, `size-limit`; after `end()` also `truncated` or `unexpected-end` (no value).
   * Reading it costs nothing (no snapshot is taken), so a caller can check it after every chunk.
   * Repaired quirks are not errors (see the snapshot's `warnings`); `reset()` clears it.
   */
  readonly error: RipenError | undefined;
  /** Forget everything and start a new document with the same options. */
  reset(): void;
}

/** Most keys of an object whose names are offered to the next object of the same array (`keyHints`). */
const MAX_KEY_HINTS = 64;

/** Default limits, see {@link JsonParserOptions}. */
export const DEFAULT_MAX_DEPTH = 512;
export const DEFAULT_MAX_BYTES = 67_108_864;
export const DEFAULT_MAX_STRING_LENGTH = 16_777_216;

/** Snapshot copy cost (array slots; a member of a 128+ key object counts 16) below which every snapshot is exact. */
const LAG_FREE_COST = 256;
/**
 * Above it, a new copy waits until the characters pushed since, at this many cost units each, pay
 * for it: copy work stays within ~2 slots per input character (JSON.parse reads ~1 ns a character,
 * a slot copy costs about as much), so a table 5,000 rows long shows new text every ~2,500 characters.
 */
const COST_PER_CHARACTER = 2;
/** Most keys of big objects copied in one `snapshot()` call (a few ms at most). */
const KEYS_PER_SNAPSHOT = 4096;
const _TAG_OPEN = '<think';
const HTML_COMMENT_OPEN = '<!--';
const NO_POINTERS: readonly string[] = Object.freeze([]);
const _TAG_CLOSE = '</think';
const SIMPLE_ESCAPES: Record<number, string> = {
  [QUOTE]: '"',
  [BACKSLASH]: '\\',
  [SLASH]: '/',
  [SMALL_B]: '\b',
  [SMALL_F]: '\f',
  [SMALL_N]: '\n',
  [SMALL_R]: '\r',
  [SMALL_T]: '\t',
};

/**
 * The object or array a string holds, when the whole string (blanks aside) is one valid JSON
 * container; otherwise `undefined`. Linear in the string's length.
 */
function readEncodedJsonText(text: string): JsonValue | undefined {
  const start = text.trimStart().charCodeAt(0);
  if (start !== OPEN_BRACE && start !== OPEN_BRACKET) return undefined;
  const inner = new IncrementalJsonParser({ mode: 'strict' });
  inner.push(text);
  inner.end();
  const snapshot = inner.snapshot();
  return snapshot.error === undefined ? snapshot.value : undefined;
}

/**
 * RFC 6901 reference token of a key or index (`~` → `~0`, `/` → `~1`). A key without either,
 * the usual case, is returned as it is after one pass over its characters (no builtin call).
 */
function pointerToken(key: string | number): string {
  if (typeof key === 'number') return String(key);
  for (let index = 0; index < key.length; index++) {
    const c = key.charCodeAt(index);
    if (c === TILDE || c === SLASH) return escapeJsonPointerToken(key);
  }
  return key;
}

/**
 * Most digits of a number whose value is computed while it is read: below 10^15 the digits form
 * an exact integer M (< 2^53) and 10^k (k ≤ 15 ≤ 22) is exact too, so M / 10^k is the correctly
 * rounded value of the decimal, the very double `Number(text)` gives (Clinger's fast path).
 * Longer numbers and exponents go through `Number(text)`.
 */
const EXACT_DIGITS = 15;
/** 10^0 … 10^15 as literals (each exact in a double). */
const POWERS_OF_TEN: readonly number[] = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/** Whether `c` may follow a number (else the number ran into other characters). */
function endsNumber(c: number, strict: boolean): boolean {
  if (isJsonWhitespace(c) || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) return true;
  // tolerant: a comment, or the next value of a missing-comma repair
  return !strict && (c === SLASH || c === QUOTE || c === APOSTROPHE || c === OPEN_BRACE || c === OPEN_BRACKET);
}

/** Whether `c` ends a number-like word (`2024-10-18T18:35:22.229Z`). */
function endsNumberWord(c: number): boolean {
  return isJsonWhitespace(c) || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE;
}

/**
 * Create an incremental JSON parser.
 *
 * Invariants, for any input and any chunking (tested as properties in
 * `test/core/json/json-parser.property.test.ts`):
 * 1. for valid JSON, the final value equals `JSON.parse(fullText)` (own `__proto__` keys included);
 * 2. strings only grow (a snapshot's string is a prefix of every later one at the same place);
 * 3. arrays only append; keys never disappear; a key appears only once its name is complete and
 *    its value is visible; a value never changes type (sole exception: a duplicate key, where, as
 *    in `JSON.parse`, the last value wins);
 * 4. numbers, `true`, `false`, `null` appear only when complete: a number when a delimiter follows
 *    or at `end()` (`12` then `3` never shows 12), unless `partialNumbers` is set (then the
 *    longest complete prefix shows and grows: `1.5e+` shows 1.5; it can still be withdrawn by a
 *    leading zero `[05`, by other characters after it `1.2.3`, or by a cut at `.`/`e` at `end()`);
 *    a number is never complete with a wrong value: a number that runs into other characters
 *    (`2024-10-18T18:35:22.229Z`, `1.2.3`, `123abc`) is read whole as a string in tolerant mode
 *    (warning `number-as-string`, as jsonrepair reads it) and is `invalid-number` in strict mode;
 * 5. no partial escape (`\`, `\u12`) and no half of a surrogate pair is ever visible (a trailing
 *    high surrogate is held back until the next character is known);
 * 6. a node marked `complete` never changes again;
 * 7. unchanged subtrees keep object identity, and a snapshot costs time in proportion to the open
 *    path (copying the containers along it), not to the size of the document; on huge open
 *    containers that copy is amortised (see `snapshot()`), so total snapshot work stays linear;
 * 8. depth, total size and string length are bounded (options); the stack is explicit, so input
 *    depth never grows the JavaScript call stack.
 *
 * Tolerant mode (default) repairs model quirks, each reported as a {@link JsonWarning}; strict
 * mode accepts exactly what `JSON.parse` accepts. Errors are {@link RipenError}s with codes
 * `unexpected-token`, `invalid-number`, `invalid-escape`, `depth-limit`, `size-limit`,
 * `string-limit`, `truncated`, `unexpected-end` (no value at all), each with `offset` and `pointer`.
 *
 * Repairs of tolerant mode (warning kind in brackets; see {@link RepairKind}): trailing and leading
 * commas, `//` `/* *\/` and `<!-- -->` comments, single quotes, typographic quotes and backtick
 * strings (`smart-quote`), unquoted keys (also numeric ones), Python literals, NaN/Infinity and
 * `undefined` as `null`, missing commas, a missing colon, no-break and other Unicode spaces between
 * tokens, `...` placeholders, junk where a key should be (skipped to the next `,`/`}`), a bad value
 * (skipped, the node is `invalid`), a closing bracket that closes an outer container
 * (`missing-bracket`) or none (`extra-bracket`), raw control characters in strings, unknown
 * escapes (kept as written), double-encoded JSON (`{\"a\": 1}`, read unescaped once; warning
 * offsets after it count decoded characters), a number running into other characters (read whole as
 * a string). Unescaped inner quotes (`"apple "bee" carrot"`): inside a container a quote ends a
 * value string only if the next non-blank character is a line end, `,`, `}`, `]`, `{`, `[`, a
 * quote, a digit, `-` or `/` (at the top level: only a line end); otherwise it was inside. The
 * decision waits for that character, so the string stays `streaming` (the text before the quote
 * shows) and nothing shown is ever revised: no end-of-input pass rewrites values. Never invented:
 * a key whose value never arrived, a number cut at `.`/`e`, a literal from its prefix.
 *
 * Top level, tolerant mode (the prose heuristic):
 * - whitespace, a BOM, Markdown fences (```` ``` ```` with or without a language tag, skipped to
 *   the end of their line) and `<think>…</think>` / `<thinking>…</thinking>` blocks are skipped;
 * - before any prose, a value may start with any JSON value character; a *scalar* top-level value
 *   is only committed when its line ends (newline or `end()`), otherwise it was the start of a
 *   sentence (`2 options: {...}`) and is treated as prose, so prose never invents values;
 * - after prose, only `{` or `[` can start the value, and only if the next non-blank character
 *   fits (`{` then `"`, `'` or `}`; `[` then a quote, `{`, `[`, `]`, `-` or a digit), so
 *   `[see below]` stays prose; before any prose a container needs a next character that a JSON
 *   value allows (plus unquoted keys), and for `[` not a capital letter (`[Note] ...` is prose);
 * - limits of the heuristic: a `{`/`[` in prose that passes that check starts the value (e.g. a
 *   footnote `[1]` before the real JSON), and prose that starts with a quote is read as a string;
 * - after a top-level value, more values may follow (JSON Lines / concatenated, warning
 *   `multiple-values`; `snapshot().values` has them all, `value` is the first); the first prose
 *   character after a value ends the document: the rest is ignored (warning `prose`).
 *
 * @param options - see {@link JsonParserOptions}
 * @returns a parser: `push`, `end`, `snapshot`, `statusAt`, `reset`
 * @throws RipenError code `invalid-option` when an option has the wrong type or value (the
 *   message names the option and what is allowed, e.g. `maxDepth must be an integer ≥ 1; got 0`)
 */
export function createJsonParser(options: JsonParserOptions = {}): JsonParser {
  return new IncrementalJsonParser(options);
}

/**
 * The state machine for values (strings, numbers, words, structure and the tolerant repairs
 * inside containers); the tolerant top level (fences, think blocks, prose, JSON Lines) is its base
 * class in `top-level-reader.ts`. Still longer than the house ~400 lines on purpose: the
 * per-character paths are inlined in `run` so that no call or allocation happens per character;
 * what needs no parser state lives beside it (`snapshot-builder`, `field-status`, `bare-word`,
 * `character-codes`, `unescape-layer`, `check-parser-options`).
 */
class IncrementalJsonParser extends TopLevelReader implements JsonParser {
  private readonly maxDepth: number;
  private readonly maxBytes: number;
  /** UTF-8 bytes pushed so far (for `maxBytes`). */
  private bytes = 0;
  /**
   * UTF-8 bytes beyond one per code unit of the non-ASCII characters `run` has read (only ever
   * grows; `push` takes the difference over a chunk). Counted where the characters are read, so
   * a chunk costs no separate pass: see `push`.
   */
  private extraBytes = 0;
  private readonly maxStringLength: number;
  private readonly partialNumbers: boolean;
  private readonly exactSnapshots: boolean;
  /** `consumed` at the last snapshot copy: what was pushed since pays for the next (see `snapshot()`). */
  private rebuiltAt = 0;

  private consumed = 0;
  private ended = false;
  private changed = true;

  // top level

  // leaf being read
  private stringValue = '';
  private stringHigh = '';
  private stringQuote = 34;
  private stringIsKey = false;
  private stringVisible = false;
  private stringStart = 0;
  private stringWarnedControl = false;
  private hexCount = 0;
  private hexValue = 0;
  private hexText = '';
  private numberText = '';
  private numberState: number = NumberState.start;
  private numberStart = 0;
  /** The number's digits before any exponent, as an integer (exact while `numberDigits` ≤ EXACT_DIGITS). */
  private numberMantissa = 0;
  private numberDigits = 0;
  /** How many of those digits follow the decimal point. */
  private numberFractionDigits = 0;
  private numberNegative = false;
  private literalText = '';
  private literalStart = 0;
  private literalIsKey = false;
  private returnState: StateCode = State.value;
  private slashOffset = 0;
  private skipDepth = 0;
  private skipQuote = 0;
  private skipEscape = false;
  private quoteOffset = 0;
  /** The quote that may end the string, and the blanks after it (`quoteCheck`). */
  private quoteText = '';
  private innerQuoteWarned = false;
  /** The string being read had a `\"` (a top-level one may then be double-encoded JSON). */
  private stringEscapedQuote = false;
  private dotCount = 0;
  private dotOffset = 0;
  private skipCommaAfterEllipsis = false;
  private layerRestart = -1;
  private layerReturnState: StateCode = State.top;

  // reports
  private warnings: JsonWarning[] = [];
  private errors: RipenError[] = [];
  private fatalError: RipenError | undefined = undefined;
  /** Pointers of nodes that could not be read, each with the order it was found in. */
  private invalidPointers = new Map<string, number>();

  // last snapshot
  /** Keys of the open containers as strings, root first (`freezeStatus`); `undefined` once the stack changed. */
  private stackKeys: string[] | undefined = undefined;
  private last: JsonSnapshot | undefined = undefined;
  private lastValues: JsonValue[] = [];
  private lastCommittedCount = 0;
  private lastRoot: JsonValue | undefined = undefined;

  constructor(options: JsonParserOptions) {
    checkParserOptions(options, 'createJsonParser(options):');
    super(options.mode === 'strict');
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.maxStringLength = options.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH;
    this.partialNumbers = options.partialNumbers ?? false;
    this.exactSnapshots = options.exactSnapshots ?? false;
  }

  reset(): void {
    this.state = State.top;
    this.stack = [];
    this.stackKeys = undefined;
    this.consumed = 0;
    this.bytes = 0;
    this.rebuiltAt = 0;
    this.ended = false;
    this.changed = true;
    this.committed = [];
    this.proseSeen = this.proseWarned = false;
    this.pendingWarning = undefined;
    this.trackPointers = true;
    this.stringValue = this.stringHigh = '';
    this.warnings = [];
    this.errors = [];
    this.fatalError = undefined;
    this.invalidPointers = new Map();
    this.completed = [];
    this.done = false;
    this.last = undefined;
    this.lastValues = [];
    this.lastCommittedCount = 0;
    this.lastRoot = undefined;
  }

  push(text: string): void {
    if (typeof text !== 'string') throw new TypeError('JsonParser.push(text): text must be a string');
    if (this.ended) throw new TypeError('JsonParser.push() after end(): call reset() to parse a new document');
    if (text.length === 0) return;
    if (this.state === State.fatal) {
      this.consumed += text.length; // nothing more is read: the snapshot does not change
      return;
    }
    this.changed = true;
    if (this.layer === undefined && this.bytes + 3 * text.length <= this.maxBytes) {
      // The usual case: the chunk fits whatever its characters are (a code unit is ≤ 3 UTF-8 bytes),
      // so it is read at once and `run` counts the bytes of its non-ASCII characters on the way.
      const extraBefore = this.extraBytes;
      this.run(text);
      if (this.layerRestart >= 0) this.readRestDecoded(text);
      this.bytes += text.length + (this.extraBytes - extraBefore);
      this.consumed += text.length;
      return;
    }
    // Near the limit (or reading double-encoded JSON, whose decoded text is what `run` sees): exact count first.
    const size = utf8Length(text);
    if (this.bytes + size > this.maxBytes) {
      // over the limit: read the longest prefix that fits, cut on a code point boundary
      const allowed = utf8PrefixLength(text, this.maxBytes - this.bytes);
      if (allowed > 0) this.feed(text.slice(0, allowed));
      this.consumed += allowed;
      this.bytes = this.maxBytes;
      if ((this.state as StateCode) !== State.fatal) {
        this.fail('size-limit', `input exceeds maxBytes (${this.maxBytes} UTF-8 bytes)`, this.consumed);
      }
      return;
    }
    this.bytes += size;
    this.feed(text);
    this.consumed += text.length;
  }

  /** Run the machine over a chunk, through the unescape layer once double-encoded JSON was met. */
  private feed(text: string): void {
    if (this.layer !== undefined) {
      this.runDecoded(this.layer.decode(text));
      return;
    }
    this.run(text);
    if (this.layerRestart >= 0) this.readRestDecoded(text);
  }

  /** `{\"a\": 1}`: double-encoded JSON began in this chunk; from the backslash on, it is read unescaped once. */
  private readRestDecoded(text: string): void {
    const restart = this.layerRestart;
    this.layerRestart = -1;
    this.runDecoded((this.layer as unknown as UnescapeLayer).decode(text.slice(restart)));
  }

  /** `run` over decoded text: its bytes are not the input's (those were counted on the raw text). */
  private runDecoded(decoded: string): void {
    const extraBytes = this.extraBytes;
    this.run(decoded);
    this.extraBytes = extraBytes;
  }

  protected override readEncodedJson(text: string): JsonValue | undefined {
    return readEncodedJsonText(text);
  }

  protected override startComment(offset: number): void {
    this.returnState = this.state;
    this.slashOffset = offset;
    this.state = State.slash;
  }

  /** Fast path of `quoteCheck`: inside a container, a `,` `}` `]` right after the quote ends the string. */
  private quoteEndsString(text: string, next: number): boolean {
    if (next >= text.length || this.stack.length === 0) return false;
    const c = text.charCodeAt(next);
    return c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET;
  }

  /** A backslash where a value, key or the document starts: JSON escaped once more (tolerant). */
  protected override startDoubleEncoded(offset: number): void {
    this.warn('double-encoded', offset);
    this.layer = createUnescapeLayer();
    this.layerReturnState = this.state;
    this.state = State.doubleEncoded;
  }

  /** The state machine over one chunk. Each case consumes characters or switches state. */
  private run(text: string): void {
    const n = text.length;
    const strict = this.strict;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case State.string: {
          const quote = this.stringQuote;
          const start = i;
          let c = 0;
          let extraBytes = 0; // UTF-8 bytes of the run beyond one per code unit (see `push`)
          if (strict) {
            while (i < n && (c = text.charCodeAt(i)) !== quote && c !== BACKSLASH && c >= SPACE) {
              if (c >= 0x80) extraBytes += extraUtf8Bytes(c);
              i++;
            }
          } else if (quote < 0) {
            // opened by a typographic quote or a backtick: closes at any quote of its kind
            while (i < n && !closesString(quote, (c = text.charCodeAt(i))) && c !== BACKSLASH) {
              if (c >= 0x80) extraBytes += extraUtf8Bytes(c);
              i++;
            }
          } else {
            while (i < n) {
              c = text.charCodeAt(i);
              if (c > BACKSLASH && c < 0x80) {
                i++; // small letters and most punctuation: never special (both quotes are below)
                continue;
              }
              if (c === quote || c === BACKSLASH) break;
              if (c < SPACE) {
                // a top-level "string" that took an inner quote and runs past its line was prose
                if (c === LINE_FEED && this.innerQuoteWarned && this.stack.length === 0) break;
                if (!this.stringWarnedControl) {
                  this.stringWarnedControl = true;
                  this.warn('control-character', this.consumed + i);
                }
              } else if (c >= 0x80) extraBytes += extraUtf8Bytes(c);
              i++;
            }
          }
          this.extraBytes += extraBytes;
          if (i > start) {
            const room = this.maxStringLength - this.stringValue.length - this.stringHigh.length;
            if (i - start > room) {
              // no character past the limit is ever shown
              if (room > 0) this.appendRun(text, start, start + room);
              this.fail(
                'string-limit',
                `string longer than maxStringLength (${this.maxStringLength})`,
                this.consumed + start + Math.max(room, 0),
              );
              return;
            }
            // all ASCII (no surrogate to hold back) and none held: a plain append
            if (extraBytes === 0 && this.stringHigh === '') this.stringValue += text.slice(start, i);
            else this.appendRun(text, start, i);
          }
          if (i === n) break;
          if (c === BACKSLASH) {
            this.state = State.escape;
          } else if (c === LINE_FEED && !strict && quote >= 0) {
            this.prose(this.stringStart);
          } else if (strict && c < SPACE) {
            this.fail('unexpected-token', 'bad control character in string', this.consumed + i);
            return;
          } else if (!strict && !this.stringIsKey && !this.quoteEndsString(text, i + 1)) {
            // tolerant: the next characters decide whether this quote ends the string (see quoteCheck)
            this.quoteOffset = this.consumed + i;
            this.quoteText = text[i] as string;
            this.state = State.quoteCheck;
          } else {
            this.closeString();
          }
          if (c >= 0x80) this.extraBytes += extraUtf8Bytes(c); // a typographic closing quote
          i++;
          break;
        }
        case State.afterValue:
        case State.value:
        case State.key:
        case State.colon: {
          const c = text.charCodeAt(i);
          if (isJsonWhitespace(c)) {
            i++;
            while (i < n && isJsonWhitespace(text.charCodeAt(i))) i++;
            break;
          }
          // the usual next token, without the repairs `structural` checks for
          if (!this.skipCommaAfterEllipsis) {
            const state = this.state;
            if (state === State.colon) {
              if (c === COLON) {
                this.state = State.value;
                i++;
                break;
              }
            } else if (state === State.afterValue) {
              if (c === COMMA) {
                const frame = this.stack[this.stack.length - 1] as ContainerFrame;
                frame.afterComma = true;
                this.state = frame.isArray ? State.value : State.key;
                i++;
                break;
              }
            } else if (c === QUOTE) {
              this.startString(QUOTE, state === State.key, this.consumed + i);
              i++;
              break;
            } else if (state === State.value && ((c >= DIGIT_ZERO && c <= DIGIT_NINE) || c === MINUS)) {
              this.startNumber(this.consumed + i); // its first character is read by the number state
              break;
            }
          }
          if (c === SLASH && !strict) {
            this.returnState = this.state;
            this.slashOffset = this.consumed + i;
            this.state = State.slash;
            i++;
            break;
          }
          if (!strict && isUnicodeSpace(c)) {
            this.warn('unicode-space', this.consumed + i);
            this.extraBytes += extraUtf8Bytes(c);
            i++;
            break;
          }
          if (c === LESS_THAN && !strict) {
            this.returnState = this.state;
            this.slashOffset = this.consumed + i;
            this.dotCount = 1; // characters of `<!--` matched
            this.state = State.htmlOpen;
            i++;
            break;
          }
          if (this.structural(c, this.consumed + i)) {
            if (c >= 0x80) this.extraBytes += extraUtf8Bytes(c); // e.g. a typographic opening quote
            i++;
          }
          break;
        }
        case State.number: {
          const start = i;
          let state = this.numberState;
          let digits = this.numberDigits;
          let mantissa = this.numberMantissa;
          let fractionDigits = this.numberFractionDigits;
          let leadingZero = false;
          for (; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c >= DIGIT_ZERO && c <= DIGIT_NINE) {
              if (state === NumberState.zero) {
                leadingZero = true;
                break;
              }
              if (state === NumberState.sign || state === NumberState.start)
                state = c === DIGIT_ZERO ? NumberState.zero : NumberState.integer;
              else if (state === NumberState.dot) state = NumberState.fraction;
              else if (state === NumberState.exponent || state === NumberState.exponentSign)
                state = NumberState.exponentDigits;
              if (state !== NumberState.exponentDigits) {
                mantissa = mantissa * 10 + (c - DIGIT_ZERO);
                digits++;
                if (state === NumberState.fraction) fractionDigits++;
              }
            } else if (c === DOT && (state === NumberState.zero || state === NumberState.integer))
              state = NumberState.dot;
            else if (
              (c === SMALL_E || c === CAPITAL_E) &&
              (state === NumberState.zero || state === NumberState.integer || state === NumberState.fraction)
            )
              state = NumberState.exponent;
            else if ((c === PLUS || c === MINUS) && state === NumberState.exponent) state = NumberState.exponentSign;
            else if (c === MINUS && state === NumberState.start) {
              state = NumberState.sign;
              this.numberNegative = true;
            } else break;
          }
          this.numberState = state;
          this.numberDigits = digits;
          this.numberMantissa = mantissa;
          this.numberFractionDigits = fractionDigits;
          if (
            i < n &&
            digits <= EXACT_DIGITS &&
            (state === NumberState.integer || state === NumberState.fraction || state === NumberState.zero)
          ) {
            const next = text.charCodeAt(i);
            if (isJsonWhitespace(next) || next === COMMA || next === CLOSE_BRACKET || next === CLOSE_BRACE) {
              // the usual number, ended by a delimiter: its value without `Number(text)` (see EXACT_DIGITS)
              const value = mantissa / (POWERS_OF_TEN[fractionDigits] as number);
              this.addChild(this.numberNegative ? -value : value, undefined, this.numberStart);
              break;
            }
          }
          if (i > start) this.numberText += text.slice(start, i);
          if (leadingZero) {
            this.badValue('invalid-number', 'leading zero in number', this.numberStart);
            break;
          }
          if (i === n) break;
          const next = text.charCodeAt(i);
          if (state === NumberState.sign && !strict && next === CAPITAL_I) {
            this.literalText = '-';
            this.literalStart = this.numberStart;
            this.literalIsKey = false;
            this.state = State.literal;
            break;
          }
          if (state !== NumberState.start && state !== NumberState.sign && !endsNumber(next, strict)) {
            // `2024-10-18`, `1.2.3`, `123abc`: never a complete wrong number (issue 13)
            if (strict || this.partialNumbers) {
              this.badValue('invalid-number', 'a number followed by other characters', this.numberStart);
              break;
            }
            this.state = State.numberWord;
            break;
          }
          this.finishNumber();
          break;
        }
        case State.literal: {
          const start = i;
          while (i < n && isIdentifierPart(text.charCodeAt(i))) i++;
          if (i > start) this.literalText += text.slice(start, i);
          if (i < n) this.finishLiteral();
          break;
        }
        case State.escape: {
          const c = text.charCodeAt(i);
          const simple = SIMPLE_ESCAPES[c];
          if (simple !== undefined) {
            if (c === QUOTE) this.stringEscapedQuote = true;
            this.appendDecoded(simple);
          } else if (c === SMALL_U) {
            this.hexCount = 0;
            this.hexValue = 0;
            this.hexText = '';
            this.state = State.unicode;
            i++;
            break;
          } else if (c === APOSTROPHE && !strict) {
            if (this.stringQuote !== APOSTROPHE) this.warn('invalid-escape', this.consumed + i - 1);
            this.appendDecoded("'");
          } else if (c === BACKTICK && this.stringQuote === BACKTICK_QUOTES) {
            this.appendDecoded('`'); // an escaped backtick in a backtick string (template literal)
          } else if (c === LINE_FEED && !strict) {
            this.warn('invalid-escape', this.consumed + i - 1);
            this.appendDecoded('\n'); // a backslash before a raw line break: the line break
          } else if (strict) {
            this.fail('invalid-escape', `invalid escape \\${text[i]}`, this.consumed + i - 1);
            return;
          } else {
            this.warn('invalid-escape', this.consumed + i - 1);
            this.appendDecoded(`\\${text[i] as string}`);
            if (c >= 0x80) this.extraBytes += extraUtf8Bytes(c);
          }
          this.state = State.string;
          i++;
          break;
        }
        case State.unicode: {
          while (i < n && this.hexCount < 4) {
            const digit = hexDigitValue(text.charCodeAt(i));
            if (digit < 0) break;
            this.hexValue = this.hexValue * 16 + digit;
            this.hexText += text[i];
            this.hexCount++;
            i++;
          }
          if (this.hexCount === 4) {
            this.appendDecoded(String.fromCharCode(this.hexValue));
            this.state = State.string;
          } else if (i < n) {
            if (strict) {
              this.fail('invalid-escape', 'invalid \\u escape', this.consumed + i);
              return;
            }
            this.warn('invalid-escape', this.consumed + i - this.hexText.length - 2);
            this.appendDecoded(`\\u${this.hexText}`);
            this.state = State.string;
          }
          break;
        }
        default: {
          const start = i;
          i = this.runRare(text, i);
          this.extraBytes += extraUtf8BytesIn(text, start, i);
        }
      }
    }
  }

  /** States that see few characters: top level, comments, recovery. Returns the new index. */
  private runRare(text: string, i: number): number {
    const n = text.length;
    const c = text.charCodeAt(i);
    const offset = this.consumed + i;
    switch (this.state) {
      case State.top:
        return this.topCharacter(c, offset) ? i + 1 : i;
      case State.ticks:
      case State.fenceLine:
      case State.tag:
      case State.think:
      case State.thinkEnd:
      case State.proseOpen:
      case State.proseOpenTicks:
      case State.topPending:
        return this.runTopLevel(text, i, c, offset);
      case State.slash:
        if (c === SLASH || c === ASTERISK) {
          this.warn('comment', this.slashOffset);
          this.state = c === SLASH ? State.lineComment : State.blockComment;
          return i + 1;
        }
        this.state = this.returnState;
        this.badValue('unexpected-token', 'unexpected "/"', this.slashOffset);
        return i;
      case State.lineComment: {
        const newline = text.indexOf('\n', i);
        if (newline === -1) return n;
        this.state = this.returnState;
        return newline + 1;
      }
      case State.blockComment:
      case State.blockStar:
        for (; i < n; i++) {
          const code = text.charCodeAt(i);
          if (code === SLASH && this.state === State.blockStar) {
            this.state = this.returnState;
            return i + 1;
          }
          this.state = code === ASTERISK ? State.blockStar : State.blockComment;
        }
        return n;
      case State.skip:
        for (; i < n; i++) {
          const code = text.charCodeAt(i);
          if (this.skipQuote !== 0) {
            if (this.skipEscape) this.skipEscape = false;
            else if (code === BACKSLASH) this.skipEscape = true;
            else if (code === this.skipQuote) this.skipQuote = 0;
          } else if (code === QUOTE)
            this.skipQuote = code; // not "'": in garbage it is usually an apostrophe
          else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.skipDepth++;
          else if (code === CLOSE_BRACE || code === CLOSE_BRACKET || code === COMMA) {
            if (this.skipDepth === 0) {
              this.state = State.afterValue;
              return i;
            }
            if (code !== COMMA) this.skipDepth--;
          }
        }
        return n;
      case State.htmlOpen:
        if (c === HTML_COMMENT_OPEN.charCodeAt(this.dotCount)) {
          if (++this.dotCount === HTML_COMMENT_OPEN.length) {
            this.warn('comment', this.slashOffset);
            this.dotCount = 0; // dashes seen in a row
            this.state = State.htmlComment;
          }
          return i + 1;
        }
        this.state = this.returnState;
        this.badValue('unexpected-token', 'unexpected "<"', this.slashOffset);
        return i;
      case State.htmlComment:
        for (; i < n; i++) {
          const code = text.charCodeAt(i);
          if (code === GREATER_THAN && this.dotCount >= 2) {
            this.state = this.returnState;
            return i + 1;
          }
          this.dotCount = code === MINUS ? this.dotCount + 1 : 0;
        }
        return n;
      case State.doubleEncoded:
        this.state = this.layerReturnState;
        this.layerRestart = i;
        return n;
      case State.quoteCheck: {
        if (c === LINE_FEED || c === CARRIAGE_RETURN) {
          this.closeString(); // a line break after the quote: it ended the string
          return i;
        }
        if (isJsonWhitespace(c) || isUnicodeSpace(c)) {
          this.quoteText += text[i] as string;
          return i + 1;
        }
        // at the top level only the line end closes (`"The TV has a 24" screen"`)
        if (
          this.stack.length > 0 &&
          (c === COMMA ||
            c === CLOSE_BRACE ||
            c === CLOSE_BRACKET ||
            c === OPEN_BRACE ||
            c === OPEN_BRACKET ||
            c === SLASH ||
            c === MINUS ||
            isDigit(c) ||
            c === QUOTE ||
            c === APOSTROPHE ||
            smartQuoteClass(c) !== 0)
        ) {
          this.closeString();
          return i;
        }
        // `"apple "bee" carrot"`: the quote was inside the string (shown only now, never taken back)
        if (!this.innerQuoteWarned) {
          this.innerQuoteWarned = true;
          this.warn('inner-quote', this.quoteOffset);
        }
        this.appendDecoded(this.quoteText);
        this.state = State.string;
        return i;
      }
      case State.ellipsis: {
        if (c === DOT) {
          this.dotCount++;
          if (this.dotCount === 3) {
            this.warn('ellipsis', this.dotOffset);
            this.state = this.returnState;
            this.skipCommaAfterEllipsis = true;
          }
          return i + 1;
        }
        this.state = this.returnState;
        this.badValue('invalid-number', 'unexpected character, expected a value', this.dotOffset);
        return i;
      }
      case State.numberWord: {
        let end = i;
        while (end < n && !endsNumberWord(text.charCodeAt(end))) end++;
        this.numberText += text.slice(i, end);
        if (end < n) this.finishNumberWord();
        return end;
      }
      case State.topIgnore:
      case State.fatal:
        return n; // the rest is ignored
      case State.string:
      case State.escape:
      case State.unicode:
      case State.number:
      case State.literal:
      case State.value:
      case State.afterValue:
      case State.key:
      case State.colon:
        // read by the inlined paths of `run`, never here
        throw new Error(`ripen: parser state ${this.state} reached runRare`);
      default:
        return unreachableState(this.state);
    }
  }

  /**
   * Starts the value that `c` opens (object, array, string, number, literal). Returns whether `c`
   * was consumed (`false` for numbers and literals, whose first character is read again), or
   * `undefined` when `c` starts no value.
   */
  protected override beginValue(c: number, offset: number): boolean | undefined {
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      this.openContainer(c, offset);
      return true;
    }
    if (c === QUOTE || (c === APOSTROPHE && !this.strict)) {
      this.startString(c, false, offset);
      return true;
    }
    const smart = this.strict ? 0 : smartQuoteClass(c);
    if (smart !== 0) {
      this.warn('smart-quote', offset);
      this.startString(smart, false, offset);
      return true;
    }
    if (c === MINUS || (c >= DIGIT_ZERO && c <= DIGIT_NINE)) {
      this.startNumber(offset);
      return false;
    }
    if (isIdentifierStart(c)) {
      this.startLiteral(false, offset);
      return false;
    }
    return undefined;
  }

  /** A structural character in value/afterValue/key/colon states. Returns whether it was consumed. */
  private structural(c: number, offset: number): boolean {
    const frame = this.stack[this.stack.length - 1] as ContainerFrame;
    const strict = this.strict;
    if (!strict) {
      if (this.skipCommaAfterEllipsis) {
        this.skipCommaAfterEllipsis = false;
        if (c === COMMA) return true; // `[1, ..., 9]`: the placeholder's comma
      }
      if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && c !== (frame.isArray ? CLOSE_BRACKET : CLOSE_BRACE)) {
        return this.mismatchedCloser(c, offset);
      }
    }
    switch (this.state) {
      case State.value: {
        if (!strict) {
          if (c === DOT) return this.startEllipsis(offset);
          if (c === BACKSLASH && this.layer === undefined) {
            this.startDoubleEncoded(offset);
            return false;
          }
          if (c === COMMA && frame.isArray) {
            this.warn('leading-comma', offset);
            return true;
          }
        }
        if (c === APOSTROPHE && !strict) this.warn('single-quote', offset);
        const begun = this.beginValue(c, offset);
        if (begun !== undefined) return begun;
        if (c === CLOSE_BRACKET && frame.isArray) {
          if (frame.afterComma) {
            if (strict) {
              this.fail('unexpected-token', 'trailing comma', offset);
              return true;
            }
            this.warn('trailing-comma', offset);
          }
          this.closeContainer();
          return true;
        }
        this.badValue(
          c === DOT || c === PLUS ? 'invalid-number' : 'unexpected-token',
          'unexpected character, expected a value',
          offset,
        );
        return false;
      }
      case State.afterValue:
        if (c === COMMA) {
          frame.afterComma = true;
          this.state = frame.isArray ? State.value : State.key;
          return true;
        }
        if (c === (frame.isArray ? CLOSE_BRACKET : CLOSE_BRACE)) {
          this.closeContainer();
          return true;
        }
        if (!strict) {
          if (c === OPEN_BRACE && !frame.isArray && this.parentIsArray()) return this.closeMissingBrace(offset);
          const startsMember = frame.isArray
            ? c === OPEN_BRACE ||
              c === OPEN_BRACKET ||
              c === QUOTE ||
              c === APOSTROPHE ||
              c === MINUS ||
              isDigit(c) ||
              isIdentifierStart(c) ||
              smartQuoteClass(c) !== 0
            : c === QUOTE || c === APOSTROPHE || isIdentifierStart(c) || smartQuoteClass(c) !== 0;
          if (startsMember) {
            this.warn('missing-comma', offset);
            this.state = frame.isArray ? State.value : State.key;
            return false;
          }
          if (c === DOT) return this.startEllipsis(offset);
          this.badValue('unexpected-token', 'unexpected character after a value', offset);
          return false;
        }
        this.fail('unexpected-token', `unexpected character, expected "," or "${frame.isArray ? ']' : '}'}"`, offset);
        return true;
      case State.key: {
        if (c === QUOTE || (c === APOSTROPHE && !strict)) {
          if (c === APOSTROPHE) this.warn('single-quote', offset);
          this.startString(c, true, offset);
          return true;
        }
        if (c === CLOSE_BRACE) {
          if (frame.afterComma) {
            if (strict) {
              this.fail('unexpected-token', 'trailing comma', offset);
              return true;
            }
            this.warn('trailing-comma', offset);
          }
          this.closeContainer();
          return true;
        }
        if (strict) {
          this.fail('unexpected-token', 'unexpected character, expected a key', offset);
          return true;
        }
        const smart = smartQuoteClass(c);
        if (smart !== 0) {
          this.warn('smart-quote', offset);
          this.startString(smart, true, offset);
          return true;
        }
        if (isIdentifierStart(c) || isDigit(c)) {
          this.warn('unquoted-key', offset);
          this.startLiteral(true, offset);
          return false;
        }
        if (c === COMMA) {
          this.warn('leading-comma', offset);
          return true;
        }
        if (c === DOT) return this.startEllipsis(offset);
        if (c === OPEN_BRACE && this.parentIsArray()) return this.closeMissingBrace(offset);
        if (c === BACKSLASH && this.layer === undefined) {
          this.startDoubleEncoded(offset);
          return false;
        }
        // junk where a key should be: report it and read on from the next `,` or `}`
        this.errors.push(
          new RipenError('unexpected-token', 'unexpected character, expected a key', {
            offset,
            pointer: this.currentPointer(false),
          }),
        );
        this.warn('skipped-invalid-key', offset);
        this.startSkip();
        return false;
      }
      default:
        if (c === COLON) {
          this.state = State.value;
          return true;
        }
        if (!strict) {
          if (
            c === QUOTE ||
            c === APOSTROPHE ||
            c === OPEN_BRACE ||
            c === OPEN_BRACKET ||
            c === MINUS ||
            isDigit(c) ||
            isIdentifierStart(c) ||
            smartQuoteClass(c) !== 0
          ) {
            this.warn('missing-colon', offset);
            this.state = State.value;
            return false;
          }
          if (c === COMMA || c === CLOSE_BRACE) {
            // `{"a", "b": 1}`: a key with no value is omitted (never invented), the rest is read
            const pointer = `${this.currentPointer(false)}/${escapeJsonPointerToken(frame.pendingKey)}`;
            this.errors.push(new RipenError('unexpected-token', 'expected ":" after a key', { offset, pointer }));
            this.markInvalid(pointer);
            this.state = State.afterValue;
            return false;
          }
        }
        this.fail('unexpected-token', 'expected ":" after a key', offset);
        return true;
    }
  }

  /** Whether the container below the deepest one is an array. */
  private parentIsArray(): boolean {
    const parent = this.stack[this.stack.length - 2];
    return parent?.isArray === true;
  }

  /** `[{"i":1{"i":2}]`: a `{` where a key or `,` was expected, inside an array: the object ended. */
  private closeMissingBrace(offset: number): boolean {
    this.warn('missing-bracket', offset);
    this.closeContainer();
    return false;
  }

  /** A `]` or `}` that does not close the deepest container (tolerant). Returns whether consumed. */
  private mismatchedCloser(c: number, offset: number): boolean {
    const wantArray = c === CLOSE_BRACKET;
    for (let index = this.stack.length - 2; index >= 0; index--) {
      if ((this.stack[index] as ContainerFrame).isArray === wantArray) {
        // `{"a":[1,2}`: it closes an outer container, so the inner ones end here
        this.warn('missing-bracket', offset);
        this.closeContainer();
        return false;
      }
    }
    this.warn('extra-bracket', offset); // `[}`: matches nothing open, skipped
    return true;
  }

  /** A `.` where a value or key was expected: `...` is a placeholder, anything else a bad value. */
  private startEllipsis(offset: number): boolean {
    this.returnState = this.state === State.afterValue ? State.afterValue : this.state;
    this.dotCount = 1;
    this.dotOffset = offset;
    this.state = State.ellipsis;
    return true;
  }

  private startSkip(): void {
    this.skipDepth = 0;
    this.skipQuote = 0;
    this.skipEscape = false;
    this.state = State.skip;
  }

  protected override openContainer(c: number, offset: number): void {
    if (this.stack.length >= this.maxDepth) {
      this.fail('depth-limit', `nesting deeper than maxDepth (${this.maxDepth})`, offset);
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    const isArray = c === OPEN_BRACKET;
    let key: string | number = '';
    let pointer: string | null = null;
    if (parent !== undefined) {
      key = parent.isArray ? (parent.work as JsonValue[]).length : parent.pendingKey;
      parent.afterComma = false;
      if (parent.childPrefix !== null) pointer = parent.childPrefix + pointerToken(key);
    } else {
      if (this.committed.length > 0) this.warn('multiple-values', offset);
      this.trackPointers = this.committed.length === 0;
      if (this.trackPointers) pointer = '';
    }
    this.stack.push({
      isArray,
      work: isArray ? [] : {},
      snap: undefined,
      lastChild: undefined,
      dirty: true,
      size: 0,
      keys: undefined,
      pending: undefined,
      pendingCount: 0,
      key,
      pointer,
      childPrefix: pointer === null ? null : `${pointer}/`,
      keyHints: isArray || parent === undefined || !parent.isArray ? undefined : parent.childKeyNames,
      keyHits: 0,
      childKeyNames: undefined,
      hasProtoKey: false,
      pendingKey: '',
      afterComma: false,
    });
    this.stackKeys = undefined;
    this.state = isArray ? State.value : State.key;
  }

  private closeContainer(): void {
    const frame = this.stack.pop() as ContainerFrame;
    this.stackKeys = undefined;
    const final = !frame.dirty && frame.snap !== undefined && frame.lastChild === undefined ? frame.snap : frame.work;
    const parent = this.stack[this.stack.length - 1];
    if (parent?.isArray === true && !frame.isArray) {
      // key names for the next object of this array (rows of a table share them)
      const hints = frame.keyHints;
      parent.childKeyNames =
        hints !== undefined && frame.keyHits === hints.length && frame.size === hints.length
          ? hints
          : frame.size <= MAX_KEY_HINTS
            ? Object.keys(final)
            : undefined;
    }
    this.addChild(final, frame.pointer, 0);
  }

  /** Place a complete value into the open container (or at the top level). */
  private addChild(value: JsonValue, pointer: string | null | undefined, startOffset: number): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) {
      if (!this.strict && (value === null || typeof value !== 'object')) {
        this.pendingValue = value;
        this.pendingStart = startOffset;
        this.state = State.topPending;
        return;
      }
      this.commitTop(value, startOffset, typeof value === 'object' && value !== null);
      return;
    }
    let childPointer = pointer;
    // The child was already shown exactly like this: the last snapshot stays accurate (identity kept).
    const alreadyShown = !frame.dirty && frame.snap !== undefined && frame.lastChild === value;
    if (frame.isArray) {
      const work = frame.work as JsonValue[];
      if (childPointer === undefined && frame.childPrefix !== null) childPointer = frame.childPrefix + work.length;
      work.push(value);
      frame.size++;
    } else {
      const key = frame.pendingKey;
      if (childPointer === undefined && frame.childPrefix !== null)
        childPointer = frame.childPrefix + pointerToken(key);
      const work = frame.work as JsonObject;
      if (frame.keys === undefined) {
        // (a duplicate key counts twice here: `size` is only a cost estimate until the key list)
        if (++frame.size >= BIG_OBJECT) {
          frame.keys = Object.keys(work);
          if (!Object.hasOwn(work, key)) frame.keys.push(key);
          frame.size = frame.keys.length;
        }
      } else if (Object.hasOwn(work, key)) {
        frame.pending = undefined; // a duplicate key: an unfinished copy may hold the old value
      } else {
        frame.keys.push(key);
        frame.size++;
      }
      if (key === '__proto__') frame.hasProtoKey = true;
      setOwnMember(work, key, value);
    }
    if (alreadyShown) frame.lastChild = undefined;
    else frame.dirty = true;
    frame.afterComma = false;
    if (childPointer !== undefined && childPointer !== null) this.completed.push(childPointer);
    this.state = State.afterValue;
  }

  protected override startString(quote: number, isKey: boolean, offset: number): void {
    if (quote === APOSTROPHE && this.stack.length === 0) this.warn('single-quote', offset);
    this.stringQuote = quote;
    this.stringIsKey = isKey;
    this.stringValue = '';
    this.stringHigh = '';
    this.stringStart = offset;
    this.stringWarnedControl = false;
    this.innerQuoteWarned = false;
    this.stringEscapedQuote = false;
    // A top-level string in tolerant mode may turn out to be prose: keep it hidden until committed.
    this.stringVisible = !isKey && (this.stack.length > 0 || this.strict);
    if (!isKey && this.stack.length > 0) (this.stack[this.stack.length - 1] as ContainerFrame).afterComma = false;
    this.state = State.string;
  }

  /** Append raw characters `text[start, end)`; a trailing high surrogate is held back. */
  private appendRun(text: string, start: number, end: number): void {
    if (this.stringHigh !== '') {
      this.stringValue += this.stringHigh;
      this.stringHigh = '';
    }
    if (isHighSurrogate(text.charCodeAt(end - 1))) {
      this.stringValue += text.slice(start, end - 1);
      this.stringHigh = text[end - 1] as string;
    } else {
      this.stringValue += text.slice(start, end);
    }
  }

  /** Append decoded text from an escape; a trailing high surrogate is held back. */
  private appendDecoded(decoded: string): void {
    this.appendRun(decoded, 0, decoded.length);
  }

  private closeString(): void {
    const value = this.stringValue + this.stringHigh;
    this.stringValue = value;
    this.stringHigh = '';
    this.stringVisible = false;
    if (this.stringIsKey) {
      const frame = this.stack[this.stack.length - 1] as ContainerFrame;
      // the same name as the previous sibling object's key here: its (internalized) string is
      // stored faster as a property name than a freshly read one
      const hint = frame.keyHints?.[frame.size];
      if (hint === value) {
        frame.pendingKey = hint;
        frame.keyHits++;
      } else frame.pendingKey = value;
      this.state = State.colon;
      return;
    }
    this.pendingMayBeEncoded = this.stack.length === 0 && this.stringEscapedQuote;
    this.addChild(value, undefined, this.stringStart);
  }

  private startNumber(offset: number): void {
    this.numberText = '';
    this.numberState = NumberState.start;
    this.numberStart = offset;
    this.numberMantissa = 0;
    this.numberDigits = 0;
    this.numberFractionDigits = 0;
    this.numberNegative = false;
    if (this.stack.length > 0) (this.stack[this.stack.length - 1] as ContainerFrame).afterComma = false;
    this.state = State.number;
  }

  private finishNumber(): void {
    if (isAcceptingNumberState(this.numberState)) {
      this.addChild(Number(this.numberText), undefined, this.numberStart);
    } else {
      this.badValue('invalid-number', `invalid number ${JSON.stringify(this.numberText)}`, this.numberStart);
    }
  }

  /** The token that began as a number ended: it is a string, as jsonrepair reads it (tolerant). */
  private finishNumberWord(): void {
    if (this.stack.length === 0) this.pendingWarning = 'number-as-string';
    else this.warn('number-as-string', this.numberStart);
    this.addChild(this.numberText, undefined, this.numberStart);
  }

  private startLiteral(isKey: boolean, offset: number): void {
    this.literalText = '';
    this.literalStart = offset;
    this.literalIsKey = isKey;
    if (!isKey && this.stack.length > 0) (this.stack[this.stack.length - 1] as ContainerFrame).afterComma = false;
    this.state = State.literal;
  }

  private finishLiteral(): void {
    const text = this.literalText;
    if (this.literalIsKey) {
      (this.stack[this.stack.length - 1] as ContainerFrame).pendingKey = text;
      this.state = State.colon;
      return;
    }
    const word = readBareWord(text, this.strict);
    if (word === undefined) {
      this.badValue('unexpected-token', `unexpected word ${JSON.stringify(text.slice(0, 40))}`, this.literalStart);
      return;
    }
    const { value, repair } = word;
    if (repair !== undefined) {
      if (this.stack.length === 0) this.pendingWarning = repair;
      else this.warn(repair, this.literalStart);
    }
    this.addChild(value, undefined, this.literalStart);
  }

  /**
   * A value that cannot be read. Strict: fatal. Tolerant inside a container: a local error, the
   * node is `invalid`, and the value is skipped up to the next `,` or closing bracket. Tolerant
   * at the top level: it was prose.
   */
  private badValue(code: RipenErrorCode, message: string, offset: number): void {
    if (this.strict) {
      this.fail(code, message, offset);
      return;
    }
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) {
      this.prose(offset);
      return;
    }
    const pointer = this.currentPointer(true);
    this.errors.push(new RipenError(code, message, { offset, pointer }));
    this.markInvalid(pointer);
    this.warn('skipped-invalid-value', offset);
    this.startSkip();
  }

  /** Pointer of the deepest node being read (with `leaf`: the member/element being read). */
  private currentPointer(leaf: boolean): string {
    let pointer = '';
    for (let index = 1; index < this.stack.length; index++) {
      pointer += `/${escapeJsonPointerToken((this.stack[index] as ContainerFrame).key)}`;
    }
    const frame = this.stack[this.stack.length - 1];
    if (leaf && frame !== undefined && this.state !== State.afterValue && this.state !== State.key) {
      pointer += `/${escapeJsonPointerToken(frame.isArray ? (frame.work as JsonValue[]).length : frame.pendingKey)}`;
    }
    return pointer;
  }

  protected override fail(code: RipenErrorCode, message: string, offset: number): void {
    const leaf =
      this.state === State.string ||
      this.state === State.escape ||
      this.state === State.unicode ||
      this.state === State.quoteCheck
        ? !this.stringIsKey
        : this.state === State.number ||
          this.state === State.numberWord ||
          this.state === State.value ||
          (this.state === State.literal && !this.literalIsKey);
    const pointer = this.currentPointer(leaf);
    this.fatalError = new RipenError(code, message, { offset, pointer });
    this.markInvalid(pointer);
    this.state = State.fatal;
    this.done = true;
    this.changed = true;
  }

  private markInvalid(pointer: string): void {
    if (!this.invalidPointers.has(pointer)) this.invalidPointers.set(pointer, this.invalidPointers.size);
  }

  protected override warn(kind: RepairKind, offset: number): void {
    this.warnings.push({ kind, offset });
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.changed = true;
    const offset = this.consumed;
    if (this.layer !== undefined) this.layer.flush();
    if (this.state === State.quoteCheck) this.closeString();
    if (this.state === State.number) this.finishNumber();
    else if (this.state === State.numberWord) this.finishNumberWord();
    else if (this.state === State.literal) this.finishLiteral();
    else if (this.state === State.proseOpen && this.openLenient) {
      // `[` or `{` as the last character: the start of a value that was cut (`[` → `[]`, truncated)
      this.state = State.top;
      this.openContainer(this.openChar, this.openOffset);
    } else if (this.state === State.ticks && this.tickCount >= 3) this.warn('code-fence', this.tickStart);
    else if (this.state === State.slash) this.badValue('unexpected-token', 'unexpected "/"', this.slashOffset);
    if (this.state === State.topPending) this.commitPending();
    const inTopString =
      (this.state === State.string || this.state === State.escape || this.state === State.unicode) &&
      this.stack.length === 0;
    // a top-level "string" with an inner quote that never ended was prose
    if (inTopString && this.innerQuoteWarned && !this.strict) this.prose(this.stringStart);
    if (this.state !== State.fatal) {
      const inString = this.state === State.string || this.state === State.escape || this.state === State.unicode;
      if (this.stack.length > 0 || inString) {
        // a cut top-level string shows what was read, as a cut string inside a container does
        if (inString && !this.stringIsKey) this.stringVisible = true;
        this.fail('truncated', 'the JSON document ended before it was complete', offset);
      } else if (this.committed.length === 0) {
        this.fail('unexpected-end', 'no JSON value found in the input', offset);
      }
    }
    this.done = true;
  }

  /** The open string or (with `partialNumbers`) number, as the open child of the top frame. */
  private openLeaf(): JsonValue | undefined {
    if (
      this.stringVisible &&
      (this.state === State.string ||
        this.state === State.escape ||
        this.state === State.unicode ||
        this.state === State.quoteCheck ||
        this.state === State.fatal)
    ) {
      return this.stringValue;
    }
    // (a tolerant top-level number stays hidden like any top-level scalar until its line ends)
    if (this.partialNumbers && this.state === State.number && (this.stack.length > 0 || this.strict)) {
      // the longest complete prefix: `1.5e+` keeps showing 1.5 (a shown number never vanishes)
      const prefix = acceptedNumberPrefix(this.numberText, this.numberState);
      return prefix === '' ? undefined : Number(prefix);
    }
    return undefined;
  }

  snapshot(): JsonSnapshot {
    const previous = this.last;
    if (!this.changed && previous !== undefined) return previous;
    this.changed = false;
    // Bounded snapshot work (huge open containers): past LAG_FREE_COST, a new copy waits until
    // the text pushed since the last one pays for it, and a big object's copy is spread over calls.
    let budget = Number.POSITIVE_INFINITY;
    if (
      !this.exactSnapshots &&
      previous !== undefined &&
      !this.ended &&
      !this.done &&
      this.fatalError === undefined &&
      previous.errors.length === this.errors.length
    ) {
      const cost = estimateSnapshotCost(this.stack);
      if (cost > LAG_FREE_COST) {
        if ((this.consumed - this.rebuiltAt) * COST_PER_CHARACTER < cost) {
          this.changed = true;
          return previous;
        }
        budget = KEYS_PER_SNAPSHOT;
      }
    }
    const rebuilt = rebuildOpenPath(this.stack, this.openLeaf(), budget);
    if (rebuilt === UNFINISHED) {
      this.changed = true;
      return previous as JsonSnapshot;
    }
    this.rebuiltAt = this.consumed;
    const root = rebuilt;
    let values = this.lastValues;
    if (this.lastCommittedCount !== this.committed.length || this.lastRoot !== root) {
      if (this.committed.length === 0) values = root === undefined ? [] : [root];
      else {
        values = this.committed.slice();
        if (root !== undefined) values.push(root);
      }
      this.lastValues = values;
      this.lastCommittedCount = this.committed.length;
      this.lastRoot = root;
    }
    const warnings =
      previous !== undefined && previous.warnings.length === this.warnings.length
        ? previous.warnings
        : this.warnings.slice();
    const errors =
      previous !== undefined && previous.errors.length === this.errors.length ? previous.errors : this.errors.slice();
    if (
      previous !== undefined &&
      previous.values === values &&
      previous.warnings === warnings &&
      previous.errors === errors &&
      previous.error === this.fatalError &&
      previous.done === this.done &&
      previous.completed.length === 0 &&
      this.completed.length === 0
    ) {
      return previous;
    }
    const completed = this.completed.length === 0 ? NO_POINTERS : this.completed;
    if (this.completed.length > 0) this.completed = [];
    const frozen = this.freezeStatus();
    const snapshot: JsonSnapshot = {
      value: values[0],
      values,
      done: this.done,
      errors,
      warnings,
      completed,
      statusAt: (pointer: string) => resolveFrozenFieldStatus(frozen, pointer),
    };
    if (this.fatalError !== undefined) snapshot.error = this.fatalError;
    this.last = snapshot;
    return snapshot;
  }

  /** What this moment's snapshot needs to answer `statusAt` later: O(depth). */
  private freezeStatus(): FrozenFieldStatus {
    const hasFirstValue = this.committed.length > 0;
    let keys: readonly string[] = NO_POINTERS;
    if (!hasFirstValue && this.stack.length > 0) {
      // one key list per open path, shared by the snapshots taken while it stays the same
      if (this.stackKeys === undefined) this.stackKeys = this.stack.map((frame) => String(frame.key));
      keys = this.stackKeys;
    }
    const leafKey = this.readingLeafKey();
    return {
      keys,
      root: keys.length > 0 ? (this.stack[0] as ContainerFrame).snap : undefined,
      leafKey: leafKey === undefined ? undefined : String(leafKey),
      rootOpen: this.isRootOpen(),
      firstValue: hasFirstValue ? this.committed[0] : undefined,
      hasFirstValue,
      fatalPointer: this.fatalError?.pointer,
      invalidOrder: this.invalidPointers,
      invalidCount: this.invalidPointers.size,
    };
  }

  /** Key of the scalar being read in the deepest container, if any. */
  private readingLeafKey(): string | number | undefined {
    const state = this.state;
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) return undefined;
    const readingValue =
      ((state === State.string || state === State.escape || state === State.unicode || state === State.quoteCheck) &&
        !this.stringIsKey) ||
      state === State.number ||
      state === State.numberWord ||
      (state === State.literal && !this.literalIsKey);
    return readingValue ? (frame.isArray ? (frame.work as JsonValue[]).length : frame.pendingKey) : undefined;
  }

  /** The first top-level value is open (a container or a visible string). */
  private isRootOpen(): boolean {
    const state = this.state;
    return (
      this.committed.length === 0 &&
      (this.stack.length > 0 ||
        ((state === State.string || state === State.escape || state === State.unicode || state === State.quoteCheck) &&
          this.stringVisible))
    );
  }

  get error(): RipenError | undefined {
    return this.fatalError;
  }

  statusAt(pointer: string): FieldStatus {
    return resolveFieldStatus({
      pointer,
      stack: this.trackPointers || this.committed.length === 0 ? this.stack : [],
      leafKey: this.readingLeafKey(),
      rootOpen: this.isRootOpen(),
      firstValue: this.committed.length > 0 ? this.committed[0] : undefined,
      hasFirstValue: this.committed.length > 0,
      fatalPointer: this.fatalError?.pointer,
      invalidPointers: this.invalidPointers,
    });
  }
}
