import { useRef } from 'react';
import { type DateFormat, humanizeKey, isRecord } from '../common/json-shape.js';

/** A table column, from the `columns` prop (schema hint) or inferred from complete rows. */
export interface TableColumn {
  /** Key of the row object. */
  key: string;
  /** Header text; default the key humanised. */
  label?: string;
  /** Right-align and format with `Intl.NumberFormat`. Inferred when every value of the first 64 complete rows is a number (or null). */
  numeric?: boolean;
  /** CSS width reserved for the column (default: an equal share), so rows never reflow. */
  width?: string;
  /** `Intl.NumberFormat` options for numeric cells. */
  format?: Intl.NumberFormatOptions;
  /** The schema's `format` for string cells (`'date'` or `'date-time'`): `Intl.DateTimeFormat` once complete. */
  dateFormat?: DateFormat;
}

/**
 * Columns from rows: the union of keys of the complete rows, in first-seen order (stable: a key
 * never moves once seen). If no row is complete yet, the keys of the first (streaming) row.
 * A column is numeric when every non-null value in complete rows is a finite number.
 */
export function inferColumns(rows: readonly unknown[], completeCount: number): TableColumn[] {
  const source = completeCount > 0 ? rows.slice(0, completeCount) : rows.slice(0, 1);
  const order: string[] = [];
  const numeric = new Map<string, boolean>();
  for (const row of source) {
    if (!isRecord(row)) continue;
    for (const key of Object.keys(row)) {
      if (!numeric.has(key)) {
        order.push(key);
        numeric.set(key, true);
      }
      const cell = row[key];
      if (cell !== null && cell !== undefined && typeof cell !== 'number') numeric.set(key, false);
    }
  }
  return order.map((key) => ({
    key,
    label: humanizeKey(key),
    numeric: completeCount > 0 && numeric.get(key) === true,
  }));
}

/**
 * Incremental {@link inferColumns} for a growing array: complete rows never change, so each
 * row is read at most once, and about 20,000 cells per call (a bounded sample when many complete
 * rows arrive at once). Starts over if the first row changes.
 * Rows with the same keys as the columns so far (the usual case) are checked by position, and
 * the columns array is rebuilt only when something changed (2,000 columns × 200 rows stay cheap).
 */
const NO_COLUMNS: TableColumn[] = [];

export function createColumnInferrer(): (rows: readonly unknown[], completeCount: number) => TableColumn[] {
  let first: unknown;
  let processed = 0;
  let order: string[] = [];
  let position = new Map<string, number>();
  let numeric: boolean[] = [];
  let columns: TableColumn[] | undefined;
  const check = (index: number, cell: unknown) => {
    if (numeric[index] && cell !== null && cell !== undefined && typeof cell !== 'number') {
      numeric[index] = false;
      columns = undefined;
    }
  };
  return (rows, completeCount) => {
    if (rows[0] !== first || completeCount < processed) {
      first = rows[0];
      processed = 0;
      order = [];
      position = new Map();
      numeric = [];
      columns = undefined;
    }
    // A bounded sample: about 20,000 cells of newly complete rows are read per call (at least one
    // row), the rest of a batch is skipped. A streaming table completes a row or two per call, so
    // every row's keys are seen; a table mounted with 200 complete rows of 2,000 keys reads 10 of
    // them (a key only in the skipped rows of such a batch gets no column).
    const end = completeCount;
    for (let budget = 20_000; processed < end && budget > 0; processed += 1) {
      const row = rows[processed];
      if (!isRecord(row)) continue;
      const keys = Object.keys(row);
      budget -= keys.length + 1;
      if (keys.length === order.length && keys.every((key, index) => key === order[index])) {
        // Alignment is decided by the first 64 rows: later rows with the same keys are not read again.
        if (processed < 64)
          for (let index = 0; index < order.length; index += 1) if (numeric[index]) check(index, row[order[index]!]);
        continue;
      }
      for (const key of keys) {
        let index = position.get(key);
        if (index === undefined) {
          index = order.length;
          position.set(key, index);
          order.push(key);
          numeric.push(true);
          columns = undefined;
        }
        check(index, row[key]);
      }
    }
    processed = end;
    // No column before a row is complete: a half-written first row would add columns key by key.
    if (completeCount === 0) return NO_COLUMNS;
    columns ??= order.map((key, index) => ({ key, label: humanizeKey(key), numeric: numeric[index] === true }));
    return columns;
  };
}

/** Same columns (key, label, numeric, width)? Used to keep the array's identity between renders. */
export function sameColumns(a: readonly TableColumn[], b: readonly TableColumn[]): boolean {
  return (
    a.length === b.length &&
    a.every((column, index) => {
      const other = b[index]!;
      return (
        column.key === other.key &&
        column.label === other.label &&
        column.numeric === other.numeric &&
        column.width === other.width
      );
    })
  );
}

/**
 * The table's columns: the `columns` hint when given, else inferred from the complete rows
 * (incrementally); the array keeps its identity while the columns stay the same (memoised rows).
 */
export function useTableColumns(
  hinted: readonly TableColumn[] | undefined,
  rows: readonly unknown[],
  completeCount: number,
): readonly TableColumn[] {
  const inferrer = useRef<ReturnType<typeof createColumnInferrer> | undefined>(undefined);
  inferrer.current ??= createColumnInferrer();
  const next = hinted ?? inferrer.current(rows, completeCount);
  const previous = useRef<readonly TableColumn[]>(next);
  if (!sameColumns(previous.current, next)) previous.current = next;
  return previous.current;
}
