/**
 * UTF-8 byte counts of the parser's input, for `maxBytes`, by UTF-16 code unit: < U+0080 1 byte,
 * < U+0800 2, a surrogate 2 (a pair is 4, also when a chunk boundary splits it; a lone surrogate
 * counts 2), else 3 — so no code unit is more than 3 bytes. Internal.
 */

/**
 * UTF-8 length of `text` in bytes, counted by code unit range: < U+0080 1, < U+0800 2, a surrogate
 * 2 (a pair is 4, also when a chunk boundary splits it; a lone surrogate counts 2), else 3.
 */
export function utf8Length(text: string): number {
  let size = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) size += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return size;
}

/** UTF-8 bytes of code unit `c` ≥ U+0080 beyond the one every code unit counts (see {@link utf8Length}). */
export function extraUtf8Bytes(c: number): number {
  return c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
}

/** UTF-8 bytes of `text[start, end)` beyond one per code unit: `utf8Length(text) - text.length` for a whole chunk. */
export function extraUtf8BytesIn(text: string, start: number, end: number): number {
  let extra = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) extra += extraUtf8Bytes(c);
  }
  return extra;
}

/** Code units of the longest prefix of `text` within `budget` UTF-8 bytes, never splitting a surrogate pair. */
export function utf8PrefixLength(text: string, budget: number): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isHigh = c >= 0xd800 && c <= 0xdbff;
    const low = isHigh ? text.charCodeAt(i + 1) : 0;
    const pair = isHigh && low >= 0xdc00 && low <= 0xdfff;
    const next = pair ? 4 : c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
    if (size + next > budget) return i;
    size += next;
    if (pair) i++;
  }
  return text.length;
}
