/** One leaf of a tool call's arguments, addressed by a Gemini `partialArgs` JSONPath. */
export interface JsonLeaf {
  /** JSONPath of the leaf: `$.recipe.steps[2]`, `$['a key']` (keys that are not identifiers are quoted). */
  jsonPath: string;
  value: string | number | boolean | null;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return `${parent}.${key}`;
  return `${parent}['${key.replace(/[\\']/g, (character) => `\\${character}`)}']`;
}

/**
 * The leaves of `value` in document order, as Gemini streams function-call arguments
 * (`functionCall.partialArgs`, one JSONPath and one scalar at a time). `undefined` when the value
 * holds an empty object or array below the root, which that format cannot express (the mock then
 * sends the whole `args` object instead). Iterative, so deep values do not overflow the stack.
 */
export function listJsonLeaves(root: Record<string, unknown>): JsonLeaf[] | undefined {
  const leaves: JsonLeaf[] = [];
  const stack: { value: unknown; path: string }[] = Object.keys(root)
    .reverse()
    .map((key) => ({ value: root[key], path: pathOf('$', key) }));
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      leaves.push({ jsonPath: path, value });
      continue;
    }
    const children: { value: unknown; path: string }[] = Array.isArray(value)
      ? value.map((item, index) => ({ value: item, path: pathOf(path, index) }))
      : Object.keys(value as Record<string, unknown>).map((key) => ({
          value: (value as Record<string, unknown>)[key],
          path: pathOf(path, key),
        }));
    if (children.length === 0) return undefined;
    for (let index = children.length - 1; index >= 0; index--)
      stack.push(children[index] as { value: unknown; path: string });
  }
  return leaves;
}
