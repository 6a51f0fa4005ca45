import type { RipenErrorCode } from '../errors/ripen-error.js';
import {
  APOSTROPHE,
  BACKSLASH,
  BACKTICK,
  BACKTICK_QUOTES,
  BYTE_ORDER_MARK,
  CARRIAGE_RETURN,
  CLOSE_BRACE,
  CLOSE_BRACKET,
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
  QUOTE,
  SLASH,
  SMALL_F,
  SMALL_G,
  SMALL_I,
  SMALL_N,
  SMALL_T,
  SMALL_U,
  SPACE,
  TAB,
  isUnicodeSpace,
  smartQuoteClass,
} from './character-codes.js';
import { State, isIdentifierStart, isJsonWhitespace, type ContainerFrame, type StateCode } from './parser-frame.js';
import type { JsonValue, RepairKind } from './types.js';
import type { UnescapeLayer } from './unescape-layer.js';

const TAG_OPEN = '<think';
const TAG_CLOSE = '</think';

/**
 * The tolerant top level of the parser (what comes before, between and after JSON values): white
 * space, a BOM, Markdown fences, `<think>` blocks, the prose heuristic, top-level scalars held
 * until their line ends, JSON Lines. Base class of the machine in `json-parser.ts`, which reads
 * the values themselves: split by job so that each file reads as one concern. The prose heuristic
 * is documented on `createJsonParser`. Internal.
 */
export abstract class TopLevelReader {
  protected readonly strict: boolean;
  protected state: StateCode = State.top;
  protected stack: ContainerFrame[] = [];
  protected committed: JsonValue[] = [];
  protected proseSeen = false;
  protected proseWarned = false;
  protected tickCount = 0;
  protected tickStart = 0;
  protected tagPosition = 0;
  protected tagStart = 0;
  protected openChar = 0;
  protected openOffset = 0;
  protected openLenient = true;
  protected pendingValue: JsonValue = null;
  protected pendingStart = 0;
  protected pendingWarning: RepairKind | undefined = undefined;
  protected trackPointers = true;
  protected pendingMayBeEncoded = false;
  protected layer: UnescapeLayer | undefined = undefined;
  protected done = false;
  protected completed: string[] = [];

  constructor(strict: boolean) {
    this.strict = strict;
  }

  // ---- provided by the value machine ---------------------------------------------------------
  protected abstract warn(kind: RepairKind, offset: number): void;
  protected abstract fail(code: RipenErrorCode, message: string, offset: number): void;
  protected abstract openContainer(c: number, offset: number): void;
  protected abstract startString(quote: number, isKey: boolean, offset: number): void;
  /** Starts the value that `c` opens; whether `c` was consumed, `undefined` when it opens none. */
  protected abstract beginValue(c: number, offset: number): boolean | undefined;
  protected abstract startDoubleEncoded(offset: number): void;
  /** A `/` that may start a comment; the current state resumes after it (or it was prose). */
  protected abstract startComment(offset: number): void;
  /** The object or array a whole top-level string holds (double-encoded JSON), if any. */
  protected abstract readEncodedJson(text: string): JsonValue | undefined;

