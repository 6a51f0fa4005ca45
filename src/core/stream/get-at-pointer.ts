/**
 * Reads the value at an RFC 6901 JSON Pointer (`""` is the whole document, `/rows/0/name` a
 * nested field; `~1` stands for `/` and `~0` for `~` inside a segment). Returns `undefined` when
 * any segment is missing. Only own properties are followed, so `/__proto__` or `/constructor`
 * never reach `Object.prototype`. Throws `TypeError` for a pointer not starting with `/`.
 */
export function getAtPointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  if (pointer[0] !== '/')
    throw new TypeError(`A JSON Pointer must be "" or start with "/" (RFC 6901); got ${JSON.stringify(pointer)}.`);
  let current: unknown = document;
  let start = 1;
  while (start <= pointer.length) {
    let end = pointer.indexOf('/', start);
    if (end === -1) end = pointer.length;
    const raw = pointer.slice(start, end);
    const segment = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
    start = end + 1;
  }
  return current;
}
