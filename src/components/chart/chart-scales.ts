import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ChartSeriesData } from './chart-data.js';
import { seriesFacts } from './chart-extent.js';
import { viewOf, type ChartView } from './chart-view.js';

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
  /** Each category's index (membership and position in O(1): 20,000 categories grow in linear time). */
  seen?: ReadonlyMap<string, number>;
}

/**
 * Grows `previous` to include the data: categories append, numeric extents widen, never shrink.
 * `y` includes 0 for bars and areas. Extents come from each series' facts (read with its points),
 * so only categories need a pass over the points. Returns `previous` itself when nothing grew.
 */
export function growDomain(
  previous: ChartDomain | undefined,
  series: readonly ChartSeriesData[],
  kind: ChartKind,
): ChartDomain {
  // Categories once seen stay categories (a call may pass only the series that changed); bars always use them.
  const categorical =
    (previous?.categories.length ?? 0) > 0 || kind === 'bar' || series.some((one) => seriesFacts(one).categorical);
  let categories = (previous?.categories ?? []) as string[];
  let seen = (previous?.seen ?? new Map(categories.map((label, index) => [label, index]))) as Map<string, number>;
  let grew = false;
  let [x0, x1] = previous?.x ?? [Infinity, -Infinity];
  let [y0, y1] = previous?.y ?? (kind === 'bar' || kind === 'area' ? [0, 0] : [Infinity, -Infinity]);
  for (const one of series) {
    const facts = seriesFacts(one);
    if (facts.count === 0) continue;
    y0 = Math.min(y0, facts.yLow);
    y1 = Math.max(y1, facts.yHigh);
    if (!categorical) {
      x0 = Math.min(x0, facts.xLow);
      x1 = Math.max(x1, facts.xHigh);
      continue;
    }
    for (const point of one.points) {
      const label = String(point.x);
      if (seen.has(label)) continue;
      if (!grew) {
        // Copy once per call (earlier domains stay unchanged), then append in place.
        categories = [...categories];
        seen = new Map(seen);
        grew = true;
      }
      seen.set(label, categories.length);
      categories.push(label);
    }
  }
  const unchanged =
    previous && !grew && previous.x[0] === x0 && previous.x[1] === x1 && previous.y[0] === y0 && previous.y[1] === y1;
  return unchanged ? previous : { categories, x: [x0, x1], y: [y0, y1], seen };
}

/** Scales for a domain and frame. */
export interface ChartScales {
  /** Value axis. */
  y: ScaleLinear<number, number>;
  /** Numeric x axis; `undefined` when x is categorical. */
  x: ScaleLinear<number, number> | undefined;
  /** Category labels of a categorical x axis, in order (empty otherwise). */
  categories: readonly string[];
  /** Horizontal extent of the plot in viewBox units. */
  range: readonly [number, number];
  /** Position of a point's x in viewBox units. */
  xOf: (value: number | string) => number;
  /** Band width for bars (0 for other kinds). */
  bandwidth: number;
}

/**
 * Scales for a domain shown as `view` (default: the domain's own view). Categories are placed as
 * d3's band scale (bars: padding 0.2) or point scale (padding 0.5) would place them, from their
 * index, so a fractional slot count while gliding moves them smoothly.
 */
export function createScales(
  domain: ChartDomain,
  frame: ChartFrame,
  kind: ChartKind,
  view: ChartView = viewOf(domain),
): ChartScales {
  const range = [frame.left, frame.width - frame.right] as const;
  const span = range[1] - range[0];
  const y = scaleLinear()
    .domain(view.y)
    .range([frame.height - frame.bottom, frame.top]);
  if (domain.categories.length > 0 || kind === 'bar') {
    const seen = domain.seen;
    const n = view.slots;
    const bars = kind === 'bar';
    // d3 band: step = span / max(1, n - inner + 2 outer), centred; point: inner 1, outer 0.5.
    const step = span / Math.max(1, bars ? n + 0.2 : n);
    const start = range[0] + (span - step * (bars ? n - 0.2 : n - 1)) / 2;
    return {
      y,
      x: undefined,
      categories: domain.categories,
      range,
      xOf: (value) => {
        const index = seen?.get(String(value));
        return index === undefined ? range[0] : start + step * index;
      },
      bandwidth: bars ? step * 0.8 : 0,
    };
  }
  const x = scaleLinear().domain(view.x).range(range);
  // The same mapping as `x(value)`, without d3's per-call interpolation (called per point).
  const [d0, d1] = view.x;
  const factor = span / (d1 - d0 || 1);
  return {
    y,
    x,
    categories: [],
    range,
    xOf: (value) => range[0] + ((typeof value === 'number' ? value : 0) - d0) * factor,
    bandwidth: 0,
  };
}
