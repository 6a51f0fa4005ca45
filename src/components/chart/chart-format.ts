import { getNumberFormat } from '../common/json-shape.js';

/** Formats a number for a chart (tick labels, the data summary). */
export type ChartNumberFormat = (value: number) => string;

/**
 * `Intl.NumberFormat(locale)` (or with `compact`: `notation: 'compact', maximumFractionDigits: 2`),
 * written out by hand for US English: the first `Intl.NumberFormat` of a page starts ICU (10–20 ms
 * in Chromium), a fifth of a chart's first screen. The result is the same text: numbers are rounded
 * half away from zero on their shortest decimal form, as ICU does; anything else (other locales,
 * magnitudes from 10¹⁵ or below 10⁻⁶, a compact value that rounds up to the next unit) goes to Intl.
 */
export function chartNumberFormat(locale: string | undefined, compact = false): ChartNumberFormat {
  const intl = (value: number) =>
    getNumberFormat(locale, compact ? { notation: 'compact', maximumFractionDigits: 2 } : undefined).format(value);
  if (!/^en(-US)?$/.test(locale ?? globalThis.navigator?.language ?? '')) return intl;
  const places = compact ? 2 : 3;
  return (value) => {
    const text = String(Math.abs(value));
    if (!(Math.abs(value) < 1e15) || text.includes('e')) return intl(value);
    let unit = 0;
    while (compact && unit < 4 && Math.abs(value) >= 1000 ** (unit + 1)) unit += 1;
    // The digits with the decimal point moved 3 × unit places left, rounded at `places` decimals.
    const [integer = '', decimals = ''] = text.split('.');
    const padded = integer.padStart(3 * unit + 1, '0');
    const end = padded.length - 3 * unit + places;
    const digits = padded + decimals;
    const up = digits.charCodeAt(end) >= 53 ? 1n : 0n;
    const rounded = String(BigInt(digits.slice(0, end).padEnd(end, '0')) + up).padStart(places + 1, '0');
    const whole = rounded.slice(0, -places);
    const fraction = rounded.slice(-places).replace(/0+$/, '');
    if (compact && whole.length > 3) return intl(value);
    const grouped = compact ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    return `${sign}${grouped}${fraction && `.${fraction}`}${['', 'K', 'M', 'B', 'T'][unit]}`;
  };
}
