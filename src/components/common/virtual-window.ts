import { elementScroll, observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
import { useRef, type CSSProperties } from 'react';

/** Options of {@link useVirtualWindow}. */
export interface VirtualWindowOptions {
  /** Number of items. */
  count: number;
  /** Virtualise at all (below the threshold every item renders). */
  enabled: boolean;
  /** Item size in CSS pixels used to place the window and size the spacers (items are not measured). */
  estimate: number;
  /** Height of the scroll viewport in CSS pixels (also used before it is measured). */
  viewport: number;
}

/**
 * The visible window of a long list (@tanstack/react-virtual, overscan 8): the item indices to
 * render, the spacer sizes before and after them, a ref for the scroll container and its style.
 * When `enabled` is false every index is "visible" and there are no spacers.
 */
export function useVirtualWindow({ count, enabled, estimate, viewport }: VirtualWindowOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: enabled ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    overscan: 8,
    initialRect: { width: 0, height: viewport },
    // The viewport is measured by a ResizeObserver only (its first report comes with the first
    // frame's layout), not read at mount, which would force a layout in the commit; `viewport` px
    // stand in until then. A viewport measured at 0 px (not laid out yet, hidden, or no layout
    // engine) keeps the window of `viewport` px instead of rendering no item at all.
    observeElementRect: (instance, callback) => {
      const report = (rect: Rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: viewport });
      const element = instance.scrollElement;
      if (!element || typeof ResizeObserver !== 'function') return observeElementRect(instance, report);
      const observer = new ResizeObserver(([entry]) => {
        const box = entry?.contentRect;
        if (box) report({ width: Math.round(box.width), height: Math.round(box.height) });
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    // A new scroll container is at 0: the virtualiser's write of 0 at mount (nothing scrolled yet)
    // would only force a layout.
    scrollToFn: (offset, options, instance) => {
      if (offset + (options.adjustments ?? 0) !== 0 || instance.scrollOffset) elementScroll(offset, options, instance);
    },
  });
  if (!enabled) return { scrollRef, indices: undefined, before: 0, after: 0, style: undefined };
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const style: CSSProperties = { maxHeight: viewport, overflowY: 'auto' };
  return {
    scrollRef,
    indices: items.map((item) => item.index),
    before,
    after,
    style,
  };
}
