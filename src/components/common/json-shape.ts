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

/** Plain text for a scalar (numbers formatted with `format`); objects give a short summary. */
export function scalarText(value: unknown, format: (n: number) => string = String): string {
  if (value === null) return '—';
  if (typeof value === 'number') return Number.isFinite(value) ? format(value) : String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.every(isScalar)) return value.map((item) => scalarText(item, format)).join(', ');
    return `${value.length} items`;
  }
  if (isRecord(value)) return `${Object.keys(value).length} fields`;
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
