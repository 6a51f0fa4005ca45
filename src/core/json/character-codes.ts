/**
 * UTF-16 code units the parser compares against, by name. Internal.
 * (The machine reads `text.charCodeAt(i)`; naming them keeps the hot loops free of bare numbers.)
 */
export const TAB = 0x09;
export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const APOSTROPHE = 0x27;
export const PLUS = 0x2b;
export const COMMA = 0x2c;
export const MINUS = 0x2d;
export const DOT = 0x2e;
export const SLASH = 0x2f;
export const DIGIT_ZERO = 0x30;
export const DIGIT_NINE = 0x39;
export const COLON = 0x3a;
export const LESS_THAN = 0x3c;
export const GREATER_THAN = 0x3e;
export const CAPITAL_E = 0x45;
export const CAPITAL_I = 0x49;
export const OPEN_BRACKET = 0x5b;
export const BACKSLASH = 0x5c;
export const CLOSE_BRACKET = 0x5d;
export const BACKTICK = 0x60;
export const SMALL_B = 0x62;
export const SMALL_E = 0x65;
export const SMALL_F = 0x66;
export const SMALL_G = 0x67;
export const SMALL_I = 0x69;
export const SMALL_N = 0x6e;
export const SMALL_R = 0x72;
export const SMALL_T = 0x74;
export const SMALL_U = 0x75;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const TILDE = 0x7e;
export const ASTERISK = 0x2a;
export const EXCLAMATION = 0x21;
export const NO_BREAK_SPACE = 0xa0;
export const ACUTE_ACCENT = 0xb4;
export const LEFT_SINGLE_QUOTE = 0x2018;
export const RIGHT_SINGLE_QUOTE = 0x2019;
export const LEFT_DOUBLE_QUOTE = 0x201c;
export const RIGHT_DOUBLE_QUOTE = 0x201d;
export const BYTE_ORDER_MARK = 0xfeff;

/**
 * Pseudo quote codes for strings opened by a typographic quote (tolerant mode). A string opened by
 * `“`/`”` closes at any double-quote-like character (`“ ” "`), one opened by `‘ ’ \` ´` at any
 * single-quote-like one (`‘ ’ ´ '`), as jsonrepair reads them; a backtick string at a backtick or
 * `´` (see {@link BACKTICK_QUOTES}). Negative: never a code unit.
 */
export const SMART_DOUBLE_QUOTES = -1;
export const SMART_SINGLE_QUOTES = -2;
/** A backtick string (a JavaScript template literal) closes at a backtick or `´` only: `'` is text in it. */
export const BACKTICK_QUOTES = -3;

/** `SMART_DOUBLE_QUOTES`/`SMART_SINGLE_QUOTES` for a typographic quote or backtick, else 0. */
export function smartQuoteClass(c: number): number {
  if (c === LEFT_DOUBLE_QUOTE || c === RIGHT_DOUBLE_QUOTE) return SMART_DOUBLE_QUOTES;
  if (c === LEFT_SINGLE_QUOTE || c === RIGHT_SINGLE_QUOTE || c === ACUTE_ACCENT) return SMART_SINGLE_QUOTES;
  if (c === BACKTICK) return BACKTICK_QUOTES;
  return 0;
}

/** Whether `c` closes a string opened with quote code (or class) `quote`. */
export function closesString(quote: number, c: number): boolean {
  if (quote >= 0) return c === quote;
  if (quote === SMART_DOUBLE_QUOTES) return c === QUOTE || c === LEFT_DOUBLE_QUOTE || c === RIGHT_DOUBLE_QUOTE;
  if (quote === BACKTICK_QUOTES) return c === BACKTICK || c === ACUTE_ACCENT;
  return (
    c === APOSTROPHE || c === LEFT_SINGLE_QUOTE || c === RIGHT_SINGLE_QUOTE || c === BACKTICK || c === ACUTE_ACCENT
  );
}

/**
 * Unicode space characters that are not JSON whitespace but that models and copy-paste put between
 * tokens: no-break space, Ogham space, Mongolian vowel separator, the U+2000–U+200B spaces, line
 * and paragraph separators, narrow no-break space, medium mathematical space, ideographic space,
 * and a byte order mark inside the text.
 */
export function isUnicodeSpace(c: number): boolean {
  if (c < NO_BREAK_SPACE) return false;
  return (
    c === NO_BREAK_SPACE ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === BYTE_ORDER_MARK
  );
}

/** ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= DIGIT_ZERO && c <= DIGIT_NINE;
}
