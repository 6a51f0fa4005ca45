import type { ChartPoint } from './chart-data.js';
import { safeNumber } from './chart-points.js';

/**
 * Min/max decimation per pixel column for lines and areas: when a series has more points than
 * twice the plot's width, each pixel column keeps its first, lowest, highest and last point (in
 * order), so the drawn shape is the same as with every point (10⁵ points become ≤ 4 per pixel).
 * `xOf` gives a point's position in viewBox units. Returns `points` itself when nothing is dropped.
 */
export function decimatePoints(
  points: readonly ChartPoint[],
  xOf: (point: ChartPoint) => number,
  columns: number,
): readonly ChartPoint[] {
  if (points.length <= threshold(columns)) return points;
  return decimate(
    points.length,
    (index) => xOf(points[index]!),
    (index) => points[index]!.y,
    (index) => points[index]!,
  );
}

/**
 * {@link decimatePoints} for a series of bare numbers (x is the index; values a chart cannot place
 * are skipped), making points only for the values kept. `undefined` when nothing would be dropped.
 */
export function decimateValues(
  values: readonly number[],
  xOfIndex: (index: number) => number,
  columns: number,
): ChartPoint[] | undefined {
  if (values.length <= threshold(columns)) return undefined;
  return decimate(
    values.length,
    xOfIndex,
    (index) => safeNumber(values[index]),
    (index) => ({ x: index, y: safeNumber(values[index])! }),
  );
}

const threshold = (columns: number) => Math.max(2 * columns, 64);

function decimate(
  length: number,
  xAt: (index: number) => number,
  yAt: (index: number) => number | undefined,
  pointAt: (index: number) => ChartPoint,
): ChartPoint[] {
  const kept: ChartPoint[] = [];
  let column = Number.NaN;
  // Indices of the current column's first, lowest, highest and last point, and the extreme values.
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  let lowY = 0;
  let highY = 0;
  const flush = () => {
    if (first < 0) return;
    // first ≤ low, high ≤ last: kept in index order, each index once.
    let previous = -1;
    for (const index of [first, Math.min(low, high), Math.max(low, high), last])
      if (index !== previous) {
        kept.push(pointAt(index));
        previous = index;
      }
  };
  for (let index = 0; index < length; index += 1) {
    const y = yAt(index);
    if (y === undefined) continue;
    const at = Math.floor(xAt(index));
    if (at !== column) {
      flush();
      column = at;
      first = low = high = last = index;
      lowY = highY = y;
      continue;
    }
    if (y < lowY) {
      low = index;
      lowY = y;
    }
    if (y > highY) {
      high = index;
      highY = y;
    }
    last = index;
  }
  flush();
  return kept;
}

/** One bar per pixel column when bars are thinner than a pixel: its lowest and highest value. */
export interface BarColumn {
  at: number;
  low: number;
  high: number;
}

/** Groups bars by pixel column (for 20,000 categories in a 600 px plot); `undefined` when bars are wide enough. */
export function barColumns(
  points: readonly ChartPoint[],
  xOf: (point: ChartPoint) => number,
  bandwidth: number,
): BarColumn[] | undefined {
  if (bandwidth >= 1) return undefined;
  const columns: BarColumn[] = [];
  for (const point of points) {
    const at = Math.floor(xOf(point));
    const current = columns[columns.length - 1];
    if (current && current.at === at) {
      if (point.y < current.low) current.low = point.y;
      if (point.y > current.high) current.high = point.y;
    } else columns.push({ at, low: point.y, high: point.y });
  }
  return columns;
}
