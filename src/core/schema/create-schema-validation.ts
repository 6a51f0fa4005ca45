import { getAtPointer } from '../pointer/json-pointer.js';
import { compileSchema } from './compile-schema.js';
import type { CompiledSchema, FinalValidation, SchemaWarning } from './compile-schema.js';
import type { JsonSchema, SchemaInput } from './json-schema.js';
import type { SchemaSkeleton } from './schema-skeleton.js';
import type { ValidationIssue } from './validate-node.js';

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

const NONE: ValidationState = Object.freeze({ status: 'none', issues: Object.freeze([]), warnings: Object.freeze([]) });

/**
 * Creates the validation of one stream's value. `schema` is compiled here (see `compileSchema`),
 * so a bad schema option surfaces at stream creation.
 * @throws RipenError code `invalid-option` for a schema that is neither a Standard Schema nor
 *   a valid JSON Schema
 */
export function createSchemaValidation<Output = unknown>(schema: SchemaInput | undefined): SchemaValidation<Output> {
  const compiled = schema === undefined ? undefined : compileSchema<Output>(schema);
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
      state: () => NONE,
      output: () => value,
    };
  }
  let state: ValidationState = { status: 'pending', issues: [], warnings: compiled.warnings };
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
