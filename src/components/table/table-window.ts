import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, type RefObject } from 'react';
import type { TableColumn } from './table-columns.js';
import { columnPixels, columnWeights, columnWidths } from './table-layout.js';

/** The columns a table draws now and the space around them. */
export interface ColumnWindow {
  /** Columns to render (all of them unless virtualised). */
  shown: readonly TableColumn[];
  /** Index of `shown[0]` among all columns. */
  offset: number;
  /** CSS widths of `shown`. */
  widths: readonly string[];
  /** Pixels of hidden columns before and after (0 when not virtualised). */
  before: number;
  after: number;
  /** Total table width in pixels when virtualised, else undefined (100%). */
  total: number | undefined;
}

/**
 * Content-aware widths (computed once per column set from the rows at hand) and, above
 * `threshold` columns, horizontal virtualisation on the table's scroll container: only the columns
 * in view (plus overscan) render, so 2,000 columns cost what 20 do.
 */
export function useColumnWindow(
  columns: readonly TableColumn[],
  rows: readonly unknown[],
  scrollRef: RefObject<HTMLDivElement | null>,
  threshold: number,
): ColumnWindow {
  // Widths are frozen per set of keys: a column turning numeric or getting its label once its first
  // row completes does not move the cells already shown.
  const signature = columns.map((column) => column.key).join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: frozen per key set on purpose (no reflow as rows arrive).
  const weights = useMemo(() => columnWeights(columns, rows), [signature]);
  const virtual = columns.length > threshold;
  const pixels = useMemo(() => (virtual ? weights.map(columnPixels) : []), [virtual, weights]);
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: virtual ? columns.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => pixels[index] ?? 120,
    overscan: 3,
    initialRect: { width: 960, height: 480 },
    // A viewport measured at 0 px wide (not laid out yet, or no layout engine) keeps 960 px of columns.
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.width > 0 ? rect : { width: 960, height: rect.height })),
  });
  const all = useMemo(() => columnWidths(columns, weights), [columns, weights]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const shown = useMemo(() => columns.slice(first, last + 1), [columns, first, last]);
  if (!virtual) return { shown: columns, offset: 0, widths: all, before: 0, after: 0, total: undefined };
  const total = virtualizer.getTotalSize();
  return {
    shown,
    offset: first,
    widths: pixels.slice(first, last + 1).map((pixel) => `${pixel}px`),
    before: items[0]?.start ?? 0,
    after: total - (items[items.length - 1]?.end ?? 0),
    total,
  };
}