  /** Top-level states that consume characters on their own (fences, think blocks, prose checks). */
  protected runTopLevel(text: string, index: number, c: number, offset: number): number {
    const n = text.length;
    let i = index;
    switch (this.state) {
      case State.ticks:
        if (c === BACKTICK) {
          this.tickCount++;
          return i + 1;
        }
        if (this.tickCount >= 3) {
          this.warn('code-fence', this.tickStart);
          this.state = State.fenceLine;
        } else if (this.tickCount === 1 && !(this.proseSeen && this.committed.length === 0)) {
          // `` `foo´ ``: a backtick-quoted top-level string
          this.state = State.top;
          this.trackPointers = this.committed.length === 0;
          this.warn('smart-quote', this.tickStart);
          this.startString(BACKTICK_QUOTES, false, this.tickStart);
        } else {
          this.prose(this.tickStart);
        }
        return i;
      case State.fenceLine: {
        // the language tag up to the line end; ```{"a":1}``` has none: the value starts at once
        for (; i < n; i++) {
          const code = text.charCodeAt(i);
          if (code === LINE_FEED) {
            this.state = State.top;
            return i + 1;
          }
          if (code === OPEN_BRACE || code === OPEN_BRACKET) {
            this.state = State.top;
            return i;
          }
        }
        return n;
      }
      case State.tag:
        if (this.tagPosition < TAG_OPEN.length) {
          if (c === TAG_OPEN.charCodeAt(this.tagPosition)) {
            this.tagPosition++;
            return i + 1;
          }
        } else if (c === GREATER_THAN) {
          this.warn('think-block', this.tagStart);
          this.tagPosition = 0;
          this.state = State.think;
          return i + 1;
        } else if (c === SMALL_I || c === SMALL_N || c === SMALL_G) {
          return i + 1; // "<thinking>"
        }
        this.prose(this.tagStart);
        return i;
      case State.think: {
        let position = this.tagPosition;
        for (; i < n; i++) {
          const code = text.charCodeAt(i);
          if (code === TAG_CLOSE.charCodeAt(position)) {
            if (++position === TAG_CLOSE.length) {
              this.state = State.thinkEnd;
              return i + 1;
            }
          } else position = code === LESS_THAN ? 1 : 0;
        }
        this.tagPosition = position;
        return n;
      }
      case State.thinkEnd: {
        const close = text.indexOf('>', i);
        if (close === -1) return n;
        this.state = State.top;
        return close + 1;
      }
      case State.proseOpen: {
        if (isJsonWhitespace(c)) return i + 1;
        if (isUnicodeSpace(c)) {
          this.warn('unicode-space', offset);
          return i + 1;
        }
        if (c === BACKTICK) {
          this.tickCount = 1;
          this.tickStart = offset;
          this.state = State.proseOpenTicks;
          return i + 1;
        }
        // After prose: `{` needs a quote or `}`, `[` a quote, bracket, `-` or digit. Before any prose
        // (or between values): anything a JSON value may hold, including bare words and unquoted
        // keys, but not a capitalised word (`[Note]`, `[See below]`; so a top-level array that
        // starts with Python's `True`/`None` or `NaN` is not recognised).
        const lenient = this.openLenient;
        const accept =
          smartQuoteClass(c) !== 0 ||
          (lenient && (c === COMMA || c === DOT || c === BACKSLASH)) ||
          (this.openChar === OPEN_BRACE
            ? c === QUOTE ||
              c === APOSTROPHE ||
              c === CLOSE_BRACE ||
              (lenient && (isIdentifierStart(c) || c === SLASH || c === CLOSE_BRACKET))
            : c === QUOTE ||
              c === APOSTROPHE ||
              c === OPEN_BRACE ||
              c === OPEN_BRACKET ||
              c === CLOSE_BRACKET ||
              c === MINUS ||
              (c >= DIGIT_ZERO && c <= DIGIT_NINE) ||
              (lenient &&
                (c === SMALL_T ||
                  c === SMALL_F ||
                  c === SMALL_N ||
                  c === SMALL_U ||
                  c === SLASH ||
                  c === CLOSE_BRACE)));
        this.state = State.top;
        if (accept) this.openContainer(this.openChar, this.openOffset);
        else this.prose(this.openOffset); // what follows is prose too, never a value (issue 13)
        return i;
      }
      case State.proseOpenTicks:
        if (c === BACKTICK) {
          if (++this.tickCount === 3) {
            // `[```json …`: the bracket was prose, the fence is a fence
            this.prose(this.openOffset);
            if ((this.state as number) === State.top) {
              this.warn('code-fence', this.tickStart);
              this.state = State.fenceLine;
            }
          }
          return i + 1;
        }
        if (this.tickCount === 1) {
          // `` [`a`] ``: a container whose first string is backtick-quoted
          this.state = State.top;
          this.openContainer(this.openChar, this.openOffset);
          if ((this.state as StateCode) !== State.fatal) {
            this.warn('smart-quote', this.tickStart);
            this.startString(BACKTICK_QUOTES, this.openChar === OPEN_BRACE, this.tickStart);
          }
          return i;
        }
        this.prose(this.openOffset);
        return i;
      case State.topPending:
        if (c === SPACE || c === TAB || c === CARRIAGE_RETURN) return i + 1;
        if (c === COMMA) {
          this.warn('trailing-comma', offset); // `4,` at the end of the line
          return i + 1;
        }
        if (c === LINE_FEED) {
          this.commitPending();
          return i + 1;
        }
        this.state = State.top;
        this.pendingWarning = undefined;
        this.prose(this.pendingStart);
        return i;
      default:
        return i;
    }
  }

