import { scaleBand, scaleLinear, scalePoint, type ScaleBand, type ScaleLinear, type ScalePoint } from 'd3-scale';
import type { ChartSeriesData } from './chart-data.js';

/** Chart kinds. */
export type ChartKind = 'line' | 'bar' | 'area' | 'scatter' | 'pie' | 'donut';

/** Plot area inside the SVG viewBox, in viewBox units. */
export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Domains that only grow while data streams in. */
export interface ChartDomain {
  /** Category labels in first-seen order (categorical x), else empty. */
  categories: readonly string[];
  x: readonly [number, number];
  y: readonly [number, number];
}

/** True when any point has a string x, or the kind is `bar` (bars always use categories). */
export function isCategorical(series: readonly ChartSeriesData[], kind: ChartKind): boolean {
  return kind === 'bar' || series.some((one) => one.points.some((point) => typeof point.x === 'string'));
}

/**
 * Grows `previous` to include the data: categories append, numeric extents widen, never shrink.
 * `y` includes 0 for bars and areas. Returns `previous` itself when nothing grew.
 */
export function growDomain(
  previous: ChartDomain | undefined,
  series: readonly ChartSeriesData[],
  kind: ChartKind,
): ChartDomain {
  const categorical = isCategorical(series, kind);
  const categories = [...(previous?.categories ?? [])];
  let [x0, x1] = previous?.x ?? [Infinity, -Infinity];
  let [y0, y1] = previous?.y ?? (kind === 'bar' || kind === 'area' ? [0, 0] : [Infinity, -Infinity]);
  for (const one of series) {
    for (const point of one.points) {
      if (categorical) {
        const label = String(point.x);
        if (!categories.includes(label)) categories.push(label);
      } else if (typeof point.x === 'number') {
        x0 = Math.min(x0, point.x);
        x1 = Math.max(x1, point.x);
      }
      y0 = Math.min(y0, point.y);
      y1 = Math.max(y1, point.y);
    }
  }
  const next: ChartDomain = { categories, x: [x0, x1], y: [y0, y1] };
  if (
    previous &&
    previous.categories.length === categories.length &&
    previous.x[0] === x0 &&
    previous.x[1] === x1 &&
    previous.y[0] === y0 &&
    previous.y[1] === y1
  ) {
    return previous;
  }
  return next;
}

/** Scales for a domain and frame; `y` is `nice()`-rounded so axis steps are round numbers. */
export interface ChartScales {
  x: ScaleLinear<number, number> | ScalePoint<string> | ScaleBand<string>;
  y: ScaleLinear<number, number>;
  /** Position of a point's x in viewBox units. */
  xOf: (value: number | string) => number;
  /** Band width for bars (0 for other kinds). */
  bandwidth: number;
}

/** Builds d3 scales for a domain (finite fallbacks for an empty domain). */
export function createScales(domain: ChartDomain, frame: ChartFrame, kind: ChartKind): ChartScales {
  const range: [number, number] = [frame.left, frame.width - frame.right];
  const finite = (pair: readonly [number, number], fallback: [number, number]): [number, number] =>
    Number.isFinite(pair[0]) && Number.isFinite(pair[1])
      ? pair[0] === pair[1]
        ? [pair[0] - 1, pair[1] + 1]
        : [pair[0], pair[1]]
      : fallback;
  const y = scaleLinear()
    .domain(finite(domain.y, [0, 1]))
    .range([frame.height - frame.bottom, frame.top])
    .nice(5);
  if (domain.categories.length > 0 || kind === 'bar') {
    if (kind === 'bar') {
      const band = scaleBand<string>().domain(domain.categories).range(range).padding(0.2);
      return { x: band, y, xOf: (value) => band(String(value)) ?? range[0], bandwidth: band.bandwidth() };
    }
    const point = scalePoint<string>().domain(domain.categories).range(range).padding(0.5);
    return { x: point, y, xOf: (value) => point(String(value)) ?? range[0], bandwidth: 0 };
  }
  const linear = scaleLinear()
    .domain(finite(domain.x, [0, 1]))
    .range(range)
    .nice(6);
  return { x: linear, y, xOf: (value) => linear(typeof value === 'number' ? value : 0), bandwidth: 0 };
}
