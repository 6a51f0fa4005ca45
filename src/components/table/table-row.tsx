import { memo, useState } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { isRecord, readOwn } from '../common/json-shape.js';
import { childSlot, classNames } from '../common/status.js';
import { ValueView } from '../common/value-view.js';
import type { TableColumn } from './table-columns.js';

/** Props of {@link TableRow}. */
export interface TableRowProps {
  row: unknown;
  /** Index in the value (keys stay index-based, see Table). */
  index: number;
  columns: readonly TableColumn[];
  /** Status of the whole row. */
  field: FieldStatus;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  locale: string | undefined;
  /** Whether a row mounting now animates in (read once, at mount). */
  animate: { readonly current: boolean };
  onRender: ((index: number) => void) | undefined;
  /** Hidden columns before / after `columns` (virtualised columns): a spacer cell each. */
  lead?: boolean;
  trail?: boolean;
}

/** One row, memoised: unchanged rows (same object, same status) never re-render. */
export const TableRow = memo(function TableRow({
  row,
  index,
  columns,
  field,
  status,
  fieldStatus,
  pointer,
  locale,
  animate,
  onRender,
  lead = false,
  trail = false,
}: TableRowProps) {
  onRender?.(index);
  const [entering] = useState(() => animate.current);
  const record = isRecord(row) ? row : undefined;
  const keys = record ? Object.keys(record) : [];
  const lastKey = keys[keys.length - 1];
  return (
    <tr
      className={classNames('ripen-table-row', entering && 'ripen-row-enter')}
      data-state={field}
      aria-rowindex={index + 2}
    >
      {lead ? <td aria-hidden="true" className="ripen-table-spacer-cell" /> : null}
      {columns.map((column) => {
        // A cell missing from a row that is no longer streaming stays empty (complete), not a shimmer.
        const done = field !== 'streaming' && field !== 'absent';
        const cell = childSlot(
          field,
          record && readOwn(record, column.key),
          column.key,
          column.key === lastKey,
          status,
          fieldStatus,
          pointer,
          done,
        );
        return (
          <td
            key={column.key}
            className={classNames('ripen-table-cell', column.numeric && 'ripen-numeric')}
            data-state={cell.field}
          >
            <ValueView
              {...cell}
              locale={locale}
              format={column.format}
              dateFormat={column.dateFormat}
              skeletonWidth="70%"
            />
          </td>
        );
      })}
      {trail ? <td aria-hidden="true" className="ripen-table-spacer-cell" /> : null}
    </tr>
  );
});
