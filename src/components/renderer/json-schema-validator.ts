import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { isRecord } from '../shared/json-shape.js';

/** The JSON Schema subset understood by {@link createJsonSchemaValidator}. */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null' | ReadonlyArray<'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null'>;
  description?: string;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: readonly unknown[];
  anyOf?: readonly JsonSchema[];
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
}

/** A Standard Schema validator that also converts back to its JSON Schema. */
export type JsonSchemaValidator<T> = StandardSchemaV1<unknown, T> & StandardJSONSchemaV1<unknown, T>;

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    default:
      return false;
  }
}

function check(schema: JsonSchema, value: unknown, path: PropertyKey[], issues: StandardSchemaV1.Issue[], depth: number): void {
  if (depth > 64) {
    issues.push({ message: 'Value nested too deeply', path });
    return;
  }
  if (schema.anyOf && !schema.anyOf.some((option) => { const sub: StandardSchemaV1.Issue[] = []; check(option, value, path, sub, depth + 1); return sub.length === 0; })) {
    issues.push({ message: 'Value matches none of the allowed shapes', path });
    return;
  }
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => typeMatches(type, value))) {
      issues.push({ message: `Expected ${types.join(' or ')}`, path });
      return;
    }
  }
  if (schema.enum && !schema.enum.includes(value)) issues.push({ message: `Expected one of ${schema.enum.map((item) => JSON.stringify(item)).join(', ')}`, path });
  if (typeof value === 'string' && schema.maxLength !== undefined && value.length > schema.maxLength) issues.push({ message: `At most ${schema.maxLength} characters`, path });
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) issues.push({ message: `At least ${schema.minItems} items`, path });
    if (schema.maxItems !== undefined && value.length > schema.maxItems) issues.push({ message: `At most ${schema.maxItems} items`, path });
    if (schema.items) value.forEach((item, index) => check(schema.items!, item, [...path, index], issues, depth + 1));
  }
  if (isRecord(value)) {
    for (const key of schema.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) issues.push({ message: `Missing required property "${key}"`, path: [...path, key] });
    }
    const properties = schema.properties ?? {};
    for (const key of Object.keys(value)) {
      const sub = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
      if (sub) check(sub, value[key], [...path, key], issues, depth + 1);
      else if (schema.additionalProperties === false) issues.push({ message: `Unknown property "${key}"`, path: [...path, key] });
      else if (isRecord(schema.additionalProperties)) check(schema.additionalProperties, value[key], [...path, key], issues, depth + 1);
    }
  }
}

/**
 * Turns a JSON Schema (subset: `type`, `properties`, `required`, `additionalProperties`, `items`,
 * `enum`, `anyOf`, `minItems`, `maxItems`, `maxLength`) into a synchronous Standard Schema
 * validator whose `~standard.jsonSchema` returns the schema (for {@link describeCatalog}).
 * Validation never throws; it returns issues with paths.
 */
export function createJsonSchemaValidator<T>(schema: JsonSchema): JsonSchemaValidator<T> {
  const toJson = () => JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  return {
    '~standard': {
      version: 1,
      vendor: 'ripen',
      validate(value: unknown) {
        const issues: StandardSchemaV1.Issue[] = [];
        check(schema, value, [], issues, 0);
        return issues.length > 0 ? { issues } : { value: value as T };
      },
      jsonSchema: { input: toJson, output: toJson },
    },
  };
}
