import { findKey, isRecord, readOwn } from '../common/json-shape.js';
import type { ChartPoint } from './chart-data.js';

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

/** What a series spans, read in the pass that reads its points (domains never re-read them). */
export interface SeriesExtent {
  /** Points drawn (values left out are not counted). */
  count: number;
  yLow: number;
  yHigh: number;
  /** Extent of numeric x values (`Infinity`, `-Infinity` when there are none). */
  xLow: number;
  xHigh: number;
  /** Some x is a category label (string). */
  categorical: boolean;
}

/** An empty extent, widened by {@link widenExtent}. */
export const emptyExtent = (): SeriesExtent => ({
  count: 0,
  yLow: Infinity,
  yHigh: -Infinity,
  xLow: Infinity,
  xHigh: -Infinity,
  categorical: false,
});

/** Widens `extent` by one point (in place). */
export function widenExtent(extent: SeriesExtent, x: number | string, y: number): void {
  extent.count += 1;
  if (y < extent.yLow) extent.yLow = y;
  if (y > extent.yHigh) extent.yHigh = y;
  if (typeof x === 'string') extent.categorical = true;
  else {
    if (x < extent.xLow) extent.xLow = x;
    if (x > extent.xHigh) extent.xHigh = x;
  }
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
