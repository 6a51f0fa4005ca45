import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { RipenError, messageOf } from '../errors/ripen-error.js';
import { formatJsonPointer } from '../pointer/json-pointer.js';
import { checkJsonSchema } from './check-json-schema.js';
import type { JsonSchema, SchemaInput } from './json-schema.js';
import { createSchemaSkeleton } from './schema-skeleton.js';
import type { SchemaSkeleton, SchemaSkeletonOptions } from './schema-skeleton.js';

// What a stream needs of its schema before the first byte: recognising it, converting it to JSON
// Schema, checking it (invalid-option at creation) and its skeleton. The checks while streaming
// and the final verdict (compile-schema.ts, validate-node.ts) are loaded when a stream starts.

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

/** A schema recognised, converted and checked, with its skeleton; see {@link prepareSchema}. */
export interface PreparedSchema {
  /** The schema as given. */
  readonly source: SchemaInput;
  /** The JSON Schema of the values the schema accepts (its input type); see `CompiledSchema.jsonSchema`. */
  readonly jsonSchema: JsonSchema | undefined;
  /** The layout the schema promises; `undefined` without `jsonSchema`. */
  readonly skeleton: SchemaSkeleton | undefined;
  /** `schema-not-convertible` warnings found while converting (empty when everything converted). */
  readonly warnings: readonly SchemaWarning[];
  /** The library's `~standard.validate` (a Standard Schema), `undefined` for a JSON Schema. */
  readonly validate: StandardSchemaV1.Props['validate'] | undefined;
}

/** Options of {@link prepareSchema}. */
export interface PrepareSchemaOptions extends SchemaSkeletonOptions {
  /** The option's name in `invalid-option` messages. Default `'schema'`. */
  option?: string;
}

type StandardProps = Omit<StandardSchemaV1.Props, 'validate'> & {
  validate?: StandardSchemaV1.Props['validate'];
  jsonSchema?: StandardJSONSchemaV1.Converter;
};

const TARGET = 'draft-2020-12';

/**
 * Recognises a `schema` option — a Standard Schema (zod 4, valibot, arktype…: has
 * `~standard.validate`), a Standard JSON Schema (`~standard.jsonSchema`) or a plain JSON Schema
 * object — converts it to the JSON Schema of its *input* (`~standard.jsonSchema.input`, i.e. zod's
 * `z.toJSONSchema(schema, { io: 'input' })`, valibot's `toStandardJsonSchema`) and builds its
 * skeleton. Sources: Standard Schema v1 and Standard JSON Schema v1 (standardschema.dev), JSON
 * Schema 2020-12.
 *
 * Never throws for a schema the library cannot convert: the unconvertible parts become `{}` with a
 * `schema-not-convertible` warning each.
 *
 * @throws RipenError code `invalid-option` when `schema` is neither a Standard Schema nor a
 *   valid JSON Schema (`42`, `{ enum: 5 }`, `{ city: 'string' }`), with the path and a hint
 */
export function prepareSchema(schema: SchemaInput, options: PrepareSchemaOptions = {}): PreparedSchema {
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
  return {
    source: schema,
    jsonSchema,
    skeleton: jsonSchema ? createSchemaSkeleton(jsonSchema, options) : undefined,
    warnings,
    validate: props?.validate,
  };
}

/**
 * The JSON Schema of the values `schema` accepts (its *input*: defaults make fields optional,
 * transforms read their input side, extra keys are allowed where the library strips them), for
 * skeletons and progressive validation: a Standard JSON Schema's
 * `~standard.jsonSchema.input({ target: 'draft-2020-12' })`, or the object itself when it is a
 * JSON Schema. Parts the library cannot convert become `{}`; `undefined` when the schema has no
 * JSON Schema form at all. Same as `compileSchema(schema).jsonSchema`.
 * @throws RipenError code `invalid-option` for a value that is neither (see {@link prepareSchema})
 */
export function toJsonSchema(schema: SchemaInput): JsonSchema | undefined {
  return prepareSchema(schema).jsonSchema;
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
