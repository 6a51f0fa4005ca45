import type { FieldStatus } from '../json/types.js';
import { childSchema, dereference } from './json-schema.js';
import type { JsonSchema } from './json-schema.js';

/**
 * How a node is revealed while it streams:
 * - `stream`: shown as it grows (strings grow in place; containers show their children);
 * - `atomic`: shown only once complete (ids, URLs, enums, numbers);
 * - `whenComplete`: an object or array appears only once closed;
 * - `perElement`: array elements appear one by one, each once complete.
 * Defaults (no policy): strings, objects and arrays stream; numbers, booleans and null are
 * atomic anyway (the parser never shows them half-done).
 */
export type FieldPolicy = 'stream' | 'atomic' | 'whenComplete' | 'perElement';

/**
 * Policies keyed by JSON Pointer pattern: RFC 6901 pointers in which a `*` segment matches any
 * one segment, e.g. `{ '/rows/*': 'atomic', '/chart/series': 'whenComplete' }`. The most specific
 * pattern wins (fewest `*`); schema metadata `x-ripen-policy` applies when no pattern matches.
 */
export type FieldPolicies = Readonly<Record<string, FieldPolicy>>;

interface CompiledPattern {
  segments: string[];
  wildcards: number;
  policy: FieldPolicy;
}

const escapeSegment = (key: string): string =>
  key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;

function compile(policies: FieldPolicies): CompiledPattern[] {
  return Object.entries(policies)
    .map(([pattern, policy]) => {
      const segments = pattern === '' ? [] : pattern.slice(1).split('/');
      return { segments, wildcards: segments.filter((segment) => segment === '*').length, policy };
    })
    .sort((left, right) => left.wildcards - right.wildcards);
}

function policyFor(
  patterns: CompiledPattern[],
  segments: readonly string[],
  schema: JsonSchema | undefined,
  root: JsonSchema | undefined,
): FieldPolicy | undefined {
  for (const pattern of patterns) {
    if (pattern.segments.length !== segments.length) continue;
    if (pattern.segments.every((segment, index) => segment === '*' || segment === segments[index]))
      return pattern.policy;
  }
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
 * policies to every published snapshot.
 */
export function createFieldPolicyFilter(
  policies: FieldPolicies | undefined,
  schema?: JsonSchema,
): (value: unknown, statusAt: (pointer: string) => FieldStatus) => unknown {
  const patterns = compile(policies ?? {});
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
          const childPointer = `${pointer}/${index}`;
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
          `${pointer}/${escapeSegment(key)}`,
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
