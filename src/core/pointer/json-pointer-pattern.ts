import { parseJsonPointer } from './json-pointer.js';

/**
 * A compiled JSON Pointer pattern: an RFC 6901 pointer in which a token that is exactly `*`
 * matches any one token. `/rows/*` matches `/rows/0` and `/rows/17` (not `/rows` or
 * `/rows/0/name`); `/rows/*` + `/name` matches `/rows/0/name`. Other tokens match literally,
 * after unescaping (`~0`, `~1`). A key that is literally `*` is matched by the wildcard only.
 */
export interface JsonPointerPattern {
  /** The pattern as written. */
  readonly source: string;
  /** Its unescaped tokens, `*` for a wildcard. */
  readonly tokens: readonly string[];
  /** Number of `*` tokens: fewer is more specific. */
  readonly wildcards: number;
  /** Whether a pointer (string, or its unescaped tokens) matches the pattern exactly. */
  matches(pointer: string | readonly string[]): boolean;
  /** Whether a pointer (string or tokens) is the pattern's match or one of its ancestors. */
  matchesPrefix(pointer: string | readonly string[]): boolean;
}

/**
 * Compiles a JSON Pointer pattern once, for matching many pointers (field policies, component
 * pointers). `compileJsonPointerPattern('/rows/*').matches('/rows/3')` → `true`.
 * @param pattern - `""` or an RFC 6901 pointer whose `*` tokens are wildcards
 * @throws TypeError for a malformed pointer (see `parseJsonPointer`)
 */
export function compileJsonPointerPattern(pattern: string): JsonPointerPattern {
  const tokens = parseJsonPointer(pattern);
  const wildcards = tokens.filter((token) => token === '*').length;
  const tokenMatches = (candidate: readonly string[], length: number): boolean => {
    for (let index = 0; index < length; index++) {
      const expected = tokens[index] as string;
      if (expected !== '*' && expected !== candidate[index]) return false;
    }
    return true;
  };
  return {
    source: pattern,
    tokens,
    wildcards,
    matches(pointer) {
      const candidate = typeof pointer === 'string' ? parseJsonPointer(pointer) : pointer;
      return candidate.length === tokens.length && tokenMatches(candidate, tokens.length);
    },
    matchesPrefix(pointer) {
      const candidate = typeof pointer === 'string' ? parseJsonPointer(pointer) : pointer;
      return candidate.length <= tokens.length && tokenMatches(candidate, candidate.length);
    },
  };
}

/**
 * Whether `pointer` matches `pattern` (see {@link compileJsonPointerPattern}); compiles the
 * pattern on each call — compile once for repeated use.
 */
export function matchJsonPointerPattern(pattern: string, pointer: string | readonly string[]): boolean {
  return compileJsonPointerPattern(pattern).matches(pointer);
}
