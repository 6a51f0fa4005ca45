import { useEffect, useRef, useState } from 'react';
import type { ChartView } from './chart-scales.js';

let reducedMotion: MediaQueryList | undefined;

/** Motion is allowed: a browser with requestAnimationFrame and no `prefers-reduced-motion: reduce`. */
function canGlide(): boolean {
  if (typeof requestAnimationFrame !== 'function' || typeof matchMedia !== 'function') return false;
  reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
  return !reducedMotion.matches;
}

const sameView = (a: ChartView, b: ChartView) =>
  a.slots === b.slots && a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];

/** `from` moved a share `alpha` of the way to `to`; `to` itself once within half a thousandth of each span. */
function towards(from: ChartView, to: ChartView, alpha: number): ChartView {
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

/**
 * The view to draw now: `target`, reached in a short glide (about 250 ms, easing out; a new target
 * mid-glide is chased from where the axes are) when the axes rescale while data streams in. Ticks
 * and paths are drawn from the same shown view, so they move together. No glide under
 * `prefers-reduced-motion: reduce`, without requestAnimationFrame (server, tests), or from an
 * empty chart.
 */
export function useGlidingView(target: ChartView): ChartView {
  // The view shown last (mid-glide, or the last target); state only asks for the next frame's render.
  const current = useRef(target);
  const [, redraw] = useState<ChartView>();
  const glide = !target.empty && !current.current.empty && canGlide();
  useEffect(() => {
    if (!glide || sameView(current.current, target)) {
      current.current = target;
      return;
    }
    let frame = 0;
    let then = performance.now();
    const step = (now: number) => {
      current.current = towards(current.current, target, 1 - Math.exp(-Math.max(0, now - then) / 70));
      then = now;
      redraw(current.current);
      if (current.current !== target) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target, glide]);
  return glide ? current.current : target;
}
