import type { FieldStatus } from '../json/types.js';
import { compileJsonPointerPattern } from '../pointer/json-pointer-pattern.js';
import type { JsonPointerPattern } from '../pointer/json-pointer-pattern.js';
import { appendJsonPointer } from '../pointer/json-pointer.js';
import { checkFieldPolicies } from './check-field-policies.js';
import type { FieldPolicies, FieldPolicy } from './check-field-policies.js';
import { childSchema, dereference } from './json-schema.js';
import type { JsonSchema } from './json-schema.js';

export type { FieldPolicies, FieldPolicy } from './check-field-policies.js';

interface CompiledPolicy {
  pattern: JsonPointerPattern;
  policy: FieldPolicy;
}

/**
 * Compiles `policies` once (checked by {@link checkFieldPolicies}), most specific pattern
 * (fewest `*`) first.
 */
function compile(policies: FieldPolicies | undefined): CompiledPolicy[] {
  checkFieldPolicies(policies);
  if (policies === undefined) return [];
  return Object.entries(policies)
    .map(([source, policy]) => ({ pattern: compileJsonPointerPattern(source), policy }))
    .sort((left, right) => left.pattern.wildcards - right.pattern.wildcards);
}

function policyFor(
  patterns: CompiledPolicy[],
  segments: readonly string[],
  schema: JsonSchema | undefined,
  root: JsonSchema | undefined,
): FieldPolicy | undefined {
  for (const { pattern, policy } of patterns) if (pattern.matches(segments)) return policy;
  const meta = root ? dereference(schema, root)?.['x-ripen-policy'] : undefined;
  return meta === 'stream' || meta === 'atomic' || meta === 'whenComplete' || meta === 'perElement' ? meta : undefined;
}

const hidden = Symbol('hidden');

/**
 * Returns a view of `value` in which nodes that their policy says to hold back are left out.
 * Cost: complete nodes are returned as they are (a complete node is shown whole under every
 * policy), so only the nodes still open are walked — in a streaming document, the path being
 * written plus the last child of each open container. Unchanged results keep identity.
 * Returns `undefined` when the root itself is held back.
 */
export function applyFieldPolicies(
  value: unknown,
  statusAt: (pointer: string) => FieldStatus,
  policies: FieldPolicies | undefined,
  schema?: JsonSchema,
): unknown {
  return createFieldPolicyFilter(policies, schema)(value, statusAt);
}

/**
 * {@link applyFieldPolicies} with the patterns compiled once, for a store that applies the same
 * policies to every published snapshot. Patterns are matched by the pointer module
 * (`compileJsonPointerPattern`), so keys holding `/` or `~` match their escaped pointers.
 * @throws RipenError code `invalid-option` when a key is not a JSON Pointer pattern or a value
 *   is not a {@link FieldPolicy} (called at stream creation, so misuse surfaces there)
 */
export function createFieldPolicyFilter(
  policies: FieldPolicies | undefined,
  schema?: JsonSchema,
): (value: unknown, statusAt: (pointer: string) => FieldStatus) => unknown {
  const patterns = compile(policies);
  if (patterns.length === 0 && !schema) return (value) => value;
  return (value, statusAt) => {
    const visit = (node: unknown, pointer: string, segments: string[], nodeSchema: JsonSchema | undefined): unknown => {
      if (node === undefined) return hidden;
      const status = statusAt(pointer);
      if (status === 'complete') return node;
      const policy = policyFor(patterns, segments, nodeSchema, schema);
      if (policy === 'atomic' || policy === 'whenComplete') return hidden;
      if (node === null || typeof node !== 'object') return node;
      if (Array.isArray(node)) {
        let result: unknown[] | undefined;
        for (let index = 0; index < node.length; index++) {
          const childPointer = appendJsonPointer(pointer, index);
          const child = node[index];
          let shown: unknown;
          if (policy === 'perElement') shown = statusAt(childPointer) === 'complete' ? child : hidden;
          else
            shown =
              index === node.length - 1
                ? visit(
                    child,
                    childPointer,
                    [...segments, String(index)],
                    childSchema(nodeSchema, String(index), schema ?? {}),
                  )
                : child;
          if (shown !== child && !result) result = node.slice(0, index);
          if (result && shown !== hidden) result.push(shown);
        }
        return result ?? node;
      }
      const keys = Object.keys(node);
      let result: Record<string, unknown> | undefined;
      for (let index = 0; index < keys.length; index++) {
        const key = keys[index] as string;
        const child = (node as Record<string, unknown>)[key];
        const shown = visit(
          child,
          appendJsonPointer(pointer, key),
          [...segments, key],
          childSchema(nodeSchema, key, schema ?? {}),
        );
        if (shown !== child && !result) {
          result = {};
          for (const earlier of keys.slice(0, index))
            Object.defineProperty(result, earlier, {
              value: (node as Record<string, unknown>)[earlier],
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
        if (result && shown !== hidden)
          Object.defineProperty(result, key, { value: shown, enumerable: true, writable: true, configurable: true });
      }
      return result ?? node;
    };
    const shown = visit(value, '', [], schema);
    return shown === hidden ? undefined : shown;
  };
}
