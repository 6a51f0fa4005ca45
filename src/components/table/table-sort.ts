import { cachedIntl, isRecord } from '../common/json-shape.js';

/** Sort direction of a column. */
export type SortDirection = 'ascending' | 'descending';

/** Compares two cell values: numbers numerically, others as text (locale-aware); empty last. */
export function compareCells(a: unknown, b: unknown, collator: Intl.Collator): number {
  const emptyA = a === undefined || a === null;
  const emptyB = b === undefined || b === null;
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Row indices in sorted order (stable; the original index breaks ties). */
export function sortedIndices(
  rows: readonly unknown[],
  key: string,
  direction: SortDirection,
  locale?: string,
): number[] {
  const collator = cachedIntl(`c${locale}`, () => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }));
  const sign = direction === 'ascending' ? 1 : -1;
  const cell = (index: number) => {
    const row = rows[index];
    return isRecord(row) && Object.hasOwn(row, key) ? row[key] : undefined;
  };
  return rows
    .map((_, index) => index)
    .sort((x, y) => {
      const a = cell(x);
      const b = cell(y);
      const empty = (a === undefined || a === null) !== (b === undefined || b === null);
      const order = empty ? compareCells(a, b, collator) : sign * compareCells(a, b, collator);
      return order !== 0 ? order : x - y;
    });
}
