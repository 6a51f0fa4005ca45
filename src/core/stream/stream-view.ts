import { RipenError, messageOf } from '../errors/ripen-error.js';
import type { FieldStatus } from '../json/types.js';
import { checkFieldPolicies } from '../schema/check-field-policies.js';
import type { FieldPolicies } from '../schema/check-field-policies.js';
import type { SchemaInput } from '../schema/json-schema.js';
import { prepareSchema } from '../schema/prepare-schema.js';
import type { SchemaSkeleton } from '../schema/schema-skeleton.js';
import { NO_VALIDATION } from '../schema/schema-verdict.js';
import type { ValidationState } from '../schema/schema-verdict.js';
import type { StreamChecks } from './stream-checks.js';

// The schema side is split in two. At creation (synchronous): the schema is recognised, converted
// and checked (`invalid-option` there) and its skeleton built, and the policies are checked. At
// `start()` (loaded on demand, in parallel with the request): the checks while streaming, the
// final verdict and the policy filter (stream-checks.ts). A stream with neither schema nor
// policies never loads them.
export type { ValidationState } from '../schema/schema-verdict.js';

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
  /**
   * Loads the checks a schema or policies need (a separate chunk). `undefined` when there is
   * nothing to load (neither schema nor policies, or already loaded); else a Promise that
   * rejects with `RipenError` code `internal-error` when the chunk cannot be loaded. Must be
   * settled before the first raw value is handed to the methods below.
   */
  load(): Promise<void> | undefined;
  /** The value to publish for a raw parser value (policies applied; identity kept when unchanged). */
  present(raw: unknown, statusAt: (pointer: string) => FieldStatus): unknown;
  /** Validates nodes that just completed (each against its own sub-schema of the input JSON Schema). */
  checkCompleted(raw: unknown, pointers: readonly string[]): void;
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

/** The checks' chunk, fetched once per page (the module system caches it). */
const loadStreamChecks = () => import('./stream-checks.js');

/**
 * Creates the {@link StreamView} for a stream's `schema` and `policies`. Throws `RipenError`
 * code `invalid-option` for a schema that is neither a Standard Schema nor a valid JSON Schema,
 * or for bad policies; a schema the library cannot convert degrades (warnings in `validation`).
 */
export function createStreamView(options: StreamViewOptions): StreamView {
  const prepared = options.schema === undefined ? undefined : prepareSchema(options.schema);
  checkFieldPolicies(options.policies);
  const initial: ValidationState = prepared
    ? { status: 'pending', issues: [], warnings: prepared.warnings }
    : NO_VALIDATION;
  let checks: StreamChecks | undefined;
  let loading: Promise<void> | undefined;
  let output: unknown;
  return {
    skeleton: prepared?.skeleton,
    load() {
      if (checks || (!prepared && options.policies === undefined)) return undefined;
      loading ??= loadStreamChecks().then(
        (module) => {
          checks = module.createStreamChecks(prepared, options.policies, initial);
        },
        (cause: unknown) => {
          loading = undefined;
          throw new RipenError('internal-error', `ripen could not load its schema checks: ${messageOf(cause)}`, {
            cause,
          });
        },
      );
      return loading;
    },
    present: (raw, statusAt) => (checks ? checks.present(raw, statusAt) : raw),
    checkCompleted: (raw, pointers) => checks?.checkCompleted(raw, pointers),
    finish(raw) {
      if (checks) return checks.finish(raw);
      output = raw;
    },
    validation: () => (checks ? checks.validation() : initial),
    output: () => (checks ? checks.output() : output),
  };
}
