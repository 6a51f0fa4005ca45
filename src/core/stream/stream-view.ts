import type { FieldStatus } from '../json/types.js';
import { createSchemaValidation } from '../schema/create-schema-validation.js';
import { createFieldPolicyFilter } from '../schema/field-policies.js';
import type { FieldPolicies } from '../schema/field-policies.js';
import type { SchemaInput } from '../schema/json-schema.js';
import type { SchemaSkeleton } from '../schema/schema-skeleton.js';

// The schema side (compiling, progressive checks, the library's final verdict) lives in
// src/core/schema (createSchemaValidation); this file only joins it with the field policies.
export type { ValidationState } from '../schema/create-schema-validation.js';
import type { ValidationState } from '../schema/create-schema-validation.js';

/** Options shared by the store for schema, policies and the initial value. */
export interface StreamViewOptions {
  /** Standard Schema, Standard JSON Schema or JSON Schema of the value. */
  schema?: SchemaInput;
  /** Per-pointer reveal policies; see `FieldPolicies`. */
  policies?: FieldPolicies;
}

/** Turns raw parser output into what a stream publishes: policies applied, nodes validated. */
export interface StreamView {
  /** The schema's layout, known before the first byte; `undefined` without a JSON-describable schema. */
  skeleton: SchemaSkeleton | undefined;
  /** The value to publish for a raw parser value (policies applied; identity kept when unchanged). */
  present(raw: unknown, statusAt: (pointer: string) => FieldStatus): unknown;
  /** Validates nodes that just completed (each against its own sub-schema of the input JSON Schema). */
  checkCompleted(raw: unknown, pointers: readonly string[]): void;
  /** Whether a node failed validation. */
  isInvalid(pointer: string): boolean;
  /**
   * The final verdict: the schema library's own `~standard.validate` (or JSON Schema validation
   * for a plain JSON Schema). Throws / rejects with `schema-error` when `validate` fails.
   */
  finish(raw: unknown): Promise<void> | void;
  /** Current validation state (a new object after each change). */
  validation(): ValidationState;
  /** The schema library's output (defaults, transforms applied) once valid; the value itself without a schema. */
  output(): unknown;
}

/**
 * Creates the {@link StreamView} for a stream's `schema` and `policies`. Throws `RipenError`
 * code `invalid-option` for a schema that is neither a Standard Schema nor a valid JSON Schema,
 * or for bad policies; a schema the library cannot convert degrades (warnings in `validation`).
 */
export function createStreamView(options: StreamViewOptions): StreamView {
  const schema = createSchemaValidation(options.schema);
  return {
    skeleton: schema.skeleton,
    present: createFieldPolicyFilter(options.policies, schema.jsonSchema),
    checkCompleted: schema.checkCompleted,
    isInvalid: schema.isInvalid,
    finish: schema.finish,
    validation: schema.state,
    output: schema.output,
  };
}
