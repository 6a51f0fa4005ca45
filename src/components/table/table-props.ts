import type { StreamingProps } from '../common/status.js';
import type { ViewAttributes, ViewProps } from '../common/view-shell.js';
import type { TableColumn } from './table-columns.js';

/** Props of {@link Table}. */
export interface TableProps extends StreamingProps, ViewProps, ViewAttributes<HTMLDivElement> {
  /** A (growing) array of row objects. */
  value: unknown;
  /**
   * Schema hint: columns `{ key, label?, numeric?, width?, format? }` in order, shown before any row
   * arrives. Default: inferred from complete rows. A wrong shape throws a `TypeError` (to `onError`).
   */
  columns?: readonly TableColumn[] | undefined;
  /** Visible `<caption>`. */
  caption?: string;
  /** Rows reserved by the skeleton. Default 3. */
  skeletonRows?: number | undefined;
  /** Virtualise (render only visible rows) above this many rows. Default 200. */
  virtualizeThreshold?: number;
  /** Virtualise columns (render only those in view) above this many columns. Default 40. */
  virtualizeColumnsThreshold?: number;
  /** Row height in CSS pixels used by virtualisation. Default 36. */
  rowHeight?: number;
  /** Height of the scroll viewport when virtualised, in CSS pixels. Default 480. */
  maxHeight?: number;
  /** Allow sorting by a header click once complete. Default true. */
  sortable?: boolean;
  locale?: string | undefined;
  /** Announce completion ("Table loaded, 12 rows") in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every row render (testing/profiling). */
  onRowRender?: (index: number) => void;
}
