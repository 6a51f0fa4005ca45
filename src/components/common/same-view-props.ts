import type { FieldStatusReader } from '../../core/stream/types.js';

/**
 * `memo`'s comparison for views: every prop by identity, except `fieldStatus` — the store makes a new
 * reader for every published state (each answers for its own state only), so a view whose subtree
 * did not change would re-render on every publish. A new reader counts as the same when the view's
 * node answers the same and its subtree is settled: the same `value` (by identity, checked above)
 * whose node is `complete` (every node under a complete one is complete), or no value at all
 * (nothing under it to answer for). A streaming subtree always re-renders on a new reader: a
 * string inside it may have completed without its value changing.
 */
export function sameViewProps(previous: object, next: object): boolean {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length) return false;
  for (const key of keys) if (key !== 'fieldStatus' && !Object.is(before[key], after[key])) return false;
  const old = before.fieldStatus as FieldStatusReader | undefined;
  const now = after.fieldStatus as FieldStatusReader | undefined;
  if (old === now) return true;
  if (!old || !now) return false;
  const pointer = (after.pointer as string | undefined) ?? '';
  const status = now(pointer);
  return status === old(pointer) && (status === 'complete' || after.value === undefined);
}
