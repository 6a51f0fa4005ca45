import { forwardRef, useEffect, useState, type CSSProperties, type HTMLAttributes } from 'react';
import { classNames } from './status.js';

/** Props of {@link Skeleton}. */
export interface SkeletonProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** CSS width of the placeholder (e.g. `'60%'`, `'8em'`). Default `'100%'`. */
  width?: string;
  /** CSS height of the placeholder. Default `'1em'` (one line of text). */
  height?: string;
  /** Shape: `'line'` (rounded bar, default), `'block'` (rectangle), `'circle'`. */
  shape?: 'line' | 'block' | 'circle';
}

/**
 * A shimmer placeholder that reserves the size of content that has not arrived yet. Decorative:
 * hidden from assistive technology (the container carries `aria-busy`). The shimmer is a CSS
 * animation, off under `prefers-reduced-motion`.
 */
export const Skeleton = forwardRef<HTMLSpanElement, SkeletonProps>(function Skeleton(
  { width = '100%', height = '1em', shape = 'line', className, style, ...rest },
  ref,
) {
  const merged: CSSProperties = { width, height, ...style };
  return (
    <span
      {...rest}
      ref={ref}
      aria-hidden="true"
      className={classNames('ripen-skeleton', `ripen-skeleton--${shape}`, className)}
      style={merged}
    />
  );
});

/**
 * True once `delay` ms have passed while `active` stays true (immediately when `delay` ≤ 0).
 * Used to hide skeleton shimmer for fast results; the space stays reserved meanwhile.
 */
export function useDelayElapsed(active: boolean, delay: number | undefined): boolean {
  const immediate = !delay || delay <= 0;
  const [elapsed, setElapsed] = useState(immediate);
  useEffect(() => {
    if (immediate || !active) return undefined;
    const timer = setTimeout(() => setElapsed(true), delay);
    return () => clearTimeout(timer);
  }, [active, delay, immediate]);
  return immediate || elapsed;
}

/** Class for a skeleton container: `ripen-skeleton-hidden` until the delay elapsed. */
export function skeletonClass(visible: boolean): string | undefined {
  return visible ? undefined : 'ripen-skeleton-hidden';
}
