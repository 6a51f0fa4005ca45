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
  /** The categories as a set (membership in O(1): 20,000 categories grow in linear time). */
  seen?: ReadonlySet<string>;
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
  // Categories once seen stay categories (a call may pass only the series that changed).
  const categorical = (previous?.categories.length ?? 0) > 0 || isCategorical(series, kind);
  let categories = (previous?.categories ?? []) as string[];
  let seen = previous?.seen ?? new Set(categories);
  let grew = false;
  let [x0, x1] = previous?.x ?? [Infinity, -Infinity];
  let [y0, y1] = previous?.y ?? (kind === 'bar' || kind === 'area' ? [0, 0] : [Infinity, -Infinity]);
  for (const one of series) {
    for (const point of one.points) {
      if (categorical) {
        const label = String(point.x);
        if (!seen.has(label)) {
          if (!grew) {
            // Copy once per call (earlier domains stay unchanged), then append in place.
            categories = [...categories];
            seen = new Set(seen);
            grew = true;
          }
          categories.push(label);
          (seen as Set<string>).add(label);
        }
      } else if (typeof point.x === 'number') {
        if (point.x < x0) x0 = point.x;
        if (point.x > x1) x1 = point.x;
      }
      if (point.y < y0) y0 = point.y;
      if (point.y > y1) y1 = point.y;
    }
  }
  const next: ChartDomain = { categories, x: [x0, x1], y: [y0, y1], seen };
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
  const y = niced(
    scaleLinear()
      .domain(finite(domain.y, [0, 1]))
      .range([frame.height - frame.bottom, frame.top]),
    5,
  );
  if (domain.categories.length > 0 || kind === 'bar') {
    if (kind === 'bar') {
      const band = scaleBand<string>().domain(domain.categories).range(range).padding(0.2);
      return { x: band, y, xOf: (value) => band(String(value)) ?? range[0], bandwidth: band.bandwidth() };
    }
    const point = scalePoint<string>().domain(domain.categories).range(range).padding(0.5);
    return { x: point, y, xOf: (value) => point(String(value)) ?? range[0], bandwidth: 0 };
  }
  const linear = niced(
    scaleLinear()
      .domain(finite(domain.x, [0, 1]))
      .range(range),
    6,
  );
  // The same mapping as \`linear(value)\`, without d3's per-call interpolation (called per point).
  const [d0, d1] = linear.domain() as [number, number];
  const factor = (range[1] - range[0]) / (d1 - d0 || 1);
  return {
    x: linear,
    y,
    xOf: (value) => range[0] + ((typeof value === 'number' ? value : 0) - d0) * factor,
    bandwidth: 0,
  };
}

/** `scale.nice(count)`, or the scale as it is if d3 cannot round its domain. */
function niced(scale: ScaleLinear<number, number>, count: number): ScaleLinear<number, number> {
  try {
    return scale.copy().nice(count);
  } catch {
    return scale;
  }
}
