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

const numbers = (view: ChartView) => [view.x[0], view.x[1], view.y[0], view.y[1], view.slots];

/** Same axes (the `empty` flag aside). */
export const sameView = (a: ChartView, b: ChartView) => String(numbers(a)) === String(numbers(b));

/** `from` moved a share `alpha` of the way to `to`; `to` itself once within half a thousandth of each span. */
export function towards(from: ChartView, to: ChartView, alpha: number): ChartView {
  const goal = numbers(to);
  const next = numbers(from).map((value, index) => value + (goal[index]! - value) * alpha);
  // How close counts as there: 0.05 % of the axis span (x ends, y ends), 0.01 of a category slot.
  const room = [goal[1]! - goal[0]!, goal[1]! - goal[0]!, goal[3]! - goal[2]!, goal[3]! - goal[2]!, 20];
  return next.every((value, index) => Math.abs(value - goal[index]!) <= Math.abs(room[index]!) * 5e-4)
    ? to
    : { x: [next[0]!, next[1]!], y: [next[2]!, next[3]!], slots: next[4]!, empty: false };
}
