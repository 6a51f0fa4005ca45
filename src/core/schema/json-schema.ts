import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { getAtPointer, isJsonPointer } from '../pointer/json-pointer.js';

/** The JSON Schema keywords ripen reads (draft 2020-12 / draft-07 subset); others are ignored. */
export interface JsonSchema {
  type?: string | readonly string[];
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | readonly JsonSchema[];
  prefixItems?: readonly JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
  nullable?: boolean;
  title?: string;
  description?: string;
  format?: string;
  $ref?: string;
  $defs?: Readonly<Record<string, JsonSchema>>;
  definitions?: Readonly<Record<string, JsonSchema>>;
  /** ripen extension: field policy of this node (see `FieldPolicy`). */
  'x-ripen-policy'?: string;
  [keyword: string]: unknown;
}

/**
 * What `schema` options accept: any Standard Schema (zod 4, valibot, arktype…), a Standard JSON
 * Schema (zod 4 directly; valibot through `toStandardJsonSchema` of `@valibot/to-json-schema`),
 * or a plain JSON Schema object.
 */
export type SchemaInput = StandardSchemaV1 | StandardJSONSchemaV1 | JsonSchema;

/** True when `schema` implements Standard Schema v1 (`~standard.validate`). Source: standardschema.dev. */
export function isStandardSchema(schema: unknown): schema is StandardSchemaV1 {
  const props = (schema as { '~standard'?: { validate?: unknown } } | null)?.['~standard'];
  return typeof props?.validate === 'function';
}

/**
 * Follows a local `$ref` against `root`: a URI fragment holding an RFC 6901 JSON Pointer
 * (`#/$defs/X`, `#/definitions/X`, `#/properties/a`, `#` for the root; percent-encoding
 * decoded first). A remote or malformed `$ref` is left as it is (the node then checks nothing);
 * a `$ref` to nothing gives `undefined`. At most 32 hops, so reference cycles terminate.
 */
export function dereference(schema: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; typeof current?.$ref === 'string' && hops < 32; hops++) {
    const reference = current.$ref;
    if (!reference.startsWith('#')) return current;
    let pointer: string;
    try {
      pointer = decodeURIComponent(reference.slice(1));
    } catch {
      return current;
    }
    if (!isJsonPointer(pointer)) return current;
    const target = getAtPointer(root, pointer);
    current =
      target !== null && typeof target === 'object' && !Array.isArray(target) ? (target as JsonSchema) : undefined;
  }
  return current;
}

/** The sub-schema for one child (object key or array index) of `schema`, or `undefined`. */
export function childSchema(schema: JsonSchema | undefined, key: string, root: JsonSchema): JsonSchema | undefined {
  const resolved = dereference(schema, root);
  if (!resolved) return undefined;
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants) {
    for (const variant of variants) {
      const found = childSchema(variant, key, root);
      if (found) return found;
    }
    return undefined;
  }
  if (resolved.properties && Object.hasOwn(resolved.properties, key)) return resolved.properties[key];
  if (/^(0|[1-9][0-9]*)$/.test(key)) {
    const index = Number(key);
    const prefix = resolved.prefixItems ?? (Array.isArray(resolved.items) ? resolved.items : undefined);
    if (prefix && index < prefix.length) return prefix[index];
    if (resolved.items && !Array.isArray(resolved.items)) return resolved.items as JsonSchema;
  }
  return undefined;
}
