import { useCallback, useRef, useState, type ForwardedRef } from 'react';

/**
 * Measures an element's content width in CSS pixels with `ResizeObserver` (rounded; `undefined`
 * until measured, on the server, or where `ResizeObserver` is missing). Returns a callback ref
 * that also forwards the node to `forwarded`. The observer is disconnected when the node goes.
 */
export function useMeasuredWidth<T extends Element>(
  forwarded: ForwardedRef<T>,
): [(node: T | null) => void, number | undefined] {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const observer = useRef<ResizeObserver | undefined>(undefined);
  const setNode = useCallback(
    (node: T | null) => {
      observer.current?.disconnect();
      observer.current = undefined;
      if (typeof forwarded === 'function') forwarded(node);
      else if (forwarded) forwarded.current = node;
      if (!node || typeof ResizeObserver === 'undefined') return;
      observer.current = new ResizeObserver((entries) => {
        const measured = Math.round(entries[0]?.contentRect.width ?? 0);
        if (measured > 0) setWidth((current) => (current === measured ? current : measured));
      });
      observer.current.observe(node);
    },
    [forwarded],
  );
  return [setNode, width];
}
