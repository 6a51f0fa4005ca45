import type { StandardJSONSchemaV1, StandardSchemaV1, StandardTypedV1 } from '@standard-schema/spec';
import { RipenError } from '../errors/ripen-error.js';
import { formatJsonPointer, parseJsonPointer } from '../pointer/json-pointer.js';
import { checkJsonSchema } from './check-json-schema.js';
import { dereference } from './json-schema.js';
import type { JsonSchema, SchemaInput } from './json-schema.js';
import { createSchemaSkeleton } from './schema-skeleton.js';
import type { SchemaSkeleton, SchemaSkeletonOptions } from './schema-skeleton.js';
import { validateJsonSchema, validateNode } from './validate-node.js';
import type { ValidationIssue } from './validate-node.js';

/**
 * A problem with the schema itself that does not stop a stream. `schema-not-convertible`: (part
 * of) a Standard Schema has no JSON Schema form (zod `z.date()`, `z.bigint()`, `z.custom()`,
 * valibot `v.date()`…, or a library without Standard JSON Schema support), so that part has no
 * skeleton and no checks while streaming; the final value is still validated by the library.
 */
export interface SchemaWarning {
  code: 'schema-not-convertible';
  /** What could not be converted and what that means, e.g. the library's own reason. */
  message: string;
  /**
   * JSON Pointer pattern of the unconvertible part in the *value* (`*` for any array item or
   * object key: `/rows/*` followed by `/due` for a date inside each row), when the library says
   * where; absent for the whole schema.
   */
  pointer?: string;
}

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

/** Options of {@link compileSchema}. */
export interface CompileSchemaOptions extends SchemaSkeletonOptions {
  /** The option's name in `invalid-option` messages. Default `'schema'`. */
  option?: string;
}

type StandardProps = Omit<StandardSchemaV1.Props, 'validate'> & {
  validate?: StandardSchemaV1.Props['validate'];
  jsonSchema?: StandardJSONSchemaV1.Converter;
};

const TARGET = 'draft-2020-12';

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
  const option = options.option ?? 'schema';
  const warnings: SchemaWarning[] = [];
  const props = standardProps(schema, option);
  let jsonSchema: JsonSchema | undefined;
  if (props) {
    jsonSchema = props.jsonSchema ? convert(props, warnings) : undefined;
    if (!props.jsonSchema && props.validate)
      warnings.push({
        code: 'schema-not-convertible',
        message: `The ${props.vendor} schema does not describe itself as JSON Schema (no ~standard.jsonSchema), so it has no skeleton and no checks while streaming; the final value is still validated.${props.vendor === 'valibot' ? ' Wrap it with toStandardJsonSchema from @valibot/to-json-schema for both.' : ''}`,
      });
  } else {
    checkJsonSchema(schema, option);
    jsonSchema = schema as JsonSchema;
  }
  const root = jsonSchema;
  const skeleton = root ? createSchemaSkeleton(root, options) : undefined;
  const validate = props?.validate;

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
    source: schema,
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

/** The `~standard` properties of a Standard (JSON) Schema, `undefined` for a plain object. */
function standardProps(schema: unknown, option: string): StandardProps | undefined {
  if ((typeof schema !== 'object' && typeof schema !== 'function') || schema === null) return undefined;
  const props = (schema as { '~standard'?: unknown })['~standard'];
  if (props === undefined) return undefined;
  const candidate = props as Partial<StandardProps> | null;
  const hasValidate = typeof candidate?.validate === 'function';
  const hasConverter = typeof candidate?.jsonSchema?.input === 'function';
  if (!hasValidate && !hasConverter)
    throw new RipenError(
      'invalid-option',
      `${option}['~standard'] must have a validate function (Standard Schema) or a jsonSchema.input converter (Standard JSON Schema).`,
    );
  return { ...(candidate as StandardProps), vendor: String(candidate?.vendor ?? 'unknown') };
}

/**
 * The input JSON Schema of a Standard JSON Schema. zod: one pass in which unrepresentable types
 * become `{}` (each reported) and coerced primitives, `.catch()` and `z.preprocess()` accept
 * anything (their presence is left to the final verdict too); valibot: unconvertible schemas
 * become `{}` (each reported) and unconvertible actions (`v.check()` …) are dropped silently,
 * with `errorMode: 'ignore'` as the fallback; other libraries: one pass, none on failure.
 */
