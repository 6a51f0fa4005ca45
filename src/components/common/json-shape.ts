import type { Messages } from './messages.js';
import { VIEW_ENGLISH } from './messages-english.js';

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
  messages: Pick<Messages, 'yes' | 'no' | 'items' | 'fields'> = VIEW_ENGLISH,
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

const intlObjects = new Map<string, object>();

/**
 * The one cache of `Intl` objects (number and date formats, collators, segmenters): one per
 * `key` (kind + locale + options), made by `create` the first time (making one costs about a
 * millisecond; a page of cells would otherwise make hundreds).
 */
export function cachedIntl<T extends object>(key: string, create: () => T): T {
  let made = intlObjects.get(key) as T | undefined;
  if (!made) {
    made = create();
    intlObjects.set(key, made);
  }
  return made;
}

/** Cached `Intl.NumberFormat` for a locale (default: the runtime's) and options. */
export function getNumberFormat(locale?: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedIntl(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A schema string format views format as a date: JSON Schema `format: 'date'` or `'date-time'`. */
export type DateFormat = 'date' | 'date-time';

/**
 * Formats an ISO 8601 / RFC 3339 date (`2026-12-04`) or timestamp (`2026-12-04T09:30:00Z`) with a
 * cached `Intl.DateTimeFormat` for `locale` (dates as dates in UTC, so no time zone moves the day;
 * timestamps with the time). With `schemaFormat: 'date'` only the date is shown, even of a
 * timestamp. `undefined` for any other string or an impossible date (`2026-02-30`).
 */
export function formatIsoDate(text: string, locale?: string, schemaFormat?: DateFormat): string | undefined {
  const match = text.length > 40 ? null : ISO_TIMESTAMP.exec(text);
  if (!match) return undefined;
  const hasTime = text.length > 10 && schemaFormat !== 'date';
  const day = Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!);
  if (new Date(day).getUTCMonth() !== +match[2]! - 1) return undefined;
  const time = hasTime ? Date.parse(text) : day;
  if (!Number.isFinite(time)) return undefined;
  return cachedIntl(
    `d${locale}${hasTime}`,
    () =>
      new Intl.DateTimeFormat(
        locale,
        hasTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' },
      ),
  ).format(time);
}

/**
 * Text of a scalar as views show it: numbers with `Intl.NumberFormat` (`options`), booleans and
 * summaries from `messages`, and complete ISO dates/timestamps with `Intl.DateTimeFormat`
 * (`dateFormat`: the schema's `format`, `'date'` showing the date only). A string still streaming
 * is never formatted (no half date).
 */
export function formatScalar(
  value: unknown,
  messages: Pick<Messages, 'yes' | 'no' | 'items' | 'fields'>,
  locale: string | undefined,
  options?: Intl.NumberFormatOptions,
  complete = true,
  dateFormat?: DateFormat,
): string {
  if (typeof value === 'string') return (complete && formatIsoDate(value, locale, dateFormat)) || value;
  const format = getNumberFormat(locale, options);
  return scalarText(value, (n) => format.format(n), messages);
}
