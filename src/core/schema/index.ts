export { toJsonSchema, isStandardSchema, childSchema, dereference } from './json-schema.js';
export type { JsonSchema, SchemaInput } from './json-schema.js';
export { createSchemaSkeleton } from './schema-skeleton.js';
export type { SchemaSkeleton, SkeletonField, SkeletonLeafKind, SchemaSkeletonOptions } from './schema-skeleton.js';
export { validateNode } from './validate-node.js';
export type { ValidationIssue } from './validate-node.js';
export { applyFieldPolicies } from './field-policies.js';
export type { FieldPolicy, FieldPolicies } from './field-policies.js';
