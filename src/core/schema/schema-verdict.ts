import type { SchemaWarning } from './prepare-schema.js';
import type { ValidationIssue } from './validate-node.js';

// The validation state and verdict a stream publishes: small and synchronous, so a stream without
// a schema never loads the checks (create-schema-validation.ts).

/**
 * Validation of a stream's value against its `schema`:
 * - `status`: `none` (no schema) · `pending` (nodes still arriving, none failed) · `invalid`
 *   (a completed node failed while streaming — the stream goes on — or the final verdict
 *   failed) · `valid` (the final verdict passed).
 * - `issues`: while streaming, the problems found in completed nodes (checked against the
 *   schema's *input* JSON Schema); once the value is final, exactly the schema library's own
 *   issues (each once, by JSON Pointer), so nothing the library accepts is reported.
 * - `warnings`: `schema-not-convertible` parts (see {@link SchemaWarning}).
 */
export interface ValidationState {
  status: 'none' | 'pending' | 'valid' | 'invalid';
  /** Every problem, by RFC 6901 JSON Pointer, in the order found. */
  issues: readonly ValidationIssue[];
  /** Problems with the schema itself that do not stop the stream. */
  warnings: readonly SchemaWarning[];
}

/** The validation state without a schema. */
export const NO_VALIDATION: ValidationState = Object.freeze({
  status: 'none',
  issues: Object.freeze([]),
  warnings: Object.freeze([]),
});

/**
 * `valid` and `output` of a stream state together, so that checking `valid` narrows `output`:
 * `{ valid: true, output: Output }` once the stream completed and the value passed the schema
 * (or no schema was given; then `output` is the value itself), else `{ valid: false, output:
 * undefined }`. `Output` is the schema's output type (`StandardSchemaV1.InferOutput`).
 */
export type SchemaVerdict<Output> = { valid: true; output: Output } | { valid: false; output: undefined };

/**
 * The {@link SchemaVerdict} of a state: valid when `complete` is true and the validation status
 * is `valid` or `none`; `output` is then the validation's output.
 */
export function schemaVerdict<Output>(
  complete: boolean,
  validation: ValidationState,
  output: Output | undefined,
): SchemaVerdict<Output> {
  return complete && (validation.status === 'valid' || validation.status === 'none')
    ? { valid: true, output: output as Output }
    : { valid: false, output: undefined };
}
