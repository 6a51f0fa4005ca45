import { getNumberFormat } from '../common/json-shape.js';

/** Formats a number for a chart (tick labels, the data summary). */
export type ChartNumberFormat = (value: number) => string;

const UNITS = ['', 'K', 'M', 'B', 'T'];

/**
 * `Intl.NumberFormat(locale)` (or with `compact`: `notation: 'compact', maximumFractionDigits: 2`),
 * written out by hand for US English: the first `Intl.NumberFormat` of a page starts ICU (10–20 ms
 * in Chromium), a fifth of a chart's first screen. The result is the same text: numbers are rounded
 * half away from zero on their shortest decimal form, as ICU does; anything else (other locales,
 * magnitudes from 10¹⁵, a compact value that rounds up to the next unit) goes to Intl.
 */
export function chartNumberFormat(locale: string | undefined, compact = false): ChartNumberFormat {
  const language = locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language);
  const intl = () =>
    compact ? getNumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }) : getNumberFormat(locale);
  if (language !== 'en-US' && language !== 'en') return (value) => intl().format(value);
  return (value) => {
    const magnitude = Math.abs(value);
    let unit = 0;
    if (compact) while (unit < 4 && magnitude >= 1000 ** (unit + 1)) unit += 1;
    const digits = roundedDigits(magnitude, compact ? 2 : 3, 3 * unit);
    if (digits === undefined || (compact && digits.whole.length > 3)) return intl().format(value);
    const whole = compact ? digits.whole : digits.whole.replace(/\B(?=(\d{3})+$)/g, ',');
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    return `${sign}${whole}${digits.fraction ? `.${digits.fraction}` : ''}${UNITS[unit]}`;
  };
}

/**
 * `magnitude / 10^shift` rounded half up to at most `places` fraction digits, from the shortest
 * decimal form of `magnitude` (exact: no floating division). `undefined` from 10¹⁵ on or for NaN.
 */
function roundedDigits(magnitude: number, places: number, shift: number) {
  if (!(magnitude < 1e15)) return undefined;
  const text = String(magnitude);
  if (text.includes('e')) return { whole: '0', fraction: '' }; // below 1e-6: rounds to 0
  const [integer = '0', decimals = ''] = text.split('.');
  // Move the decimal point `shift` places left.
  const padded = integer.padStart(shift + 1, '0');
  const whole = padded.slice(0, padded.length - shift);
  const fraction = padded.slice(padded.length - shift) + decimals;
  const kept = `${whole}${fraction.slice(0, places).padEnd(places, '0')}`;
  const rounded = (BigInt(kept) + (fraction.charCodeAt(places) >= 53 ? 1n : 0n)).toString().padStart(places + 1, '0');
  return {
    whole: rounded.slice(0, rounded.length - places).replace(/^0+(?=\d)/, ''),
    fraction: rounded.slice(rounded.length - places).replace(/0+$/, ''),
  };
}
