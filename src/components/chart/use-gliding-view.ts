import { useEffect, useRef, useState } from 'react';
import { sameView, towards, type ChartView } from './chart-view.js';

/** Motion is allowed: a browser with requestAnimationFrame and no `prefers-reduced-motion: reduce`. */
function canGlide(): boolean {
  return (
    typeof requestAnimationFrame === 'function' &&
    typeof matchMedia === 'function' &&
    !matchMedia('(prefers-reduced-motion: reduce)').matches
  );
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
