import type { StandardSchemaV1, StandardTypedV1 } from '@standard-schema/spec';
import { RipenError, messageOf } from '../errors/ripen-error.js';
import { formatJsonPointer, parseJsonPointer } from '../pointer/json-pointer.js';
import { dereference } from './json-schema.js';
import type { JsonSchema, SchemaInput } from './json-schema.js';
import { prepareSchema } from './prepare-schema.js';
import type { PrepareSchemaOptions, PreparedSchema, SchemaWarning } from './prepare-schema.js';
import type { SchemaSkeleton } from './schema-skeleton.js';
import { validateJsonSchema, validateNode } from './validate-node.js';
import type { ValidationIssue } from './validate-node.js';

export type { SchemaWarning } from './prepare-schema.js';

/**
 * The final verdict on a value: the schema library's own (`~standard.validate`) for a Standard
 * Schema, else ripen's JSON Schema validation. `output` is the library's result (defaults,
 * transforms and coercions applied) when `valid`; `undefined` when `invalid`.
 */
export type FinalValidation<Output = unknown> =
  | { status: 'valid'; output: Output; issues: readonly [] }
  | { status: 'invalid'; output: undefined; issues: readonly ValidationIssue[] };

/**
 * The output type of a schema: `StandardSchemaV1.InferOutput` for a Standard Schema (zod's
 * `z.output`, valibot's `v.InferOutput`), `unknown` for a plain JSON Schema.
 */
export type SchemaOutput<Schema> = Schema extends StandardTypedV1
  ? StandardTypedV1.InferOutput<Schema>
  : Schema extends JsonSchema
    ? unknown
    : never;

/** A schema prepared once per stream: its input JSON Schema, skeleton, and checks. */
export interface CompiledSchema<Output = unknown> {
  /** The schema as given. */
  readonly source: SchemaInput;
  /**
   * The JSON Schema of the values the schema *accepts* (its input type: a field with a default
   * is optional, an extra key is allowed where the library strips it, a coerced field accepts
   * anything), used for the skeleton and the checks while streaming. Unconvertible parts are
   * `{}`. `undefined` when the schema has no JSON Schema form at all.
   */
  readonly jsonSchema: JsonSchema | undefined;
  /** The layout the schema promises (see {@link createSchemaSkeleton}); `undefined` without `jsonSchema`. */
  readonly skeleton: SchemaSkeleton | undefined;
  /** `schema-not-convertible` warnings found while converting (empty when everything converted). */
  readonly warnings: readonly SchemaWarning[];
  /**
   * The sub-schema of the node at an RFC 6901 JSON Pointer (under a union, the first variant's),
   * or `undefined` when the schema says nothing of it.
   */
  schemaAt(pointer: string): JsonSchema | undefined;
  /**
   * Checks one *completed* node against its own keywords of the input JSON Schema (type, enum,
   * required, bounds…; children were checked when they completed). Returns `[]` where the schema
   * says nothing. Each issue carries `pointer`.
   */
  checkNode(pointer: string, value: unknown): ValidationIssue[];
  /**
   * The final verdict (see {@link FinalValidation}): synchronous when the library's `validate`
   * is, else a Promise. Never reports a problem twice (identical pointer and message once).
   * @throws RipenError code `schema-error` (or rejects with it) when the library's `validate`
   *   throws, rejects or returns something that is not a Standard Schema result
   */
  validateFinal(value: unknown): FinalValidation<Output> | Promise<FinalValidation<Output>>;
}

/** Options of {@link compileSchema} (those of `prepareSchema`). */
export type CompileSchemaOptions = PrepareSchemaOptions;

/**
 * Prepares a `schema` option once: recognises a Standard Schema (zod 4, valibot, arktype…: has
 * `~standard.validate`), a Standard JSON Schema (`~standard.jsonSchema`) or a plain JSON Schema
 * object; converts it to the JSON Schema of its *input* (`~standard.jsonSchema.input`, i.e. zod's
 * `z.toJSONSchema(schema, { io: 'input' })`, valibot's `toStandardJsonSchema`), builds the
 * skeleton, and returns the per-node and final checks. Sources: Standard Schema v1 and Standard
 * JSON Schema v1 (standardschema.dev), JSON Schema 2020-12.
 *
 * Never throws for a schema the library cannot convert: the unconvertible parts become `{}` (no
 * skeleton, no checks while streaming) with a `schema-not-convertible` warning each, and the
 * final value is still validated by the library.
 *
 * @throws RipenError code `invalid-option` when `schema` is neither a Standard Schema nor a
 *   valid JSON Schema (`42`, `{ enum: 5 }`, `{ city: 'string' }`), with the path and a hint
 */
export function compileSchema<Output = unknown>(
  schema: SchemaInput,
  options: CompileSchemaOptions = {},
): CompiledSchema<Output> {
  return compilePreparedSchema<Output>(prepareSchema(schema, options));
}

