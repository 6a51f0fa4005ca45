import { RipenError } from '../errors/ripen-error.js';

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);
const SCHEMA_MAPS = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const;
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const;
const SCHEMA_VALUES = [
  'additionalProperties',
  'items',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalItems',
] as const;
const COUNTS = [
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'minProperties',
  'maxProperties',
  'minContains',
  'maxContains',
] as const;
const NUMBERS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const;
/** Keywords of JSON Schema 2020-12 / draft-07 / OpenAPI 3.0 (a schema with none of them is suspect). */
const KNOWN = new Set<string>([
  ...SCHEMA_MAPS,
  ...SCHEMA_LISTS,
  ...SCHEMA_VALUES,
  ...COUNTS,
  ...NUMBERS,
  'type',
  'required',
  'enum',
  'const',
  'pattern',
  'format',
  'title',
  'description',
  'default',
  'examples',
  'nullable',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$ref',
  '$schema',
  '$id',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$comment',
  'uniqueItems',
  'dependentRequired',
  'contentMediaType',
  'contentEncoding',
  'x-ripen-policy',
]);

const MAX_NODES = 10_000;

const describe = (value: unknown): string => {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 39)}…` : value}'`;
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/**
 * Checks that `schema` is a JSON Schema ripen can read, before a stream starts: an object (or
 * `true` / `false` below the root) whose keywords have the types JSON Schema 2020-12 gives them —
 * `type` a type name or a list of them, `properties` / `$defs` objects of schemas, `anyOf` /
 * `oneOf` / `allOf` / `prefixItems` lists of schemas, `required` a list of strings, `enum` a
 * list, `minItems` … non-negative integers, `minimum` … numbers, `pattern` a valid regular
 * expression (with or without the `u` flag). An object with none of the JSON Schema keywords whose values are type names
 * (`{ city: 'string' }`) is rejected as a likely mix-up with a field → type map. Iterative, at
 * most 10,000 nodes.
 *
 * @param schema - the `schema` option as given
 * @param option - the option's name in messages (default `schema`)
 * @throws RipenError code `invalid-option`, naming the keyword's path (e.g.
 *   `schema.properties.tags.items.type`) and what is allowed
 */
export function checkJsonSchema(schema: unknown, option = 'schema'): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
    throw invalid(
      option,
      `must be a Standard Schema (zod 4, valibot, arktype…) or a JSON Schema object, e.g. { type: 'object', properties: { city: { type: 'string' } } }; got ${describe(schema)}`,
    );
  const stack: Array<{ node: unknown; path: string }> = [{ node: schema, path: option }];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'boolean') continue;
    if (node === null || typeof node !== 'object' || Array.isArray(node))
      throw invalid(path, `must be a JSON Schema (an object, or true / false); got ${describe(node)}`);
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 0 && !keys.some((key) => KNOWN.has(key))) {
      const looksLikeTypeMap = keys.every((key) => typeof record[key] === 'string' && TYPES.has(record[key] as string));
      throw invalid(
        path,
        looksLikeTypeMap
          ? `is not a JSON Schema: it maps fields to type names. Write { type: 'object', properties: { ${keys
              .slice(0, 2)
              .map((key) => `${JSON.stringify(key)}: { type: '${String(record[key])}' }`)
              .join(', ')} }, required: [${keys
              .slice(0, 2)
              .map((key) => JSON.stringify(key))
              .join(', ')}] }`
          : `has no JSON Schema keyword (type, properties, items, anyOf, enum, $ref …); got the keys ${keys
              .slice(0, 4)
              .map((key) => JSON.stringify(key))
              .join(', ')}`,
      );
    }
    checkKeywords(record, path, stack);
  }
}

function checkKeywords(record: Record<string, unknown>, path: string, stack: Array<{ node: unknown; path: string }>) {
  const type = record.type;
  if (type !== undefined) {
    const list = Array.isArray(type) ? type : [type];
    if (list.length === 0 || !list.every((item) => typeof item === 'string' && TYPES.has(item)))
      throw invalid(
        `${path}.type`,
        `must be 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array', or a list of them; got ${describe(type)}`,
      );
  }
  if (record.required !== undefined) {
    const required = record.required;
    if (!Array.isArray(required) || !required.every((item) => typeof item === 'string'))
      throw invalid(`${path}.required`, `must be a list of property names, e.g. ['city']; got ${describe(required)}`);
  }
  if (record.enum !== undefined && !Array.isArray(record.enum))
    throw invalid(
      `${path}.enum`,
      `must be a list of allowed values, e.g. ['red', 'green']; got ${describe(record.enum)}`,
    );
  if (record.pattern !== undefined) {
    if (typeof record.pattern !== 'string')
      throw invalid(`${path}.pattern`, `must be a regular expression string; got ${describe(record.pattern)}`);
    if (!isRegExp(record.pattern, 'u') && !isRegExp(record.pattern, ''))
      throw invalid(`${path}.pattern`, `is not a valid regular expression: ${JSON.stringify(record.pattern)}`);
  }
  for (const key of COUNTS) {
    const value = record[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0))
      throw invalid(`${path}.${key}`, `must be a non-negative integer; got ${describe(value)}`);
  }
  for (const key of NUMBERS) {
    const value = record[key];
    // OpenAPI 3.0 / draft-04 write exclusiveMinimum / exclusiveMaximum as booleans.
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value)) && typeof value !== 'boolean')
      throw invalid(`${path}.${key}`, `must be a finite number; got ${describe(value)}`);
  }
  if (record.$ref !== undefined && typeof record.$ref !== 'string')
    throw invalid(`${path}.$ref`, `must be a string such as '#/$defs/Item'; got ${describe(record.$ref)}`);
  for (const key of SCHEMA_MAPS) {
    const map = record[key];
    if (map === undefined) continue;
    if (map === null || typeof map !== 'object' || Array.isArray(map))
      throw invalid(`${path}.${key}`, `must be an object of schemas; got ${describe(map)}`);
    for (const [name, child] of Object.entries(map)) stack.push({ node: child, path: `${path}.${key}${member(name)}` });
  }
  for (const key of SCHEMA_LISTS) {
    const list = record[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw invalid(`${path}.${key}`, `must be a list of schemas; got ${describe(list)}`);
    list.forEach((child, index) => {
      stack.push({ node: child, path: `${path}.${key}[${index}]` });
    });
  }
  for (const key of SCHEMA_VALUES) {
    const value = record[key];
    if (value === undefined) continue;
    if (key === 'items' && Array.isArray(value)) {
      value.forEach((child, index) => {
        stack.push({ node: child, path: `${path}.items[${index}]` });
      });
    } else stack.push({ node: value, path: `${path}.${key}` });
  }
}

/** Whether `source` compiles as a regular expression with `flags` (JSON Schema patterns are ECMA-262; with or without `u`). */
function isRegExp(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

const member = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

const invalid = (path: string, message: string): RipenError => new RipenError('invalid-option', `${path} ${message}.`);
