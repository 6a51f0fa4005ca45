import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties } from 'react';

/** Options of {@link useVirtualWindow}. */
export interface VirtualWindowOptions {
  /** Number of items. */
  count: number;
  /** Virtualise at all (below the threshold every item renders). */
  enabled: boolean;
  /** Estimated item size in CSS pixels (measured sizes replace it when items are measured). */
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
  });
  if (!enabled) return { scrollRef, indices: undefined, before: 0, after: 0, style: undefined, measure: undefined };
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
    measure: virtualizer.measureElement,
  };
}
