import { ENGLISH_MESSAGES, type Messages } from './messages.js';

/** A plain JSON object (not null, not an array). Reads own keys only: `__proto__` is data. */
export type JsonRecord = Record<string, unknown>;

/** True for non-null, non-array objects. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for strings, finite numbers, booleans and null. */
export function isScalar(value: unknown): value is string | number | boolean | null {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** Own enumerable value of `key`, never an inherited one (`__proto__`, `constructor` are data). */
export function readOwn(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** First key of `candidates` present as an own key with a value of `record`, if any. */
export function findKey(record: JsonRecord, candidates: readonly string[]): string | undefined {
  const keys = Object.keys(record);
  for (const candidate of candidates) {
    const match = keys.find((key) => key.toLowerCase() === candidate);
    if (match !== undefined && record[match] !== undefined) return match;
  }
  return undefined;
}

/** Turns a key such as `negative_score` or `firstName` into a label: `Negative score`, `First name`. */
export function humanizeKey(key: string): string {
  const spaced = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  if (spaced === '') return key;
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * Plain text for a scalar (numbers formatted with `format`, `true`/`false` and summaries worded by
 * `messages`); objects and arrays of objects give a short count ("3 fields", "2 items").
 */
export function scalarText(
  value: unknown,
  format: (n: number) => string = String,
  messages: Pick<Messages, 'yes' | 'no' | 'items' | 'fields'> = ENGLISH_MESSAGES,
): string {
  if (value === null) return '—';
  if (typeof value === 'number') return Number.isFinite(value) ? format(value) : String(value);
  if (typeof value === 'boolean') return value ? messages.yes : messages.no;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length <= 1000 && value.every(isScalar))
      return value.map((item) => scalarText(item, format, messages)).join(', ');
    return messages.items(value.length);
  }
  if (isRecord(value)) return messages.fields(Object.keys(value).length);
  return '';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Cached `Intl.NumberFormat` for a locale (default: the runtime's) and options. */
export function getNumberFormat(locale?: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = options ? `${locale ?? ''}|${JSON.stringify(options)}` : (locale ?? '');
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(cacheKey, format);
  }
  return format;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an ISO 8601 date (`2026-12-04`) or timestamp (`2026-12-04T09:30:00Z`) with a cached
 * `Intl.DateTimeFormat` for `locale` (dates as dates, timestamps with the time); `undefined` for
 * any other string or an impossible date.
 */
export function formatIsoDate(text: string, locale?: string): string | undefined {
  if (text.length > 40 || !ISO_TIMESTAMP.test(text)) return undefined;
  const hasTime = text.length > 10;
  const time = Date.parse(hasTime ? text : `${text}T00:00:00Z`);
  if (!Number.isFinite(time)) return undefined;
  const cacheKey = `${locale ?? ''}|${hasTime}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      hasTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' },
    );
    dateFormats.set(cacheKey, format);
  }
  return format.format(time);
}

/**
 * Text of a scalar as views show it: numbers with `Intl.NumberFormat` (`options`), booleans and
 * summaries from `messages`, and complete ISO dates/timestamps with `Intl.DateTimeFormat`.
 */
export function formatScalar(
  value: unknown,
  messages: Pick<Messages, 'yes' | 'no' | 'items' | 'fields'>,
  locale: string | undefined,
  options?: Intl.NumberFormatOptions,
  complete = true,
): string {
  if (typeof value === 'string') return (complete && formatIsoDate(value, locale)) || value;
  const format = getNumberFormat(locale, options);
  return scalarText(value, (n) => format.format(n), messages);
}
