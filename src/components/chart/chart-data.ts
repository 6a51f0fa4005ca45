import { findKey, humanizeKey, isRecord, readOwn } from '../common/json-shape.js';
import { emptyExtent, rememberFacts, widenExtent } from './chart-extent.js';
import { readPoints, safeNumber, valueSeries } from './chart-points.js';

/** One point of a series: `x` is a number or a category label. */
export interface ChartPoint {
  x: number | string;
  y: number;
}

/** A normalised series. Its identity is kept while its source is unchanged (memoised drawing). */
export interface ChartSeriesData {
  name: string;
  points: readonly ChartPoint[];
  /** Pointer of the source node relative to the chart's value (`''`, `/series/0`, `/data`). */
  source: string;
  /** Values left out: not finite (NaN, ±Infinity) or beyond ±1e300, where scales lose precision. */
  dropped?: number;
}

/** Options of the rows adapter ({@link rowsToSeries}). */
export interface ChartRowsOptions {
  /** Key of the label column (x). Default: the first string-valued key. */
  labelKey?: string;
  /** Keys of numeric columns, one series each. Default: every numeric key, in order. */
  valueKeys?: readonly string[];
}

const cache = new WeakMap<object, ChartSeriesData>();

/** Normalises one `{ name, data }` series (or a bare number array); cached per source object. */
export function normalizeSeries(raw: unknown, index: number, source: string): ChartSeriesData | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const cached = cache.get(raw);
  if (cached && cached.source === source) return cached;
  const data = Array.isArray(raw)
    ? raw
    : isRecord(raw)
      ? readOwn(raw, findKey(raw, ['data', 'values', 'points']) ?? 'data')
      : undefined;
  if (!Array.isArray(data)) return undefined;
  const nameValue = isRecord(raw) ? readOwn(raw, findKey(raw, ['name', 'label', 'title']) ?? 'name') : undefined;
  const name = typeof nameValue === 'string' ? nameValue : `Series ${index + 1}`;
  let series: ChartSeriesData;
  if (data.every((item) => typeof item === 'number')) series = valueSeries(name, source, data);
  else {
    const { points, dropped, extent } = readPoints(data);
    series = { name, points, source, dropped };
    rememberFacts(series, extent);
  }
  cache.set(raw, series);
  return series;
}

/**
 * Adapter for arbitrary rows: `[{ month: 'Jan', sales: 3, costs: 2 }, ...]` → one series per
 * numeric column (`sales`, `costs`), x from the label column (else the row index).
 */
export function rowsToSeries(rows: readonly unknown[], options: ChartRowsOptions = {}, source = ''): ChartSeriesData[] {
  const records = rows.filter(isRecord);
  const first = records[0];
  if (!first) return [];
  const labelKey = options.labelKey ?? Object.keys(first).find((key) => typeof first[key] === 'string');
  let valueKeys = options.valueKeys;
  if (!valueKeys) {
    const numeric = new Set<string>();
    for (const row of records)
      for (const key in row)
        if (key !== labelKey && typeof row[key] === 'number' && Object.hasOwn(row, key)) numeric.add(key);
    valueKeys = [...numeric];
  }
  return valueKeys.map((key) => {
    const points: ChartPoint[] = [];
    const extent = emptyExtent();
    let dropped = 0;
    for (let index = 0; index < records.length; index += 1) {
      const row = records[index]!;
      const raw = readOwn(row, key);
      const y = safeNumber(raw);
      const label = labelKey === undefined ? index : readOwn(row, labelKey);
      if (y !== undefined) {
        const x = typeof label === 'string' || typeof label === 'number' ? label : index;
        points.push({ x, y });
        widenExtent(extent, x, y);
      } else if (typeof raw === 'number') dropped += 1;
    }
    // One labelling rule: a column key is humanised (`revenue_usd` → "Revenue usd"), as in tables and cards.
    const series: ChartSeriesData = { name: humanizeKey(key), source, points, dropped };
    rememberFacts(series, extent);
    return series;
  });
}

const rowsCache = new WeakMap<object, { options: string; series: ChartSeriesData[] }>();

/** {@link rowsToSeries} kept per rows array and options, so a re-render keeps the series' identity. */
function cachedRowsToSeries(rows: readonly unknown[], options: ChartRowsOptions, source: string): ChartSeriesData[] {
  const key = JSON.stringify([source, options.labelKey, options.valueKeys]);
  const cached = rowsCache.get(rows);
  if (cached?.options === key) return cached.series;
  const series = rowsToSeries(rows, options, source);
  rowsCache.set(rows, { options: key, series });
  return series;
}

/** Chart input read from a value: normalised series plus where each came from. */
export interface ChartInput {
  series: ChartSeriesData[];
  /** Pointer (relative to the value) of the series array, whose items are series. */
  seriesArray?: string;
  /** Kind named by the value (`type`/`kind`/`chart`), if any. */
  kind?: string;
  title?: string;
}

/**
 * Reads chart data from any of: `number[]`; `{ series: [{ name, data }] }` (data as numbers,
 * `{x,y}`/`{label,value}` objects or `[x, y]` pairs); rows with a label and numeric columns;
 * `{ data: rows, type?, title? }` (GPT-Vis style).
 */
export function readChartInput(value: unknown, options: ChartRowsOptions = {}): ChartInput {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'number')) {
      const single = normalizeSeries(value, 0, '');
      return { series: single ? [single] : [] };
    }
    return { series: cachedRowsToSeries(value, options, '') };
  }
  if (!isRecord(value)) return { series: [] };
  const kindKey = findKey(value, ['type', 'kind', 'chart']);
  const kindValue = kindKey === undefined ? undefined : readOwn(value, kindKey);
  const titleValue = readOwn(value, 'title');
  const base: ChartInput = { series: [] };
  if (typeof kindValue === 'string') base.kind = kindValue;
  if (typeof titleValue === 'string') base.title = titleValue;
  const series = readOwn(value, 'series');
  if (Array.isArray(series)) {
    base.series = series.flatMap((raw, index) => normalizeSeries(raw, index, `/series/${index}`) ?? []);
    base.seriesArray = '/series';
    return base;
  }
  const data = readOwn(value, 'data');
  if (Array.isArray(data))
    base.series = data.every((item) => typeof item === 'number')
      ? [normalizeSeries(data, 0, '/data')!]
      : cachedRowsToSeries(data, options, '/data');
  return base;
}
