import { isRecord, isScalar } from '../common/json-shape.js';

/** What {@link AutoView} renders a value as. */
export type AutoViewKind = 'skeleton' | 'text' | 'list' | 'table' | 'chart' | 'card';

/** True for arrays of objects each with one string label and only numeric other fields. */
export function isLabelledNumericRows(items: readonly unknown[]): boolean {
  if (items.length === 0) return false;
  return items.every((item) => {
    if (!isRecord(item)) return false;
    let labels = 0;
    let numbers = 0;
    for (const key of Object.keys(item)) {
      const field = item[key];
      if (typeof field === 'number') numbers += 1;
      else if (typeof field === 'string' && labels === 0) labels += 1;
      else return false;
    }
    return labels <= 1 && numbers >= 1;
  });
}

/**
 * Picks a view by shape: string/number/boolean/null → text; `{ series: [...] }` → chart; other
 * object → card; array of numbers (2+) or of `{label, ...numbers}` rows → chart; array of objects
 * → table; other arrays → list. `complete` items are used for arrays of objects: while
 * streaming pass all but the last item, so a half-written row does not flip the decision (with
 * no complete item yet the answer is `skeleton`).
 */
export function detectShape(value: unknown, completeItems?: readonly unknown[]): AutoViewKind {
  if (value === undefined) return 'skeleton';
  if (isScalar(value)) return 'text';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'list';
    if (value.every((item) => typeof item === 'number')) return value.length >= 2 ? 'chart' : 'list';
    if (value.some(isRecord)) {
      if (!value.every(isRecord)) return 'list';
      const decided = completeItems ?? value;
      // Rows or chart points? Not known before one item is complete: wait (a placeholder) rather
      // than draw a table and swap it for a chart a moment later.
      if (decided.length === 0) return 'skeleton';
      return isLabelledNumericRows(decided) ? 'chart' : 'table';
    }
    return 'list';
  }
  if (isRecord(value)) {
    const series = Object.hasOwn(value, 'series') ? value.series : undefined;
    return Array.isArray(series) ? 'chart' : 'card';
  }
  return 'text';
}
