import { isRecord, readOwn } from '../common/json-shape.js';
import type { TableColumn } from './table-columns.js';

/**
 * Checks the `columns` prop: an array of `{ key: string, label?, numeric?, width?, format? }`.
 * Misuse throws a `TypeError` naming the bad entry, with a hint.
 */
export function checkColumns(columns: unknown): readonly TableColumn[] | undefined {
  if (columns === undefined) return undefined;
  const list: unknown[] = Array.isArray(columns) ? columns : [columns];
  const index = list.findIndex((column) => !isRecord(column) || typeof readOwn(column, 'key') !== 'string');
  if (index >= 0 || !Array.isArray(columns)) {
    const bad = list[index] ?? columns;
    const key = typeof bad === 'string' ? bad : 'name';
    throw new TypeError(
      `Table: \`columns${Array.isArray(columns) ? `[${index}]` : ''}\` must be { key: string, label?, numeric? }, got ${typeof bad === 'string' ? `"${bad}"` : typeof bad}. Hint: columns={[{ key: '${key}' }]}.`,
    );
  }
  return columns as readonly TableColumn[];
}

// Keys whose values are usually long prose: given more room before any value is seen.
const PROSE_KEYS = /desc|summary|text|body|content|message|note|comment|detail|reason|explanation|address/i;

/**
 * Relative column weights from content: the header's length, and the longest of up to 50 sample
 * values (numbers by their formatted length), between 4 and 40 characters; a prose-like key name
 * counts as 30 characters until values are seen. Computed once per column set, so rows never reflow.
 */
export function columnWeights(columns: readonly TableColumn[], sample: readonly unknown[]): number[] {
  // At most about 20,000 cells read (50 rows, fewer for wide tables: 10 rows of 2,000 columns).
  const rows = sample.slice(0, Math.max(5, Math.min(50, 20_000 / columns.length))).filter(isRecord);
  return columns.map((column) => {
    const label = (column.label ?? column.key).length;
    let longest = rows.length === 0 && PROSE_KEYS.test(column.key) ? 30 : 0;
    for (const row of rows) {
      const cell = readOwn(row, column.key);
      const length =
        typeof cell === 'string'
          ? cell.length
          : typeof cell === 'number'
            ? String(cell).length + 2
            : cell == null
              ? 1
              : 12;
      if (length > longest) longest = length;
    }
    return Math.min(40, Math.max(4, label + 2, longest));
  });
}

/** CSS widths (percentages) from weights; a column's own `width` wins. */
export function columnWidths(columns: readonly TableColumn[], weights: readonly number[]): string[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  return columns.map((column, index) => column.width ?? `${((weights[index]! / total) * 100).toFixed(2)}%`);
}

/** Pixel width of a column in the virtualised (many-column) layout: about 8 px per character. */
export function columnPixels(weight: number): number {
  return Math.round(Math.min(320, Math.max(72, weight * 8 + 20)));
}
