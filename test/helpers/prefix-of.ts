/**
 * True when `earlier` can be a streaming view of `final`: strings are prefixes, scalars are equal,
 * arrays are no longer and element-wise prefixes, every key of an object is kept. A value that
 * fails this was shown and later taken back (a half number, a phantom key, a changed type).
 * Returns the JSON Pointer of the first violation, or `undefined` when there is none.
 */
export function findTakeBack(earlier: unknown, final: unknown, pointer = ''): string | undefined {
  if (earlier === undefined) return undefined;
  if (typeof earlier === 'string')
    return typeof final === 'string' && final.startsWith(earlier) ? undefined : pointer || '/';
  if (earlier === null || typeof earlier !== 'object') return Object.is(earlier, final) ? undefined : pointer || '/';
  if (Array.isArray(earlier)) {
    if (!Array.isArray(final) || earlier.length > final.length) return pointer || '/';
    for (let index = 0; index < earlier.length; index++) {
      const found = findTakeBack(earlier[index], final[index], `${pointer}/${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (final === null || typeof final !== 'object' || Array.isArray(final)) return pointer || '/';
  for (const key of Object.keys(earlier)) {
    if (!Object.hasOwn(final, key)) return `${pointer}/${key}`;
    const found = findTakeBack(
      (earlier as Record<string, unknown>)[key],
      (final as Record<string, unknown>)[key],
      `${pointer}/${key}`,
    );
    if (found) return found;
  }
  return undefined;
}
