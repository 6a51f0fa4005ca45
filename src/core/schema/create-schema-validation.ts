import { getAtPointer } from '../pointer/json-pointer.js';
import { compilePreparedSchema } from './compile-schema.js';
import type { CompiledSchema, FinalValidation } from './compile-schema.js';
import type { JsonSchema, SchemaInput } from './json-schema.js';
import { prepareSchema } from './prepare-schema.js';
import type { PreparedSchema } from './prepare-schema.js';
import type { SchemaSkeleton } from './schema-skeleton.js';
import { NO_VALIDATION } from './schema-verdict.js';
import type { ValidationState } from './schema-verdict.js';
import type { ValidationIssue } from './validate-node.js';

export { schemaVerdict } from './schema-verdict.js';
export type { SchemaVerdict, ValidationState } from './schema-verdict.js';

/** Progressive and final validation of one stream's value; see {@link createSchemaValidation}. */
export interface SchemaValidation<Output = unknown> {
  /** The compiled schema, `undefined` without one. */
  readonly compiled: CompiledSchema<Output> | undefined;
  /** The schema's layout before the first byte (`undefined` without a JSON Schema form). */
  readonly skeleton: SchemaSkeleton | undefined;
  /** The input JSON Schema (for field policies' `x-ripen-policy`), `undefined` without one. */
  readonly jsonSchema: JsonSchema | undefined;
  /** Checks the nodes that just completed, each against its own sub-schema, by pointer. */
  checkCompleted(value: unknown, pointers: readonly string[]): void;
  /** Whether the node at `pointer` has an issue now. */
  isInvalid(pointer: string): boolean;
  /**
   * Gives the final verdict on the finished value (once; later calls do nothing): synchronous
   * for a synchronous `validate`, else a Promise that settles once the state is updated.
   * @throws RipenError code `schema-error` (or rejects with it) when the library's `validate`
   *   throws or rejects; the state then stays as it was.
   */
  finish(value: unknown): void | Promise<void>;
  /** The current {@link ValidationState} (a new object after each change, the same otherwise). */
  state(): ValidationState;
  /**
   * The schema library's output for the final value (defaults, transforms, coercions applied)
   * once `status` is `valid`; `undefined` before, and when invalid. Without a schema, the final
   * value itself once `finish` was called.
   */
  output(): Output | undefined;
}

/**
 * Creates the validation of one stream's value. `schema` is compiled here (see `compileSchema`),
 * so a bad schema option surfaces at stream creation.
 * @throws RipenError code `invalid-option` for a schema that is neither a Standard Schema nor
 *   a valid JSON Schema
 */
export function createSchemaValidation<Output = unknown>(schema: SchemaInput | undefined): SchemaValidation<Output> {
  return createPreparedSchemaValidation<Output>(schema === undefined ? undefined : prepareSchema(schema));
}

/**
 * {@link createSchemaValidation} of a schema prepared at stream creation (`prepareSchema`):
 * compiles its checks. `initial` is the state published before this was loaded (the same
 * `pending` object is kept until something changes).
 */
export function createPreparedSchemaValidation<Output = unknown>(
  prepared: PreparedSchema | undefined,
  initial?: ValidationState,
): SchemaValidation<Output> {
  const compiled = prepared === undefined ? undefined : compilePreparedSchema<Output>(prepared);
  if (!compiled) {
    let value: Output | undefined;
    return {
      compiled: undefined,
      skeleton: undefined,
      jsonSchema: undefined,
      checkCompleted: () => undefined,
      isInvalid: () => false,
      finish: (final) => {
        value = final as Output;
      },
      state: () => NO_VALIDATION,
      output: () => value,
    };
  }
  let state: ValidationState = initial ?? { status: 'pending', issues: [], warnings: compiled.warnings };
  let invalid = new Set<string>();
  const seen = new Set<string>();
  let output: Output | undefined;
  let finished = false;

  const conclude = (verdict: FinalValidation<Output>): void => {
    invalid = new Set(verdict.issues.map((issue) => issue.pointer));
    output = verdict.output;
    state = { status: verdict.status, issues: verdict.issues, warnings: compiled.warnings };
  };

  return {
    compiled,
    skeleton: compiled.skeleton,
    jsonSchema: compiled.jsonSchema,
    checkCompleted(value, pointers) {
      if (finished || !compiled.jsonSchema) return;
      const found: ValidationIssue[] = [];
      for (const pointer of pointers) {
        for (const issue of compiled.checkNode(pointer, getAtPointer(value, pointer))) {
          const key = `${issue.pointer}\u0000${issue.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          invalid.add(issue.pointer);
          found.push(issue);
        }
      }
      if (found.length > 0)
        state = { status: 'invalid', issues: [...state.issues, ...found], warnings: compiled.warnings };
    },
    isInvalid: (pointer) => invalid.has(pointer),
    finish(value) {
      if (finished) return;
      finished = true;
      const verdict = compiled.validateFinal(value);
      if (verdict instanceof Promise) return verdict.then(conclude);
      conclude(verdict);
    },
    state: () => state,
    output: () => output,
  };
}
