import { useCallback, useMemo, useRef, useState } from 'react';
import { TABLE_CHINESE } from '../common/messages-chinese.js';
import { TABLE_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { childPointer, readChildStatus } from '../common/status.js';
import { defineView, useViewState, ViewShell } from '../common/view-shell.js';
import { TableContent } from './table-body.js';
import { useTableColumns } from './table-columns.js';
import { sortedIndices, type SortDirection } from './table-sort.js';
import { PlaceholderHeader, TableColumnGroup, TableHeader } from './table-header.js';
import { checkColumns } from './table-layout.js';
import type { TableProps } from './table-props.js';

export type { TableProps } from './table-props.js';
import { useColumnWindow } from './table-window.js';

/**
 * A streaming table with a fixed layout: column widths from content (frozen per column set), so
 * finished rows never reflow. Row keys are row indices: rows only append while streaming, so a row
 * keeps its DOM node from its first byte. Rows above 200 and columns above 40 are virtualised.
 * Only rows added while streaming play the entry animation. Sorting is offered once complete.
 */
export const Table = defineView<TableProps, HTMLDivElement>('Table', function Table(props, ref) {
  const {
    value,
    status = 'complete',
    fieldStatus,
    pointer,
    skeletonDelay,
    columns: columnsProp,
    caption,
    skeletonRows = 3,
    virtualizeThreshold = 200,
    virtualizeColumnsThreshold = 40,
    rowHeight = 36,
    maxHeight = 480,
    sortable = true,
    locale,
    announce = true,
    onRowRender,
    className,
    ...rest
  } = props;
  const messages = useCopy(TABLE_ENGLISH, TABLE_CHINESE);
  const hinted = checkColumns(columnsProp);
  const rows = Array.isArray(value) ? value : undefined;
  const { field, state, showShimmer } = useViewState(value, status, fieldStatus, pointer, skeletonDelay, !!rows);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | undefined>(undefined);
  const list = rows ?? [];
  const base = pointer ?? '';
  const tail = list[list.length - 1];
  const last =
    list.length === 0 ? 'absent' : readChildStatus(field, tail, true, fieldStatus, childPointer(base, list.length - 1));
  const columns = useTableColumns(hinted, list, last === 'complete' ? list.length : Math.max(0, list.length - 1));
  const window = useColumnWindow(columns, list, scrollRef, virtualizeColumnsThreshold);
  const canSort = sortable && state === 'complete' && list.length > 1;
  const order = useMemo(
    () => (canSort && sort ? sortedIndices(list, sort.key, sort.direction, locale) : list.map((_, index) => index)),
    [canSort, sort, list, locale],
  );
  const onSort = useCallback((key: string) => {
    setSort((now) => ({
      key,
      direction: now?.key === key && now.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  }, []);
  // Rows are virtualised above the threshold, or above 30 when the columns are too (200 × 2,000 cells).
  const virtual = list.length > virtualizeThreshold || (list.length > 30 && window.total !== undefined);
  const scrolls = virtual || window.total !== undefined;
  // Read by each row once, when it mounts: rows that arrive while streaming animate in.
  const animate = useRef(false);
  animate.current = state === 'streaming';
  const lead = window.before > 0;
  const trail = window.after > 0;
  return (
    <ViewShell
      {...rest}
      ref={ref}
      base="ripen-table"
      className={className}
      state={state}
      shimmer={showShimmer}
      announce={announce}
      message={messages.tableLoaded(list.length)}
    >
      <div
        ref={scrollRef}
        className="ripen-table-scroll"
        style={scrolls ? { maxHeight, overflow: 'auto' } : undefined}
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls ? (caption ?? messages.table) : undefined}
      >
        <table
          className="ripen-table-grid"
          style={window.total === undefined ? undefined : { width: window.total }}
          aria-rowcount={virtual ? list.length + 1 : undefined}
          aria-colcount={window.total === undefined ? undefined : columns.length}
        >
          {caption ? <caption className="ripen-table-caption">{caption}</caption> : null}
          <TableColumnGroup window={window} />
          {columns.length === 0 ? (
            <PlaceholderHeader />
          ) : (
            <TableHeader
              columns={window.shown}
              sortable={canSort}
              sortKey={canSort ? sort?.key : undefined}
              sortDirection={sort?.direction ?? 'ascending'}
              onSort={onSort}
              lead={lead}
              trail={trail}
            />
          )}
          <TableContent
            {...{ rows: list, order, columns: window.shown, field, status, fieldStatus, pointer: base, locale }}
            {...{ animate, onRowRender, lead, trail, virtual, skeletonRows, scrollRef, rowHeight }}
            pending={state === 'skeleton' || state === 'streaming'}
            placeholders={columns.length > 0 ? window.shown : [{}, {}, {}]}
            emptyText={messages.noRows}
            viewportHeight={maxHeight}
            colSpan={Math.max(window.shown.length, 1) + (lead ? 1 : 0) + (trail ? 1 : 0)}
          />
        </table>
      </div>
    </ViewShell>
  );
});
