import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { FieldStatus } from '../json/types.js';
import { createFieldPolicyFilter } from '../schema/field-policies.js';
import type { FieldPolicies } from '../schema/field-policies.js';
import { childSchema, isStandardSchema, toJsonSchema } from '../schema/json-schema.js';
import type { JsonSchema, SchemaInput } from '../schema/json-schema.js';
import { createSchemaSkeleton } from '../schema/schema-skeleton.js';
import type { SchemaSkeleton } from '../schema/schema-skeleton.js';
import { validateNode } from '../schema/validate-node.js';
import type { ValidationIssue } from '../schema/validate-node.js';
import { getAtPointer } from './get-at-pointer.js';

/**
 * Validation state of a stream: `pending` while nodes are still arriving and none failed,
 * `invalid` as soon as one completed node fails (the stream goes on), `valid` once the final value
 * passed the whole schema, `none` when no schema was given.
 */
export interface ValidationState {
  status: 'none' | 'pending' | 'valid' | 'invalid';
  /** Every problem found so far, by JSON Pointer, in the order found. */
  issues: readonly ValidationIssue[];
}

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
  /** Validates nodes that just completed (each against its own sub-schema). */
  checkCompleted(raw: unknown, pointers: readonly string[]): void;
  /** Whether a node failed validation. */
  isInvalid(pointer: string): boolean;
  /** Validates the final value against the whole schema (Standard Schema `validate` when available). */
  finish(raw: unknown): Promise<void> | void;
  /** Current validation state (a new object after each change). */
  validation(): ValidationState;
}

function schemaAt(root: JsonSchema, pointer: string): JsonSchema | undefined {
  if (pointer === '') return root;
  let current: JsonSchema | undefined = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    current = childSchema(current, key, root);
    if (!current) return undefined;
  }
  return current;
}

function pathToPointer(path: StandardSchemaV1.Issue['path']): string {
  if (!path) return '';
  return path
    .map((segment) =>
      String(typeof segment === 'object' ? segment.key : segment)
        .replace(/~/g, '~0')
        .replace(/\//g, '~1'),
    )
    .map((segment) => `/${segment}`)
    .join('');
}

/** Creates the {@link StreamView} for a stream's `schema` and `policies`. Raises `schema-error` (thrown) if the schema library cannot convert. */
export function createStreamView(options: StreamViewOptions): StreamView {
  const schema = options.schema;
  const jsonSchema = schema ? toJsonSchema(schema) : undefined;
  const skeleton = jsonSchema ? createSchemaSkeleton(jsonSchema) : undefined;
  let issues: ValidationIssue[] = [];
  const invalid = new Set<string>();
  let state: ValidationState = { status: schema ? 'pending' : 'none', issues };
  let finished = false;

  const record = (found: ValidationIssue[]): void => {
    if (found.length === 0) return;
    issues = [...issues, ...found];
    for (const issue of found) invalid.add(issue.pointer);
    state = { status: 'invalid', issues };
  };

  return {
    skeleton,
    present: createFieldPolicyFilter(options.policies, jsonSchema),
    checkCompleted(raw, pointers) {
      if (!jsonSchema || finished) return;
      for (const pointer of pointers) {
        const nodeSchema = schemaAt(jsonSchema, pointer);
        if (nodeSchema) record(validateNode(getAtPointer(raw, pointer), nodeSchema, jsonSchema, pointer));
      }
    },
    isInvalid: (pointer) => invalid.has(pointer),
    finish(raw) {
      if (!schema || finished) return;
      finished = true;
      const conclude = (result: StandardSchemaV1.Result<unknown>): void => {
        if (result.issues) {
          const seen = new Set(issues.map((issue) => `${issue.pointer}\u0000${issue.message}`));
          record(
            result.issues
              .map((issue) => ({
                pointer: pathToPointer(issue.path),
                message: issue.message,
                keyword: 'standard-schema',
              }))
              .filter((issue) => !seen.has(`${issue.pointer}\u0000${issue.message}`)),
          );
          if (state.status !== 'invalid') state = { status: 'invalid', issues };
        } else if (state.status === 'pending') {
          state = { status: 'valid', issues };
        }
      };
      if (isStandardSchema(schema)) {
        const result = schema['~standard'].validate(raw);
        return result instanceof Promise ? result.then(conclude) : conclude(result);
      }
      if (jsonSchema) conclude(issues.length === 0 ? { value: raw } : { issues: [] });
    },
    validation: () => state,
  };
}
