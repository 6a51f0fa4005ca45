import { memo } from 'react';
import { humanizeKey } from '../common/json-shape.js';
import { classNames } from '../common/status.js';
import type { TableColumn } from './table-columns.js';
import type { SortDirection } from './table-sort.js';
import type { ColumnWindow } from './table-window.js';

/** Props of {@link TableHeader}. */
export interface TableHeaderProps {
  columns: readonly TableColumn[];
  /** Sorting is offered (buttons in the headers) once the table is complete. */
  sortable: boolean;
  sortKey: string | undefined;
  sortDirection: SortDirection;
  onSort: (key: string) => void;
  /** Spacer cells for hidden columns (virtualised columns). */
  lead?: boolean;
  trail?: boolean;
}

/** Header row; sortable headers hold a `<button>` and the sorted one carries `aria-sort`. */
export const TableHeader = memo(function TableHeader({
  columns,
  sortable,
  sortKey,
  sortDirection,
  onSort,
  lead = false,
  trail = false,
}: TableHeaderProps) {
  return (
    <thead>
      <tr>
        {lead ? <td aria-hidden="true" className="ripen-table-spacer-cell" /> : null}
        {columns.map((column) => {
          const label = column.label ?? humanizeKey(column.key);
          const active = sortKey === column.key;
          return (
            <th
              key={column.key}
              scope="col"
              className={classNames('ripen-table-header', column.numeric && 'ripen-numeric')}
              aria-sort={active ? sortDirection : undefined}
            >
              {sortable ? (
                <button type="button" className="ripen-table-sort" onClick={() => onSort(column.key)}>
                  {label}
                  <span aria-hidden="true" className="ripen-table-sort-icon">
                    {active ? (sortDirection === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                </button>
              ) : (
                label
              )}
            </th>
          );
        })}
        {trail ? <td aria-hidden="true" className="ripen-table-spacer-cell" /> : null}
      </tr>
    </thead>
  );
});

/** The `<colgroup>`: a width per shown column, plus the spacer columns of virtualised ones. */
export function TableColumnGroup({ window }: { window: ColumnWindow }) {
  return (
    <colgroup>
      {window.before > 0 ? <col style={{ width: window.before }} /> : null}
      {window.shown.map((column, index) => (
        <col key={column.key} style={{ width: window.widths[index] }} />
      ))}
      {window.after > 0 ? <col style={{ width: window.after }} /> : null}
    </colgroup>
  );
}

/** The header row's height before the columns are known (they arrive with the first row): nothing moves when they do. */
export function PlaceholderHeader() {
  return (
    <thead aria-hidden="true">
      <tr>
        <th className="ripen-table-header" colSpan={3}>
          {'\u00a0'}
        </th>
      </tr>
    </thead>
  );
}
