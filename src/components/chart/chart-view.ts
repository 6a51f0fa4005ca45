import { scaleLinear } from 'd3-scale';
import type { ChartDomain } from './chart-scales.js';

/**
 * What the axes show: the y domain (and a numeric x domain) rounded to "nice" steps, and the number
 * of category slots. While the chart rescales, shown views are interpolated between two of these.
 */
export interface ChartView {
  x: readonly [number, number];
  y: readonly [number, number];
  slots: number;
  /** No data yet (finite stand-in domains): a view that is never glided from. */
  empty: boolean;
}

/** The view of a domain: `nice()`-rounded y (5 ticks) and numeric x (6 ticks), finite stand-ins when empty. */
export function viewOf(domain: ChartDomain): ChartView {
  const niced = (pair: readonly [number, number], count: number): [number, number] => {
    const [low, high] = pair;
    if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
    const scale = scaleLinear().domain(low === high ? [low - 1, high + 1] : [low, high]);
    try {
      return scale.nice(count).domain() as [number, number];
    } catch {
      return scale.domain() as [number, number]; // d3 cannot round some subnormal domains
    }
  };
  return {
    x: niced(domain.x, 6),
    y: niced(domain.y, 5),
    slots: domain.categories.length,
    empty: domain.categories.length === 0 && !Number.isFinite(domain.x[0]),
  };
}

/** Same axes (the `empty` flag aside). */
export const sameView = (a: ChartView, b: ChartView) =>
  a.slots === b.slots && a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];

/** `from` moved a share `alpha` of the way to `to`; `to` itself once within half a thousandth of each span. */
export function towards(from: ChartView, to: ChartView, alpha: number): ChartView {
  const near = (a: number, b: number, span: number) => Math.abs(a - b) <= Math.abs(span) * 5e-4;
  const mix = (a: readonly [number, number], b: readonly [number, number]) =>
    [a[0] + (b[0] - a[0]) * alpha, a[1] + (b[1] - a[1]) * alpha] as const;
  const next = { x: mix(from.x, to.x), y: mix(from.y, to.y), slots: from.slots + (to.slots - from.slots) * alpha };
  const ySpan = to.y[1] - to.y[0];
  const xSpan = to.x[1] - to.x[0];
  const arrived =
    near(next.y[0], to.y[0], ySpan) &&
    near(next.y[1], to.y[1], ySpan) &&
    near(next.x[0], to.x[0], xSpan) &&
    near(next.x[1], to.x[1], xSpan) &&
    Math.abs(next.slots - to.slots) < 0.01;
  return arrived ? to : { ...next, empty: false };
}
