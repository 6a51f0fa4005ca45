import { findKey, isRecord, readOwn } from '../common/json-shape.js';
import type { ChartPoint, ChartSeriesData } from './chart-data.js';
import { emptyExtent, rememberFacts, widenExtent, type SeriesExtent } from './chart-extent.js';

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

/** A number a chart cannot place (NaN, ±Infinity, beyond ±1e300): counted as left out. */
const unplaceable = (value: unknown) => typeof value === 'number' && safeNumber(value) === undefined;

/**
 * One point, or `'dropped'` when it holds a number the chart cannot place, or `undefined` when it
 * has no value yet (a half-written `{ x }` while streaming is not "left out").
 */
function readPoint(item: unknown, index: number): ChartPoint | 'dropped' | undefined {
  if (typeof item === 'number') {
    const y = safeNumber(item);
    return y === undefined ? 'dropped' : { x: index, y };
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
  if (safeY !== undefined && safeX !== undefined) return { x: safeX, y: safeY };
  return unplaceable(y) || unplaceable(x) ? 'dropped' : undefined;
}

/** Points of `data` that can be drawn, how many values were left out (not placeable numbers), and their extent. */
export function readPoints(data: readonly unknown[]): { points: ChartPoint[]; dropped: number; extent: SeriesExtent } {
  const points: ChartPoint[] = [];
  const extent = emptyExtent();
  let dropped = 0;
  for (let index = 0; index < data.length; index += 1) {
    const point = readPoint(data[index], index);
    if (point === 'dropped') dropped += 1;
    else if (point) {
      points.push(point);
      widenExtent(extent, point.x, point.y);
    }
  }
  return { points, dropped, extent };
}

/**
 * A series of bare numbers read without making a point per value: the values themselves (x is the
 * index), how many cannot be placed, and the extent. Points are made only when asked for.
 */
export function readValues(data: readonly number[]): { dropped: number; extent: SeriesExtent } {
  const extent = emptyExtent();
  let dropped = 0;
  for (let index = 0; index < data.length; index += 1) {
    const y = safeNumber(data[index]);
    if (y === undefined) dropped += 1;
    else widenExtent(extent, index, y);
  }
  return { dropped, extent };
}

/** A series of bare numbers whose points are made on first read (a 10⁵-point line never needs them all). */
export function valueSeries(name: string, source: string, data: readonly number[]): ChartSeriesData {
  const { dropped, extent } = readValues(data);
  let points: ChartPoint[] | undefined;
  const series: ChartSeriesData = {
    name,
    source,
    dropped,
    get points() {
      if (!points) points = readPoints(data).points;
      return points;
    },
  };
  rememberFacts(series, { ...extent, values: data });
  return series;
}
