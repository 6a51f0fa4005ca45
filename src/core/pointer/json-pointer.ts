// The one RFC 6901 JSON Pointer module of ripen: parse, format, read and match pointers.
// Every part of ripen that names a node (parser status and completion lists, the store's
// `fieldStatus`, schema validation, field policies, components) goes through these functions,
// so all of them agree on what a pointer means: `""` is the whole document, `/rows/0/name` a
// nested node, `~0` stands for `~` and `~1` for `/` inside a token (RFC 6901 §3–4).
//
// Reading follows own properties only: `/rows/length` is absent (an array has items, not
// properties), `/__proto__` and `/constructor` are data keys that exist only when the document
// has them, and array tokens must be canonical indexes (`0`, `17`; not `01`, `-`, `1e1`).

/**
 * Escapes one reference token (RFC 6901 §3): `~` → `~0`, `/` → `~1`; a number is written in
 * decimal. `escapeJsonPointerToken('a/b')` → `'a~1b'`.
 * @param token - an object key or an array index
 * @returns the escaped token, without the leading `/`
 */
export function escapeJsonPointerToken(token: string | number): string {
  const text = typeof token === 'number' ? String(token) : token;
  if (text.indexOf('~') === -1 && text.indexOf('/') === -1) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Unescapes one reference token (RFC 6901 §4): `~1` → `/` then `~0` → `~` (in that order, so
 * `~01` reads `~1`). Does not check the token; see {@link parseJsonPointer} for that.
 * @param token - an escaped token, without the leading `/`
 */
export function unescapeJsonPointerToken(token: string): string {
  return token.indexOf('~') === -1 ? token : token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Builds a JSON Pointer from unescaped tokens: `['rows', 0, 'a/b']` → `'/rows/0/a~1b'`;
 * `[]` → `''` (the root). Inverse of {@link parseJsonPointer}.
 * @param tokens - keys and indexes from the root down
 */
export function formatJsonPointer(tokens: readonly (string | number)[]): string {
  let pointer = '';
  for (const token of tokens) pointer += `/${escapeJsonPointerToken(token)}`;
  return pointer;
}

/**
 * Appends one unescaped token to a pointer: `appendJsonPointer('/rows', 3)` → `'/rows/3'`,
 * `appendJsonPointer('', 'a/b')` → `'/a~1b'`.
 * @param pointer - a valid JSON Pointer (not checked)
 * @param token - the child's key or index
 */
export function appendJsonPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapeJsonPointerToken(token)}`;
}

/**
 * Whether `pointer` is a syntactically valid JSON Pointer: `""`, or `/`-separated tokens in
 * which every `~` is followed by `0` or `1` (RFC 6901 §3). Never throws.
 */
export function isJsonPointer(pointer: unknown): pointer is string {
  return (
    typeof pointer === 'string' && (pointer === '' || (pointer.charCodeAt(0) === 47 && !/~(?![01])/.test(pointer)))
  );
}

/**
 * Splits a JSON Pointer into unescaped tokens (RFC 6901 §4): `'/a~1b/0'` → `['a/b', '0']`,
 * `''` → `[]`, `'/'` → `['']` (the key `""`). Inverse of {@link formatJsonPointer}.
 * @param pointer - `""` or a string starting with `/`
 * @returns the tokens from the root down (array indexes stay strings)
 * @throws TypeError when `pointer` is not a string, does not start with `/`, or has a `~` not
 *   followed by `0` or `1` — misuse of the API, not bad model output
 */
export function parseJsonPointer(pointer: string): string[] {
  if (typeof pointer !== 'string') throw new TypeError('A JSON Pointer must be a string, e.g. "/rows/0/name".');
  if (pointer === '') return [];
  if (pointer.charCodeAt(0) !== 47)
    throw new TypeError(`Invalid JSON Pointer ${JSON.stringify(pointer)}: it must be "" or start with "/" (RFC 6901).`);
  const tokens = pointer.slice(1).split('/');
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    if (token.indexOf('~') === -1) continue;
    if (/~(?![01])/.test(token))
      throw new TypeError(
        `Invalid JSON Pointer ${JSON.stringify(pointer)}: "~" must be followed by 0 or 1 (RFC 6901).`,
      );
    tokens[index] = unescapeJsonPointerToken(token);
  }
  return tokens;
}

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * The child of `node` named by one unescaped token, or `undefined` when there is none: for an
 * array, the item at a canonical index below its length (`length`, `-`, `01` are absent); for an
 * object, an own property only (`__proto__`, `constructor`, `toString` are plain data keys).
 */
export function getChild(node: unknown, token: string): unknown {
  if (node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) return INDEX.test(token) && Number(token) < node.length ? node[Number(token)] : undefined;
  return Object.hasOwn(node, token) ? (node as Record<string, unknown>)[token] : undefined;
}

/**
 * Whether `node` has the child named by one unescaped token (see {@link getChild}); unlike
 * `getChild(...) !== undefined`, true for a child whose value is `undefined`.
 */
export function hasChild(node: unknown, token: string): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return INDEX.test(token) && Number(token) < node.length;
  return Object.hasOwn(node, token);
}

/**
 * Reads the value at a JSON Pointer (RFC 6901 §4, evaluation): `''` is the whole document,
 * `/rows/0/name` a nested field. Follows own properties and array items only (see
 * {@link getChild}), so `/rows/length` and `/__proto__` (unless the document has such a key)
 * are `undefined`. Accepts the pointer as a string or as already parsed tokens.
 * @param document - any value (a parsed JSON document)
 * @param pointer - a JSON Pointer string, or its unescaped tokens
 * @returns the value, or `undefined` when any token is missing
 * @throws TypeError for a malformed pointer string (see {@link parseJsonPointer})
 */
export function getAtPointer(document: unknown, pointer: string | readonly string[]): unknown {
  if (pointer === '') return document;
  const tokens = typeof pointer === 'string' ? parseJsonPointer(pointer) : pointer;
  let current = document;
  for (const token of tokens) {
    if (current === null || typeof current !== 'object') return undefined;
    current = getChild(current, token);
  }
  return current;
}

/**
 * Whether the document has a node at `pointer` (own properties and array items only, as
 * {@link getAtPointer}); for the root (`""`), whether there is a document at all (not `undefined`).
 * @throws TypeError for a malformed pointer string
 */
export function hasAtPointer(document: unknown, pointer: string | readonly string[]): boolean {
  const tokens = typeof pointer === 'string' ? parseJsonPointer(pointer) : pointer;
  if (document === undefined) return false;
  let current: unknown = document;
  for (const token of tokens) {
    if (!hasChild(current, token)) return false;
    current = getChild(current, token);
  }
  return true;
}