function convert(props: StandardProps, warnings: SchemaWarning[]): JsonSchema | undefined {
  const converter = props.jsonSchema!;
  const vendor = props.vendor;
  const warn = (reason: string, pointer?: string): void => {
    const where = pointer === undefined ? 'Part of the schema' : `The schema part at ${pointer}`;
    warnings.push({
      code: 'schema-not-convertible',
      message: `${where} cannot be described as JSON Schema (${reason}): no skeleton and no checks there while streaming; the final value is still validated by ${vendor}.`,
      ...(pointer === undefined ? {} : { pointer }),
    });
  };
  try {
    if (vendor === 'zod') {
      const libraryOptions = {
        unrepresentable: (context: { path?: readonly (string | number)[]; message?: string }) => {
          warn(context.message ?? 'unrepresentable type', valuePattern(context.path));
          return 'any';
        },
        override: (context: { zodSchema?: unknown; jsonSchema: object }) => {
          const json = context.jsonSchema as Record<string, unknown>;
          const def = zodDef(context.zodSchema);
          // z.coerce.*, .catch() and z.preprocess() accept any input: no check there while streaming.
          if (def?.coerce === true || acceptsAnything(def)) for (const key of Object.keys(json)) delete json[key];
          // A .catch() field may be missing; a z.preprocess() one depends on its function: not required here.
          if (def?.type === 'object' && Array.isArray(json.required) && def.shape) {
            const shape = def.shape as Record<string, unknown>;
            json.required = json.required.filter((key) => !acceptsAnything(zodDef(shape[key as string])));
          }
        },
      };
      return converter.input({ target: TARGET, libraryOptions }) as JsonSchema;
    }
    if (vendor === 'valibot') {
      const libraryOptions = {
        // A schema with no JSON Schema form (v.date(), v.custom() …) becomes {}, reported.
        overrideSchema: (context: { errors?: readonly string[] }) => {
          if (!context.errors) return undefined;
          warn(context.errors[0] ?? 'unsupported schema');
          return {};
        },
        // An action with none (v.check(), v.transform() …) is a refinement: dropped silently,
        // the final verdict still applies it.
        overrideAction: (context: { errors?: readonly string[]; jsonSchema: object }) =>
          context.errors ? context.jsonSchema : undefined,
      };
      return converter.input({ target: TARGET, libraryOptions }) as JsonSchema;
    }
    return converter.input({ target: TARGET }) as JsonSchema;
  } catch (cause) {
    warn(messageOf(cause));
    if (vendor !== 'valibot') return undefined;
    try {
      return converter.input({ target: TARGET, libraryOptions: { errorMode: 'ignore' } }) as JsonSchema;
    } catch {
      return undefined;
    }
  }
}

interface ZodDefinition {
  type?: string;
  coerce?: unknown;
  shape?: unknown;
  in?: unknown;
}

/** The internal definition of a zod 4 schema (`schema._zod.def`), read only to pass zod's own conversion hooks. */
const zodDef = (schema: unknown): ZodDefinition | undefined =>
  (schema as { _zod?: { def?: ZodDefinition } } | null | undefined)?._zod?.def;

/** zod schemas whose input is anything at all: `.catch()`, and `z.preprocess()` (a pipe from a transform). */
const acceptsAnything = (def: ZodDefinition | undefined): boolean =>
  def?.type === 'catch' || (def?.type === 'pipe' && zodDef(def.in)?.type === 'transform');

/**
 * A JSON Schema location (`['properties', 'rows', 'items', 'properties', 'due']`) as a pointer
 * pattern in the value (`/rows/*` then `/due`); `undefined` when it leaves the value's structure.
 */
function valuePattern(path: readonly (string | number)[] | undefined): string | undefined {
  if (!path) return undefined;
  const tokens: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const step = path[index];
    if (step === 'properties' || step === 'prefixItems') tokens.push(String(path[++index]));
    else if (step === 'items' || step === 'additionalProperties') tokens.push('*');
    else if (step === 'anyOf' || step === 'oneOf' || step === 'allOf') index++;
    else return undefined;
  }
  return formatJsonPointer(tokens);
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

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

const schemaError = (cause: unknown): RipenError =>
  new RipenError('schema-error', `The schema's validate function failed: ${messageOf(cause)}`, { cause });
