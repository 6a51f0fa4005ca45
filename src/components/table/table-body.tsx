import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { childSlot } from '../common/status.js';
import { placeholderRows } from './table-placeholders.js';
import type { TableColumn } from './table-columns.js';
import { TableRow } from './table-row.js';

/** Columns as the placeholder rows need them (a numeric column's bar sits on the right). */
type PlaceholderColumns = readonly { numeric?: boolean | undefined }[];

/** Props shared by the plain and virtual table bodies. */
export interface TableBodyProps {
  rows: readonly unknown[];
  /** Display order (indices into `rows`). */
  order: readonly number[];
  columns: readonly TableColumn[];
  field: FieldStatus;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  locale: string | undefined;
  /** Whether a row mounting now animates in (read once, at mount). */
  animate: { readonly current: boolean };
  onRowRender: ((index: number) => void) | undefined;
  lead: boolean;
  trail: boolean;
}

function renderRow(props: TableBodyProps, index: number) {
  const { rows, columns, field, status, fieldStatus, pointer, locale, animate, onRowRender, lead, trail } = props;
  const { value, ...slot } = childSlot(
    field,
    rows[index],
    index,
    index === rows.length - 1,
    status,
    fieldStatus,
    pointer,
  );
  return (
    <TableRow
      key={index}
      row={value}
      index={index}
      columns={columns}
      {...slot}
      locale={locale}
      animate={animate}
      onRender={onRowRender}
      lead={lead}
      trail={trail}
    />
  );
}

/**
 * All rows (keys are row indices: a row never remounts when rows append or are sorted), then the
 * placeholders of the rows still expected (`reserved`), in the same `<tbody>`.
 */
export function PlainTableBody(props: TableBodyProps & { reserved?: number; placeholders?: PlaceholderColumns }) {
  const { order, rows, reserved = 0, placeholders = [] } = props;
  return (
    <tbody>
      {order.map((index) => renderRow(props, index))}
      {placeholderRows(rows.length, reserved, placeholders)}
    </tbody>
  );
}

/** Props of {@link VirtualTableBody}. */
export interface VirtualTableBodyProps extends TableBodyProps {
  scrollRef: RefObject<HTMLDivElement | null>;
  rowHeight: number;
  /** Height of the scroll viewport, used before it is measured. */
  viewportHeight: number;
  colSpan: number;
}

/** Only the visible rows (plus overscan), with spacer rows keeping the scroll height exact. */
export function VirtualTableBody(props: VirtualTableBodyProps) {
  const { order, scrollRef, rowHeight, viewportHeight, colSpan } = props;
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: { width: 0, height: viewportHeight },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <tbody>
      {top > 0 ? (
        <tr aria-hidden="true" className="ripen-table-spacer">
          <td colSpan={colSpan} style={{ height: top }} />
        </tr>
      ) : null}
      {items.map((item) => renderRow(props, order[item.index]!))}
      {bottom > 0 ? (
        <tr aria-hidden="true" className="ripen-table-spacer">
          <td colSpan={colSpan} style={{ height: bottom }} />
        </tr>
      ) : null}
    </tbody>
  );
}

/** Props of {@link TableContent}. */
export interface TableContentProps extends TableBodyProps {
  /** Show placeholder rows (nothing arrived, or rows still expected). */
  pending: boolean;
  virtual: boolean;
  skeletonRows: number;
  placeholders: PlaceholderColumns;
  emptyText: string;
  scrollRef: RefObject<HTMLDivElement | null>;
  rowHeight: number;
  viewportHeight: number;
  colSpan: number;
}

/** The table's body: placeholders, the "no rows" line, or the (virtual) rows plus reserved rows. */
export function TableContent(props: TableContentProps) {
  const { pending, virtual, skeletonRows, emptyText, rows, colSpan } = props;
  if (rows.length === 0 && !pending)
    return (
      <tbody>
        <tr>
          <td className="ripen-table-empty" colSpan={colSpan}>
            {emptyText}
          </td>
        </tr>
      </tbody>
    );
  if (virtual) return <VirtualTableBody {...props} />;
  // While rows still arrive, the space of the expected rows stays reserved (no jump): row k
  // replaces placeholder k in place.
  return <PlainTableBody {...props} reserved={pending ? skeletonRows : 0} />;
}
