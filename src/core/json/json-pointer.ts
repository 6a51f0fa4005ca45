/**
 * RFC 6901 JSON Pointer helpers used by the parser's status queries and completion lists.
 *
 * A pointer is `""` for the whole document, otherwise a sequence of `/token`; inside a token
 * `~` is written `~0` and `/` is written `~1`.
 */

/**
 * Escape one reference token for use in a JSON Pointer (RFC 6901 §3): `~` → `~0`, `/` → `~1`.
 * @param token - an object key or array index
 * @returns the escaped token (without the leading `/`)
 */
export function escapeJsonPointerToken(token: string | number): string {
  const text = typeof token === 'number' ? String(token) : token;
  if (text.indexOf('~') === -1 && text.indexOf('/') === -1) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Build a JSON Pointer from unescaped tokens: `['rows', 0, 'a/b']` → `/rows/0/a~1b`.
 * @param tokens - keys and indexes from the root down
 */
export function formatJsonPointer(tokens: readonly (string | number)[]): string {
  let pointer = '';
  for (const token of tokens) pointer += '/' + escapeJsonPointerToken(token);
  return pointer;
}

/**
 * Split a JSON Pointer into unescaped tokens (RFC 6901 §4): `/a~1b/0` → `['a/b', '0']`.
 * @param pointer - `""` or a string starting with `/`
 * @returns the tokens, `[]` for the root
 * @throws TypeError when `pointer` is not a string, does not start with `/`, or has a `~`
 *   not followed by `0` or `1` (misuse of the API, not bad model output)
 */
export function parseJsonPointer(pointer: string): string[] {
  if (typeof pointer !== 'string') throw new TypeError('JSON Pointer must be a string, e.g. "/rows/0/name"');
  if (pointer === '') return [];
  if (pointer.charCodeAt(0) !== 47) {
    throw new TypeError(`Invalid JSON Pointer ${JSON.stringify(pointer)}: it must be "" or start with "/"`);
  }
  const tokens = pointer.slice(1).split('/');
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    if (token.indexOf('~') === -1) continue;
    if (/~(?![01])/.test(token)) {
      throw new TypeError(`Invalid JSON Pointer ${JSON.stringify(pointer)}: "~" must be followed by 0 or 1`);
    }
    tokens[index] = token.replace(/~1/g, '/').replace(/~0/g, '~');
  }
  return tokens;
}
