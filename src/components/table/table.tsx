import { forwardRef, memo, useCallback, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { LiveAnnouncement } from '../common/live-announcement.js';
import { Skeleton, skeletonClass, useDelayElapsed } from '../common/skeleton.js';
import { StatusNote } from '../common/status-note.js';
import {
  childPointer,
  classNames,
  readChildStatus,
  stateAttributes,
  stateOf,
  type StreamingProps,
} from '../common/status.js';
import { PlainTableBody, VirtualTableBody } from './table-body.js';
import {
  createColumnInferrer,
  sameColumns,
  sortedIndices,
  type SortDirection,
  type TableColumn,
} from './table-columns.js';
import { TableHeader } from './table-header.js';

const EMPTY_COLUMNS: TableColumn[] = [];

/** Props of {@link Table}. */
export interface TableProps extends StreamingProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** A (growing) array of row objects. */
  value: unknown;
  /** Schema hint: columns in order, shown before any row arrives. Default: inferred from complete rows. */
  columns?: readonly TableColumn[];
  /** Visible `<caption>`. */
  caption?: string;
  /** Rows reserved by the skeleton. Default 3. */
  skeletonRows?: number;
  /** Virtualise (render only visible rows) above this many rows. Default 200. */
  virtualizeThreshold?: number;
  /** Row height in CSS pixels used by virtualisation. Default 36. */
  rowHeight?: number;
  /** Height of the scroll viewport when virtualised, in CSS pixels. Default 480. */
  maxHeight?: number;
  /** Allow sorting by a header click once complete. Default true. */
  sortable?: boolean;
  locale?: string;
  /** Announce completion ("Table loaded, 12 rows") in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every row render (testing/profiling). */
  onRowRender?: (index: number) => void;
}

/**
 * A streaming table with a fixed layout: reserved column widths, so finished rows never reflow.
 * Row keys are row indices: rows only append while streaming, so a row keeps its DOM node from
 * its first byte (promoting keys to an `id` field would remount rows whose id arrives late).
 * Only rows added while streaming play the entry animation. Sorting is offered once complete.
 */
export const Table = memo(
  forwardRef<HTMLDivElement, TableProps>(function Table(props, ref) {
    const {
      value,
      status = 'complete',
      fieldStatus,
      pointer = '',
      skeletonDelay,
      columns: columnsProp,
      caption,
      skeletonRows = 3,
      virtualizeThreshold = 200,
      rowHeight = 36,
      maxHeight = 480,
      sortable = true,
      locale,
      announce = true,
      onRowRender,
      className,
      ...rest
    } = props;
    const rows = Array.isArray(value) ? value : undefined;
    const resolved = stateOf(value, status, fieldStatus, pointer);
    const state = value !== undefined && !rows ? 'invalid' : resolved.state;
    const showShimmer = useDelayElapsed(state === 'skeleton', skeletonDelay);
    const scrollRef = useRef<HTMLDivElement>(null);
    const [sort, setSort] = useState<{ key: string; direction: SortDirection } | undefined>(undefined);

    const list = rows ?? [];
    const lastPointer = childPointer(pointer, list.length - 1);
    const lastField =
      list.length === 0
        ? 'absent'
        : readChildStatus(resolved.field, list[list.length - 1], true, fieldStatus, lastPointer);
    const completeCount = lastField === 'complete' ? list.length : Math.max(0, list.length - 1);
    const inferrer = useRef<ReturnType<typeof createColumnInferrer> | undefined>(undefined);
    inferrer.current ??= createColumnInferrer();
    const inferred = columnsProp ? EMPTY_COLUMNS : inferrer.current(list, completeCount);
    const previous = useRef<readonly TableColumn[]>(columnsProp ?? inferred);
    const next = columnsProp ?? inferred;
    if (!sameColumns(previous.current, next)) previous.current = next;
    const columns = previous.current;

    const canSort = sortable && state === 'complete' && list.length > 1;
    const order = useMemo(
      () => (canSort && sort ? sortedIndices(list, sort.key, sort.direction, locale) : list.map((_, index) => index)),
      [canSort, sort, list, locale],
    );
    const onSort = useCallback((key: string) => {
      setSort((current) => ({
        key,
        direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
      }));
    }, []);
    const virtual = list.length > virtualizeThreshold;
    // Read by each row once, when it mounts: rows that arrive while streaming animate in; the end
    // of the stream changes nothing for rows already shown (no re-render of every row).
    const animateNewRows = useRef(false);
    animateNewRows.current = state === 'streaming';
    const bodyProps = {
      rows: list,
      order,
      columns,
      field: resolved.field,
      status,
      fieldStatus,
      pointer,
      locale,
      animate: animateNewRows,
      onRowRender,
    };
    const colCount = Math.max(columns.length, 1);

    return (
      <div
        {...rest}
        ref={ref}
        className={classNames('ripen-table', skeletonClass(showShimmer), className)}
        {...stateAttributes(state)}
      >
        <div
          ref={scrollRef}
          className="ripen-table-scroll"
          style={virtual ? { maxHeight, overflowY: 'auto' } : undefined}
          tabIndex={virtual ? 0 : undefined}
          role={virtual ? 'region' : undefined}
          aria-label={virtual ? (caption ?? 'Table') : undefined}
        >
          <table className="ripen-table-grid" aria-rowcount={virtual ? list.length + 1 : undefined}>
            {caption ? <caption className="ripen-table-caption">{caption}</caption> : null}
            <colgroup>
              {columns.map((column) => (
                <col key={column.key} style={{ width: column.width ?? `${100 / colCount}%` }} />
              ))}
            </colgroup>
            {columns.length > 0 ? (
              <TableHeader
                columns={columns}
                sortable={canSort}
                sortKey={canSort ? sort?.key : undefined}
                sortDirection={sort?.direction ?? 'ascending'}
                onSort={onSort}
              />
            ) : null}
            {state === 'skeleton' || (list.length === 0 && !(state === 'complete' || state === 'invalid')) ? (
              <SkeletonRows count={skeletonRows} columns={colCount === 1 && columns.length === 0 ? 3 : colCount} />
            ) : list.length === 0 ? (
              <tbody>
                <tr>
                  <td className="ripen-table-empty" colSpan={colCount}>
                    No rows
                  </td>
                </tr>
              </tbody>
            ) : virtual ? (
              <VirtualTableBody
                {...bodyProps}
                scrollRef={scrollRef}
                rowHeight={rowHeight}
                viewportHeight={maxHeight}
                colSpan={colCount}
              />
            ) : (
              <PlainTableBody {...bodyProps} />
            )}
            {/* While rows still arrive, the space of the expected rows stays reserved (no jump). */}
            {state === 'streaming' && !virtual && list.length > 0 && list.length < skeletonRows ? (
              <SkeletonRows count={skeletonRows - list.length} columns={colCount} offset={list.length} />
            ) : null}
          </table>
        </div>
        <StatusNote state={state} />
        <LiveAnnouncement
          state={state}
          message={`Table loaded, ${list.length} ${list.length === 1 ? 'row' : 'rows'}`}
          enabled={announce}
        />
      </div>
    );
  }),
);

/** Placeholder rows (decorative: hidden from assistive technology, which is told `aria-busy`). */
function SkeletonRows({ count, columns, offset = 0 }: { count: number; columns: number; offset?: number }) {
  return (
    <tbody aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <tr key={index} className="ripen-table-row ripen-table-row--placeholder">
          {Array.from({ length: columns }, (_, cell) => (
            <td key={cell} className="ripen-table-cell">
              <Skeleton width={`${55 + (((index + offset + cell) * 13) % 40)}%`} />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
