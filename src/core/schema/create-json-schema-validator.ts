import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { parseJsonPointer } from '../pointer/json-pointer.js';
import type { JsonSchema } from './json-schema.js';
import { validateJsonSchema } from './validate-node.js';

/** A Standard Schema validator that also converts back to its JSON Schema (Standard JSON Schema). */
export type JsonSchemaValidator<T> = StandardSchemaV1<unknown, T> & StandardJSONSchemaV1<unknown, T>;

/**
 * Turns a JSON Schema (the subset {@link validateJsonSchema} reads) into a synchronous Standard
 * Schema v1 validator (vendor `ripen`) whose `~standard.jsonSchema.input/output` return a copy of
 * the schema, e.g. for catalog entries and model system prompts. `validate` never throws: it
 * returns `{ value }` or `{ issues }` with paths. Sources: standardschema.dev (Standard Schema and
 * Standard JSON Schema v1).
 */
export function createJsonSchemaValidator<T>(schema: JsonSchema): JsonSchemaValidator<T> {
  const toJson = (): Record<string, unknown> => JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  return {
    '~standard': {
      version: 1,
      vendor: 'ripen',
      validate(value: unknown) {
        const found = validateJsonSchema(value, schema);
        if (found.length === 0) return { value: value as T };
        return { issues: found.map((issue) => ({ message: issue.message, path: parseJsonPointer(issue.pointer) })) };
      },
      jsonSchema: { input: toJson, output: toJson },
    },
  };
}
