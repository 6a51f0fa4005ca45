export { isStandardSchema, childSchema, dereference } from './json-schema.js';
export { toJsonSchema } from './prepare-schema.js';
export type { JsonSchema, SchemaInput } from './json-schema.js';
export { createSchemaSkeleton } from './schema-skeleton.js';
export type { SchemaSkeleton, SkeletonField, SkeletonLeafKind, SchemaSkeletonOptions } from './schema-skeleton.js';
export { validateNode, validateJsonSchema } from './validate-node.js';
export { createJsonSchemaValidator } from './create-json-schema-validator.js';
export type { JsonSchemaValidator } from './create-json-schema-validator.js';
export type { ValidationIssue } from './validate-node.js';
export { applyFieldPolicies, createFieldPolicyFilter } from './field-policies.js';
export type { FieldPolicy, FieldPolicies } from './field-policies.js';
export { compileSchema } from './compile-schema.js';
export type {
  CompiledSchema,
  CompileSchemaOptions,
  FinalValidation,
  SchemaOutput,
  SchemaWarning,
} from './compile-schema.js';
// createSchemaValidation, schemaVerdict and checkJsonSchema are the store's plumbing: imported
// from their files inside ripen, not part of the public surface.
export type { SchemaVerdict } from './create-schema-validation.js';
