import { dereference } from './json-schema.js';
import type { JsonSchema } from './json-schema.js';

/** Primitive kinds a skeleton can reserve space for. */
export type SkeletonLeafKind = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'unknown';

/**
 * The layout a schema promises before any byte arrives, so components can draw labels, columns
 * and reserved space at once (DingTalk-style cards). Derived from JSON Schema by
 * {@link createSchemaSkeleton}.
 */
export type SchemaSkeleton =
  | { kind: 'object'; title?: string; fields: SkeletonField[] }
  | { kind: 'array'; title?: string; expectedItems: number; item: SchemaSkeleton }
  | { kind: SkeletonLeafKind; title?: string; enum?: readonly unknown[]; format?: string; maxLength?: number };

/** One field of an object skeleton. */
export interface SkeletonField {
  key: string;
  /** Human label: the sub-schema's `title`, else the key. */
  label: string;
  required: boolean;
  skeleton: SchemaSkeleton;
}

/** Options of {@link createSchemaSkeleton}. */
export interface SchemaSkeletonOptions {
  /** Items to reserve for arrays without `minItems`. Default 3. */
  defaultItems?: number;
  /** Nesting bound for recursive schemas; deeper nodes become `unknown`. Default 8. */
  maxDepth?: number;
}

function leafKind(type: string | undefined): SkeletonLeafKind {
  switch (type) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return type;
    default:
      return 'unknown';
  }
}

/**
 * Builds the {@link SchemaSkeleton} of a JSON Schema: objects list their `properties` in schema
 * order, arrays reserve `minItems` (capped at 50) or `defaultItems` rows, nullable unions
 * (`anyOf: [X, {type:'null'}]`, `type: [X, 'null']`) become X. Never recurses deeper than
 * `maxDepth`, so recursive `$ref` schemas terminate.
 */
export function createSchemaSkeleton(schema: JsonSchema, options: SchemaSkeletonOptions = {}): SchemaSkeleton {
  const defaultItems = options.defaultItems ?? 3;
  const maxDepth = options.maxDepth ?? 8;
  const build = (node: JsonSchema | undefined, depth: number): SchemaSkeleton => {
    const resolved = dereference(node, schema);
    if (!resolved || depth > maxDepth) return { kind: 'unknown' };
    const variants = (resolved.anyOf ?? resolved.oneOf)?.filter(
      (variant) => dereference(variant, schema)?.type !== 'null',
    );
    if (variants && variants.length > 0) return withTitle(build(variants[0], depth), resolved.title);
    const types = Array.isArray(resolved.type) ? resolved.type.filter((type) => type !== 'null') : [resolved.type];
    const type = types[0] ?? (resolved.properties ? 'object' : resolved.items ? 'array' : undefined);
    if (type === 'object') {
      const required = new Set(resolved.required ?? []);
      const fields: SkeletonField[] = Object.entries(resolved.properties ?? {}).map(([key, child]) => ({
        key,
        label: dereference(child, schema)?.title ?? key,
        required: required.has(key),
        skeleton: build(child, depth + 1),
      }));
      return withTitle({ kind: 'object', fields }, resolved.title);
    }
    if (type === 'array') {
      // A tuple (prefixItems, with `items: false` for no more) is laid out by its first item.
      const rest = typeof resolved.items === 'object' && !Array.isArray(resolved.items) ? resolved.items : undefined;
      const item = resolved.prefixItems?.[0] ?? (Array.isArray(resolved.items) ? resolved.items[0] : rest);
      const expectedItems = Math.min(50, Math.max(resolved.minItems ?? defaultItems, 0));
      return withTitle({ kind: 'array', expectedItems, item: build(item, depth + 1) }, resolved.title);
    }
    const leaf: SchemaSkeleton = { kind: leafKind(type) };
    if (resolved.enum) leaf.enum = resolved.enum;
    if (resolved.format) leaf.format = resolved.format;
    if (resolved.maxLength !== undefined) leaf.maxLength = resolved.maxLength;
    return withTitle(leaf, resolved.title);
  };
  return build(schema, 0);
}

function withTitle(skeleton: SchemaSkeleton, title: string | undefined): SchemaSkeleton {
  return title === undefined ? skeleton : { ...skeleton, title };
}
