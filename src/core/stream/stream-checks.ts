import type { FieldStatus } from '../json/types.js';
import { createPreparedSchemaValidation } from '../schema/create-schema-validation.js';
import { createFieldPolicyFilter } from '../schema/field-policies.js';
import type { FieldPolicies } from '../schema/field-policies.js';
import type { PreparedSchema } from '../schema/prepare-schema.js';
import type { ValidationState } from '../schema/schema-verdict.js';

// Loaded by stream-view.ts with import() when a stream with a schema or policies starts: the
// progressive checks, the final verdict and the policy filter stay out of what an app loads
// with createJsonStream.

/** The part of a stream view that needs the schema checks; see {@link createStreamChecks}. */
export interface StreamChecks {
  present(raw: unknown, statusAt: (pointer: string) => FieldStatus): unknown;
  checkCompleted(raw: unknown, pointers: readonly string[]): void;
  finish(raw: unknown): Promise<void> | void;
  validation(): ValidationState;
  output(): unknown;
}

/**
 * The checks of one stream: progressive validation of completed nodes and the final verdict
 * (`createPreparedSchemaValidation`), and the field policies applied to each published value.
 * `initial` is the validation state published before the load (kept until something changes).
 */
export function createStreamChecks(
  prepared: PreparedSchema | undefined,
  policies: FieldPolicies | undefined,
  initial: ValidationState,
): StreamChecks {
  const schema = createPreparedSchemaValidation(prepared, initial);
  return {
    present: createFieldPolicyFilter(policies, schema.jsonSchema),
    checkCompleted: schema.checkCompleted,
    finish: schema.finish,
    validation: schema.state,
    output: schema.output,
  };
}
