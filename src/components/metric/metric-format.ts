import { findKey, getNumberFormat, isRecord, readOwn } from '../common/json-shape.js';

/** The parts of a metric value: `{ label?, value, delta?, unit?, currency? }` or a bare value. */
export function readMetric(value: unknown) {
  if (!isRecord(value))
    return { main: value, label: undefined, delta: undefined, unit: undefined, currency: undefined };
  const read = (candidates: readonly string[]) => {
    const key = findKey(value, candidates);
    return key === undefined ? undefined : readOwn(value, key);
  };
  return {
    main: read(['value', 'amount', 'total', 'count']),
    label: read(['label', 'title', 'name']),
    delta: read(['delta', 'change', 'trend']),
    unit: read(['unit']),
    currency: read(['currency']),
  };
}

// Short units models write, mapped to the units `Intl.NumberFormat` knows (ECMA-402 sanctioned units).
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  '%': 'percent',
  ms: 'millisecond',
  s: 'second',
  sec: 'second',
  min: 'minute',
  h: 'hour',
  km: 'kilometer',
  m: 'meter',
  kg: 'kilogram',
  g: 'gram',
  kb: 'kilobyte',
  mb: 'megabyte',
  gb: 'gigabyte',
  tb: 'terabyte',
  '°c': 'celsius',
  '°f': 'fahrenheit',
  'km/h': 'kilometer-per-hour',
  mph: 'mile-per-hour',
};

/**
 * `Intl.NumberFormat` options for a unit or currency: an ISO 4217 code (`USD`, `CNY`) gives the
 * currency style, a known unit (`ms`, `km/h`, `percent`, `kilobyte`…) the unit style; anything
 * else returns `undefined` and the unit is appended after a space. `%` keeps the number as is.
 */
export function unitFormatOptions(
  unit: string | undefined,
  currency: string | undefined,
  locale: string | undefined,
  base: Intl.NumberFormatOptions = {},
): Intl.NumberFormatOptions | undefined {
  const tryOptions = (options: Intl.NumberFormatOptions) => {
    try {
      getNumberFormat(locale, options);
      return options;
    } catch {
      return undefined;
    }
  };
  const code = currency ?? (unit && /^[A-Z]{3}$/.test(unit.trim()) ? unit.trim() : undefined);
  if (code) return tryOptions({ ...base, style: 'currency', currency: code });
  if (!unit) return base;
  const trimmed = unit.trim();
  const known = UNIT_ALIASES[trimmed.toLowerCase()] ?? trimmed;
  return /^[a-z-]+$/.test(known) ? tryOptions({ ...base, style: 'unit', unit: known }) : undefined;
}

/** The metric's main text: the number formatted with its unit/currency, or a string as given. */
export function formatMetricValue(
  main: unknown,
  unit: string | undefined,
  currency: string | undefined,
  locale: string | undefined,
  format: Intl.NumberFormatOptions | undefined,
): string | undefined {
  if (main === undefined || main === null) return undefined;
  if (typeof main !== 'number') return `${String(main)}${unit ? ` ${unit.trim()}` : ''}`;
  if (!Number.isFinite(main)) return String(main);
  const options = unitFormatOptions(unit, currency, locale, format);
  if (options) return getNumberFormat(locale, options).format(main);
  return `${getNumberFormat(locale, format).format(main)} ${unit!.trim()}`;
}
