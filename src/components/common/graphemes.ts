import { cachedIntl } from './json-shape.js';
function segmenterFor(locale: string | undefined): Intl.Segmenter | undefined {
  return typeof Intl.Segmenter === 'function'
    ? cachedIntl(`s${locale}`, () => new Intl.Segmenter(locale, { granularity: 'grapheme' }))
    : undefined;
}

// A cluster that may still grow: emoji and flags (surrogates), ZWJ, variation selectors, keycaps, combining marks.
const EXTENDABLE = /[\u0300-\u036f\u20e3\ufe00-\ufe0f\ud800-\udfff]|\u200d/;

/**
 * The part of a still-growing string that is made of whole grapheme clusters: a last cluster that
 * could still be extended (an emoji that may get a ZWJ or a skin tone, half a flag, a combining
 * sequence) is held back until the next cluster starts or the text completes, so a caret never
 * splits one. Plain letters and CJK characters show at once. Only the tail is segmented (O(1) per
 * call); without `Intl.Segmenter` a trailing lone surrogate, ZWJ or variation selector is held back.
 */
export function wholeGraphemes(text: string, locale?: string): string {
  if (text === '' || !EXTENDABLE.test(text.slice(-16))) return text;
  const segmenter = segmenterFor(locale);
  if (!segmenter) return text.replace(/(?:[\ud800-\udbff]|\u200d|[\ufe00-\ufe0f])+$/, '');
  const start = Math.max(0, text.length - 64);
  let last = start;
  for (const segment of segmenter.segment(text.slice(start))) last = start + segment.index;
  // The first tail segment may be cut by `start`: only trust boundaries after it.
  if (last === start && start > 0) return text;
  return EXTENDABLE.test(text.slice(last)) ? text.slice(0, last) : text;
}

/**
 * Splits a long text into blocks of about `size` UTF-16 units, cutting after a newline or space
 * when one is near and never inside a surrogate pair; shorter texts give one block.
 */
export function splitBlocks(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const blocks: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + size);
    if (to < text.length) {
      // Look back at most half a block for a space or newline (lastIndexOf has no lower bound:
      // on a text without newlines it would scan to the start every time, quadratic in total).
      let cut = to - 1;
      const floor = from + size / 2;
      while (cut > floor && text.charCodeAt(cut) !== 32 && text.charCodeAt(cut) !== 10) cut -= 1;
      if (cut > floor) to = cut + 1;
      else if (/[\ud800-\udbff]/.test(text.charAt(to - 1))) to -= 1;
    }
    blocks.push(text.slice(from, to));
    from = to;
  }
  return blocks;
}