/**
 * {@link compileSchema} of a schema already prepared (`prepareSchema`): adds the per-node checks
 * and the final verdict. A stream prepares its schema at creation (skeleton, `invalid-option`) and
 * loads this part when it starts.
 */
export function compilePreparedSchema<Output = unknown>(prepared: PreparedSchema): CompiledSchema<Output> {
  const { jsonSchema, skeleton, warnings, validate } = prepared;
  const root = jsonSchema;

  const schemaAt = (pointer: string): JsonSchema | undefined =>
    root ? (candidatesAt(root, pointer)[0] as JsonSchema | undefined) : undefined;

  const conclude = (result: unknown): FinalValidation<Output> => {
    if (result === null || typeof result !== 'object')
      throw schemaError(new TypeError(`validate returned ${String(result)}, not a Standard Schema result`));
    const { issues, value } = result as StandardSchemaV1.Result<Output> & { value?: Output };
    if (!issues) return { status: 'valid', output: value as Output, issues: [] };
    return { status: 'invalid', output: undefined, issues: unique(issues.map(toValidationIssue)) };
  };

  return {
    source: prepared.source,
    jsonSchema,
    skeleton,
    warnings,
    schemaAt,
    checkNode(pointer, value) {
      if (!root) return [];
      // Under a union (anyOf / oneOf) a node may belong to any variant: it has a problem only
      // when no variant's sub-schema accepts it (the first one's issues are reported).
      let first: ValidationIssue[] | undefined;
      for (const candidate of candidatesAt(root, pointer)) {
        const issues = validateNode(value, candidate as JsonSchema, root, pointer);
        if (issues.length === 0) return [];
        first ??= issues;
      }
      return first ?? [];
    },
    validateFinal(value) {
      if (!validate) {
        const issues = root ? unique(validateJsonSchema(value, root, root)) : [];
        return issues.length === 0
          ? { status: 'valid', output: value as Output, issues: [] }
          : { status: 'invalid', output: undefined, issues };
      }
      let result: ReturnType<StandardSchemaV1.Props['validate']>;
      try {
        result = validate(value);
      } catch (cause) {
        throw schemaError(cause);
      }
      if (typeof result === 'object' && result !== null && typeof (result as { then?: unknown }).then === 'function')
        return Promise.resolve(result).then(conclude, (cause: unknown) => {
          throw schemaError(cause);
        });
      return conclude(result);
    },
  };
}

const MAX_CANDIDATES = 64;

/**
 * Every sub-schema that may describe the node at `pointer`: one per union variant on the way
 * (`anyOf` / `oneOf` expanded, `$ref` followed), through `properties`, `prefixItems`, `items`
 * and an `additionalProperties` schema. At most 64 at each level.
 */
function candidatesAt(root: JsonSchema, pointer: string): (JsonSchema | boolean)[] {
  let current: (JsonSchema | boolean)[] = [root];
  for (const token of parseJsonPointer(pointer)) {
    const next: (JsonSchema | boolean)[] = [];
    const visit = (schema: JsonSchema | boolean | undefined, depth: number): void => {
      const resolved = typeof schema === 'object' ? dereference(schema, root) : schema;
      if (resolved === undefined || next.length >= MAX_CANDIDATES) return;
      if (typeof resolved === 'boolean') {
        if (resolved === false) next.push(false);
        return;
      }
      const variants = resolved.anyOf ?? resolved.oneOf;
      if (variants && depth < 8) for (const variant of variants) visit(variant, depth + 1);
      const child = ownChild(resolved, token);
      if (child !== undefined) next.push(child);
    };
    for (const schema of current) visit(schema, 0);
    if (next.length === 0) return [];
    current = next;
  }
  return current;
}

/** The sub-schema of one child (key or index) in a schema's own keywords, without unions. */
function ownChild(schema: JsonSchema, token: string): JsonSchema | boolean | undefined {
  if (schema.properties && Object.hasOwn(schema.properties, token)) return schema.properties[token];
  if (/^(0|[1-9][0-9]*)$/.test(token) && (schema.items !== undefined || schema.prefixItems)) {
    const index = Number(token);
    const prefix = schema.prefixItems ?? (Array.isArray(schema.items) ? schema.items : undefined);
    if (prefix && index < prefix.length) return prefix[index];
    if (schema.items !== undefined && !Array.isArray(schema.items)) return schema.items as JsonSchema | boolean;
    return undefined;
  }
  const extra = schema.additionalProperties;
  return typeof extra === 'object' ? extra : undefined;
}

function toValidationIssue(issue: StandardSchemaV1.Issue): ValidationIssue {
  const tokens = (issue.path ?? []).map((segment) => {
    const key = typeof segment === 'object' && segment !== null ? segment.key : segment;
    return typeof key === 'symbol' ? (key.description ?? '') : String(key);
  });
  return { pointer: formatJsonPointer(tokens), message: issue.message, keyword: 'standard-schema' };
}

function unique(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const schemaError = (cause: unknown): RipenError =>
  new RipenError('schema-error', `The schema's validate function failed: ${messageOf(cause)}`, { cause });
