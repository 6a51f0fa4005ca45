import type { ChartPoint } from './chart-data.js';

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
  if (points.length <= Math.max(2 * columns, 64)) return points;
  const kept: ChartPoint[] = [];
  let column = Number.NaN;
  // Indices of the current column's first, lowest, highest and last point.
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  const flush = () => {
    if (first < 0) return;
    const group = [...new Set([first, low, high, last])].sort((a, b) => a - b);
    for (const index of group) kept.push(points[index]!);
  };
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index]!;
    const at = Math.floor(xOf(point));
    if (at !== column) {
      flush();
      column = at;
      first = low = high = last = index;
      continue;
    }
    if (point.y < points[low]!.y) low = index;
    if (point.y > points[high]!.y) high = index;
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
