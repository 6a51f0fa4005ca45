import { findKey, humanizeKey, isRecord, readOwn } from '../common/json-shape.js';

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

/** Largest magnitude drawn; beyond it (e.g. ±1e308) scale arithmetic overflows to NaN. */
export const MAX_CHART_MAGNITUDE = 1e300;

/**
 * A number a chart can place: finite, within ±1e300; subnormal magnitudes (below 1e-300, where
 * tick steps underflow) are drawn as 0. `undefined` for anything else.
 */
export function safeNumber(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_CHART_MAGNITUDE) return undefined;
  return Math.abs(value) < 1e-300 ? 0 : value;
}

/** Options of the rows adapter ({@link rowsToSeries}). */
export interface ChartRowsOptions {
  /** Key of the label column (x). Default: the first string-valued key. */
  labelKey?: string;
  /** Keys of numeric columns, one series each. Default: every numeric key, in order. */
  valueKeys?: readonly string[];
}

const cache = new WeakMap<object, ChartSeriesData>();

function readPoint(item: unknown, index: number): ChartPoint | undefined {
  if (typeof item === 'number') {
    const y = safeNumber(item);
    return y === undefined ? undefined : { x: index, y };
  }
  let x: unknown = index;
  let y: unknown;
  if (Array.isArray(item) && item.length >= 2) [x, y] = item;
  else if (isRecord(item)) {
    const xKey = findKey(item, ['x', 'label', 'name', 'category', 'time', 'date']);
    const yKey = findKey(item, ['y', 'value', 'count', 'amount', 'total']);
    y = yKey === undefined ? undefined : readOwn(item, yKey);
    if (xKey !== undefined) x = readOwn(item, xKey);
  } else return undefined;
  const safeY = safeNumber(y);
  const safeX = typeof x === 'number' ? safeNumber(x) : typeof x === 'string' ? x : undefined;
  return safeY === undefined || safeX === undefined ? undefined : { x: safeX, y: safeY };
}

/** Points of `data` that can be drawn, and how many values were left out. */
function readPoints(data: readonly unknown[]): { points: ChartPoint[]; dropped: number } {
  const points: ChartPoint[] = [];
  let dropped = 0;
  for (let index = 0; index < data.length; index += 1) {
    const point = readPoint(data[index], index);
    if (point) points.push(point);
    else if (data[index] !== null && data[index] !== undefined) dropped += 1;
  }
  return { points, dropped };
}

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
  const { points, dropped } = readPoints(data);
  const series: ChartSeriesData = {
    name: typeof nameValue === 'string' ? nameValue : `Series ${index + 1}`,
    points,
    source,
    dropped,
  };
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
  const valueKeys = options.valueKeys ?? [
    ...new Set(
      records.flatMap((row) => Object.keys(row).filter((key) => key !== labelKey && typeof row[key] === 'number')),
    ),
  ];
  return valueKeys.map((key) => {
    const points: ChartPoint[] = [];
    let dropped = 0;
    records.forEach((row, index) => {
      const raw = readOwn(row, key);
      const y = safeNumber(raw);
      const label = labelKey === undefined ? index : readOwn(row, labelKey);
      if (y !== undefined)
        points.push({ x: typeof label === 'string' || typeof label === 'number' ? label : index, y });
      else if (typeof raw === 'number') dropped += 1;
    });
    // One labelling rule: a column key is humanised (`revenue_usd` → "Revenue usd"), as in tables and cards.
    return { name: humanizeKey(key), source, points, dropped };
  });
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
    return { series: rowsToSeries(value, options) };
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
      : rowsToSeries(data, options, '/data');
  return base;
}
