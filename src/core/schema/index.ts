export { toJsonSchema, isStandardSchema, childSchema, dereference } from './json-schema.js';
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
export { createSchemaValidation, schemaVerdict } from './create-schema-validation.js';
export type { SchemaValidation, SchemaVerdict } from './create-schema-validation.js';
export { checkJsonSchema } from './check-json-schema.js';