  /** One character at the top level. Returns whether it was consumed. */
  protected topCharacter(c: number, offset: number): boolean {
    const afterValue = this.committed.length > 0;
    if (isJsonWhitespace(c)) return true;
    if (this.strict) {
      if (afterValue) {
        this.fail('unexpected-token', 'unexpected text after the JSON value', offset);
        return true;
      }
      if (
        c === OPEN_BRACE ||
        c === OPEN_BRACKET ||
        c === QUOTE ||
        c === MINUS ||
        (c >= DIGIT_ZERO && c <= DIGIT_NINE) ||
        isIdentifierStart(c)
      ) {
        return this.startValue(c, offset);
      }
      this.fail('unexpected-token', 'unexpected character, expected a JSON value', offset);
      return true;
    }
    if (c === BYTE_ORDER_MARK) return true;
    if (c === COMMA && afterValue) {
      this.warn('trailing-comma', offset); // `{…},\n{…}`: JSON Lines written with commas
      return true;
    }
    if (c === BACKTICK) {
      this.state = State.ticks;
      this.tickCount = 0;
      this.tickStart = offset;
      return false;
    }
    if (c === LESS_THAN && !afterValue && !this.proseSeen) {
      this.state = State.tag;
      this.tagPosition = 0;
      this.tagStart = offset;
      return false;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      // decided by the next non-blank character (see State.proseOpen)
      this.state = State.proseOpen;
      this.openChar = c;
      this.openOffset = offset;
      this.openLenient = afterValue || !this.proseSeen;
      return true;
    }
    if (this.proseSeen && !afterValue) return true;
    if (isUnicodeSpace(c)) {
      this.warn('unicode-space', offset);
      return true;
    }
    if (c === BACKSLASH && this.layer === undefined && !afterValue) {
      this.startDoubleEncoded(offset);
      return false;
    }
    if (c === SLASH) {
      // `/* 1 */` or `// …` between top-level values; a lone `/` is prose
      this.startComment(offset);
      return true;
    }
    if (
      c === OPEN_BRACE ||
      c === OPEN_BRACKET ||
      c === QUOTE ||
      c === APOSTROPHE ||
      c === MINUS ||
      (c >= DIGIT_ZERO && c <= DIGIT_NINE) ||
      isIdentifierStart(c) ||
      smartQuoteClass(c) !== 0
    ) {
      return this.startValue(c, offset);
    }
    this.prose(offset);
    return true;
  }

  /** Prose met at the top level (tolerant): before a value it is skipped, after one it ends the input. */
  protected prose(offset: number): void {
    if (this.committed.length > 0) {
      this.warn('prose', offset);
      this.state = State.topIgnore;
      this.done = true;
      return;
    }
    this.state = State.top;
    this.proseSeen = true;
    if (!this.proseWarned) {
      this.proseWarned = true;
      this.warn('prose', offset);
    }
  }

  /** Start a value at the top level. Returns whether `c` was consumed. */
  protected startValue(c: number, offset: number): boolean {
    this.trackPointers = this.committed.length === 0;
    return this.beginValue(c, offset) ?? false;
  }

  protected commitTop(value: JsonValue, startOffset: number, warned: boolean): void {
    if (this.committed.length > 0 && !warned) this.warn('multiple-values', startOffset);
    if (this.trackPointers) this.completed.push('');
    this.committed.push(value);
    this.trackPointers = false;
    this.state = State.top;
    if (this.strict) this.done = true;
  }

  protected commitPending(): void {
    if (this.pendingWarning !== undefined) this.warn(this.pendingWarning, this.pendingStart);
    this.pendingWarning = undefined;
    const inner =
      this.pendingMayBeEncoded && typeof this.pendingValue === 'string'
        ? this.readEncodedJson(this.pendingValue)
        : undefined;
    this.pendingMayBeEncoded = false;
    if (inner !== undefined) {
      // `"{\"a\": 1}"`: a whole top-level string holding a JSON object or array
      this.warn('double-encoded', this.pendingStart);
      this.pendingValue = inner;
    }
    this.commitTop(this.pendingValue, this.pendingStart, false);
  }
}
