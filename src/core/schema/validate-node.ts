import { appendJsonPointer } from '../pointer/json-pointer.js';
import type { JsonSchema } from './json-schema.js';
import { dereference } from './json-schema.js';

/** One validation problem, located by RFC 6901 JSON Pointer. */
export interface ValidationIssue {
  pointer: string;
  message: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `enum`, …), or `standard-schema`. */
  keyword: string;
}

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number' && Number.isInteger(value)
        ? 'integer'
        : typeof value;

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/**
 * Checks one *completed* node against its own JSON Schema keywords, without descending into
 * children (they were checked when they completed): `type`, `enum`, `const`, `required`,
 * `minItems`/`maxItems`, `minLength`/`maxLength` (in UTF-16 code units), `minimum`/`maximum`/
 * `exclusiveMinimum`/`exclusiveMaximum`, `pattern`, `additionalProperties: false`; `anyOf`/`oneOf` pass when one variant's own
 * keywords pass. Unknown keywords are ignored. An invalid `pattern` is ignored. Source: JSON
 * Schema 2020-12 validation vocabulary.
 */
export function validateNode(
  value: unknown,
  schema: JsonSchema | undefined,
  root: JsonSchema,
  pointer: string,
): ValidationIssue[] {
  const resolved = dereference(schema, root) as JsonSchema | boolean | undefined;
  if (!resolved) return resolved === false ? [{ pointer, keyword: 'false', message: 'is not allowed here' }] : [];
  // A boolean schema (JSON Schema 2020-12 §4.3.2): `true` allows anything.
  if (typeof resolved !== 'object') return [];
  const issues: ValidationIssue[] = [];
  const fail = (keyword: string, message: string): void => {
    issues.push({ pointer, keyword, message });
  };
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants && variants.length > 0) {
    if (!variants.some((variant) => validateJsonSchema(value, variant, root, pointer).length === 0))
      fail('anyOf', 'matches none of the allowed shapes');
  }
  if (resolved.type !== undefined) {
    const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
    if (resolved.nullable && value === null) return issues;
    if (!types.some((type) => matchesType(value, type))) {
      fail('type', `expected ${types.join(' or ')}, got ${typeOf(value)}`);
      return issues;
    }
  }
  if (resolved.enum && !resolved.enum.some((option) => option === value))
    fail('enum', `must be one of ${resolved.enum.map((option) => JSON.stringify(option)).join(', ')}`);
  if ('const' in resolved && resolved.const !== value && typeof resolved.const !== 'object')
    fail('const', `must be ${JSON.stringify(resolved.const)}`);
  if (typeof value === 'string') {
    if (resolved.minLength !== undefined && value.length < resolved.minLength)
      fail('minLength', `must have at least ${resolved.minLength} characters`);
    if (resolved.maxLength !== undefined && value.length > resolved.maxLength)
      fail('maxLength', `must have at most ${resolved.maxLength} characters`);
    if (resolved.pattern !== undefined) {
      const expression = compilePattern(resolved.pattern);
      if (expression && !expression.test(value)) fail('pattern', `must match ${resolved.pattern}`);
    }
  } else if (typeof value === 'number') {
    if (resolved.minimum !== undefined && value < resolved.minimum) fail('minimum', `must be ≥ ${resolved.minimum}`);
    if (resolved.maximum !== undefined && value > resolved.maximum) fail('maximum', `must be ≤ ${resolved.maximum}`);
    if (resolved.exclusiveMinimum !== undefined && value <= resolved.exclusiveMinimum)
      fail('exclusiveMinimum', `must be > ${resolved.exclusiveMinimum}`);
    if (resolved.exclusiveMaximum !== undefined && value >= resolved.exclusiveMaximum)
      fail('exclusiveMaximum', `must be < ${resolved.exclusiveMaximum}`);
  } else if (Array.isArray(value)) {
    if (resolved.minItems !== undefined && value.length < resolved.minItems)
      fail('minItems', `must have at least ${resolved.minItems} items`);
    if (resolved.maxItems !== undefined && value.length > resolved.maxItems)
      fail('maxItems', `must have at most ${resolved.maxItems} items`);
  } else if (value !== null && typeof value === 'object') {
    for (const key of resolved.required ?? []) {
      if (!Object.hasOwn(value, key)) fail('required', `is missing the required field "${key}"`);
    }
    if (resolved.additionalProperties === false) {
      for (const key of Object.keys(value)) {
        if (!resolved.properties || !Object.hasOwn(resolved.properties, key))
          fail('additionalProperties', `has the unknown field "${key}"`);
      }
    }
  }
  return issues;
}

const patterns = new Map<string, RegExp | undefined>();

/** A JSON Schema `pattern` (ECMA-262) compiled once: with the `u` flag, else without; `undefined` when invalid. */
function compilePattern(source: string): RegExp | undefined {
  if (patterns.has(source)) return patterns.get(source);
  let expression: RegExp | undefined;
  for (const flags of ['u', '']) {
    try {
      expression = new RegExp(source, flags);
      break;
    } catch {
      expression = undefined;
    }
  }
  if (patterns.size > 256) patterns.clear();
  patterns.set(source, expression);
  return expression;
}

/**
 * Validates a whole value against a JSON Schema: {@link validateNode} on every node, descending
 * into `properties`, `additionalProperties` (a schema), `items` and `prefixItems`. Iterative
 * (explicit stack), never deeper than `maxDepth` levels (default 64; deeper nodes give one issue
 * with keyword `depth`). Returns every issue, located by JSON Pointer under `pointer`.
 */
export function validateJsonSchema(
  value: unknown,
  schema: JsonSchema | undefined,
  root: JsonSchema = schema ?? {},
  pointer = '',
  maxDepth = 64,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: Array<{ value: unknown; schema: JsonSchema | undefined; pointer: string; depth: number }> = [
    { value, schema, pointer, depth: 0 },
  ];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const resolved = dereference(node.schema, root) as JsonSchema | boolean | undefined;
    if (resolved === undefined || resolved === true) continue;
    if (node.depth > maxDepth) {
      issues.push({ pointer: node.pointer, keyword: 'depth', message: `is nested deeper than ${maxDepth} levels` });
      continue;
    }
    const own = validateNode(node.value, resolved as JsonSchema, root, node.pointer);
    issues.push(...own);
    if (resolved === false || own.some((issue) => issue.keyword === 'type' || issue.keyword === 'anyOf')) continue;
    const children: typeof stack = [];
    if (Array.isArray(node.value)) {
      const prefix =
        resolved.prefixItems ?? (Array.isArray(resolved.items) ? (resolved.items as readonly JsonSchema[]) : undefined);
      const rest = Array.isArray(resolved.items) ? undefined : (resolved.items as JsonSchema | undefined);
      node.value.forEach((item, index) => {
        const itemSchema = prefix && index < prefix.length ? prefix[index] : rest;
        if (itemSchema !== undefined)
          children.push({
            value: item,
            schema: itemSchema,
            pointer: appendJsonPointer(node.pointer, index),
            depth: node.depth + 1,
          });
      });
    } else if (node.value !== null && typeof node.value === 'object') {
      for (const key of Object.keys(node.value)) {
        const property =
          resolved.properties && Object.hasOwn(resolved.properties, key) ? resolved.properties[key] : undefined;
        const childSchema =
          property ?? (typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined);
        if (childSchema !== undefined)
          children.push({
            value: (node.value as Record<string, unknown>)[key],
            schema: childSchema,
            pointer: appendJsonPointer(node.pointer, key),
            depth: node.depth + 1,
          });
      }
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return issues;
}
