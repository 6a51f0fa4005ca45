import { toStandardJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readCorpusText } from '../../../scripts/shared-folder.mjs';
import { isRipenError } from '../../../src/core/errors/ripen-error.js';
import { createJsonParser } from '../../../src/core/json/index.js';
import type { SchemaInput } from '../../../src/core/schema/index.js';
import { compileSchema } from '../../../src/core/schema/index.js';
import { createSchemaValidation } from '../../../src/core/schema/create-schema-validation.js';

const WEATHER = 'sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.expected.json';
const weatherText = readCorpusText(WEATHER);
const weather = JSON.parse(weatherText) as {
  location: string;
  weather: Record<string, string>;
  forecast: { day: string; high: string; low: string; condition: string }[];
};

/** Streams `text` one character at a time through the parser into a schema validation. */
async function stream(schema: SchemaInput, text: string) {
  const validation = createSchemaValidation(schema);
  const parser = createJsonParser();
  const seenWhileStreaming: string[] = [];
  for (const character of text) {
    parser.push(character);
    const snapshot = parser.snapshot();
    validation.checkCompleted(snapshot.value, snapshot.completed);
    for (const issue of validation.state().issues) seenWhileStreaming.push(`${issue.pointer} ${issue.keyword}`);
  }
  parser.end();
  const final = parser.snapshot();
  validation.checkCompleted(final.value, final.completed);
  await validation.finish(final.value);
  return { validation, value: final.value, seenWhileStreaming: [...new Set(seenWhileStreaming)] };
}

const celsius = z.string().transform((text) => Number.parseInt(text, 10));

describe("schemas judged by the library's own rules (real model output)", () => {
  it('an extra key the library strips is no problem; output is the library result', async () => {
    const schema = z.object({
      location: z.string(),
      weather: z.object({ temperature: celsius, condition: z.string() }), // humidity, windSpeed … stripped
      forecast: z.array(z.object({ day: z.string(), high: celsius, low: celsius })),
      units: z.string().default('metric'),
    });
    const { validation, value, seenWhileStreaming } = await stream(schema, weatherText);
    expect(seenWhileStreaming).toEqual([]);
    expect(validation.state()).toEqual({ status: 'valid', issues: [], warnings: [] });
    expect(validation.output()).toEqual({
      location: 'San Francisco, CA',
      weather: { temperature: 18, condition: 'Partly Cloudy' },
      forecast: [
        { day: 'Monday', high: 20, low: 14 },
        { day: 'Tuesday', high: 19, low: 15 },
        { day: 'Wednesday', high: 18, low: 14 },
      ],
      units: 'metric',
    });
    // value stays the raw streamed JSON
    expect(value).toEqual(weather);
  });

  it('a strict object (zod strictObject) does report the extra key, as zod does', async () => {
    const schema = z.strictObject({ location: z.string(), weather: z.unknown(), forecast: z.unknown() });
    const { validation } = await stream(schema, weatherText.replace('"location"', '"source": "model", "location"'));
    expect(validation.state().status).toBe('invalid');
    expect(validation.state().issues).toEqual([
      { pointer: '', keyword: 'standard-schema', message: 'Unrecognized key: "source"' },
    ]);
  });

  it('z.coerce fields are not type-checked while streaming; the output is coerced', async () => {
    const schema = z.object({ id: z.coerce.number(), name: z.string() });
    const { validation, seenWhileStreaming } = await stream(schema, '{"id": "12", "name": "Ada"}');
    expect(seenWhileStreaming).toEqual([]);
    expect(validation.state().status).toBe('valid');
    expect(validation.output()).toEqual({ id: 12, name: 'Ada' });
  });

  it('.catch() and z.preprocess() accept anything, missing included, as zod does', async () => {
    const schema = z.object({
      id: z.preprocess((input) => Number(input), z.number()),
      rating: z.number().catch(0),
      name: z.string(),
    });
    const compiled = compileSchema(schema);
    // Whether a preprocessed field may be missing depends on the function: left to the final verdict.
    expect(compiled.jsonSchema?.required).toEqual(['name']);
    const { validation, seenWhileStreaming } = await stream(schema, '{"id": "12", "name": "Ada"}');
    expect(seenWhileStreaming).toEqual([]);
    expect(validation.output()).toEqual({ id: 12, rating: 0, name: 'Ada' });
  });

  it('a union: a node is checked against every variant it may belong to, as zod does', async () => {
    const shape = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('circle'), size: z.number() }),
      z.object({ kind: z.literal('label'), size: z.string() }),
    ]);
    const schema = z.object({ shapes: z.array(shape), counts: z.record(z.string(), z.number()) });
    const text =
      '{"shapes": [{"kind": "circle", "size": 2}, {"kind": "label", "size": "XL"}], "counts": {"a": 1, "b": "2"}}';
    const { validation, seenWhileStreaming } = await stream(schema, text);
    // Neither size is a problem (each fits a variant); the record value "2" is one, found while streaming.
    expect(seenWhileStreaming).toEqual(['/counts/b type']);
    expect(validation.state().issues).toEqual([
      { pointer: '/counts/b', keyword: 'standard-schema', message: 'Invalid input: expected number, received string' },
    ]);
  });

  it('each problem is reported once, by pointer: progressive first, then exactly the library issues', async () => {
    const schema = z.object({
      location: z.string(),
      weather: z.object({ temperature: z.number() }),
      forecast: z.array(z.object({ day: z.string() })).min(4),
    });
    const { validation, seenWhileStreaming } = await stream(schema, weatherText);
    expect(seenWhileStreaming).toEqual(['/weather/temperature type', '/forecast minItems']);
    const { status, issues } = validation.state();
    expect(status).toBe('invalid');
    expect(issues).toEqual([
      {
        pointer: '/weather/temperature',
        keyword: 'standard-schema',
        message: 'Invalid input: expected number, received string',
      },
      { pointer: '/forecast', keyword: 'standard-schema', message: 'Too small: expected array to have >=4 items' },
    ]);
    expect(validation.isInvalid('/weather/temperature')).toBe(true);
    expect(validation.isInvalid('/weather')).toBe(false);
    expect(validation.output()).toBeUndefined();
  });

  it('valibot through toStandardJsonSchema: the same verdicts', async () => {
    const schema = toStandardJsonSchema(
      v.object({
        location: v.string(),
        forecast: v.pipe(
          v.array(
            v.object({
              day: v.string(),
              high: v.pipe(
                v.string(),
                v.transform((t) => Number.parseInt(t, 10)),
              ),
            }),
          ),
          v.minLength(3),
        ),
        units: v.optional(v.string(), 'metric'),
      }),
    );
    const compiled = compileSchema(schema);
    expect(compiled.skeleton).toMatchObject({
      kind: 'object',
      fields: [
        { key: 'location', required: true },
        { key: 'forecast', skeleton: { kind: 'array', expectedItems: 3 } },
        { key: 'units', required: false },
      ],
    });
    const { validation, seenWhileStreaming } = await stream(schema, weatherText);
    expect(seenWhileStreaming).toEqual([]);
    expect(validation.state().status).toBe('valid');
    const output = validation.output() as { forecast: unknown[]; units: string };
    expect(output.forecast.map((item) => (item as { high: number }).high)).toEqual([20, 19, 18]);
    expect(output.forecast[0]).toEqual({ day: 'Monday', high: 20 });
    expect(output.units).toBe('metric');
  });
});

describe('schemas that cannot be converted degrade', () => {
  it('zod z.date() and z.bigint(): no checks there, a warning each with its pointer, final validation runs', async () => {
    const schema = z.object({
      location: z.string(),
      forecast: z.array(z.object({ day: z.string(), due: z.date().optional() })),
      count: z.bigint().optional(),
    });
    const compiled = compileSchema(schema);
    expect(compiled.warnings.map((warning) => [warning.code, warning.pointer])).toEqual([
      ['schema-not-convertible', '/forecast/*/due'],
      ['schema-not-convertible', '/count'],
    ]);
    expect(compiled.warnings[0]!.message).toMatch(/Date cannot be represented in JSON Schema/);
    expect(compiled.skeleton).toMatchObject({
      kind: 'object',
      fields: [{ key: 'location' }, { key: 'forecast', skeleton: { kind: 'array', item: { kind: 'object' } } }, {}],
    });
    expect(compiled.checkNode('/forecast/0/due', 'Monday')).toEqual([]);
    const { validation } = await stream(schema, weatherText);
    expect(validation.state()).toMatchObject({ status: 'valid', warnings: compiled.warnings });
  });

  it('zod z.date() at the root of a field the model fills: the library says it is invalid', async () => {
    const schema = z.object({ location: z.date() });
    const { validation } = await stream(schema, weatherText);
    expect(validation.state().issues).toEqual([
      { pointer: '/location', keyword: 'standard-schema', message: 'Invalid input: expected date, received string' },
    ]);
  });

  it('valibot v.date(): a warning, the rest converts; a v.check() refinement is no warning', () => {
    const compiled = compileSchema(
      toStandardJsonSchema(
        v.object({
          title: v.pipe(
            v.string(),
            v.check((text) => text.length > 2),
          ),
          due: v.date(),
        }),
      ),
    );
    expect(compiled.warnings).toHaveLength(1);
    expect(compiled.jsonSchema?.properties?.title).toEqual({ type: 'string' });
    expect(compiled.jsonSchema?.properties?.due).toEqual({});
    expect(compiled.warnings[0]!.message).toMatch(/"date" schema cannot be converted/);
    expect(compiled.skeleton).toMatchObject({ kind: 'object', fields: [{ key: 'title' }, { key: 'due' }] });
  });

  it('a Standard Schema without a JSON Schema form: no skeleton, a hint, final validation still runs', async () => {
    const compiled = compileSchema(v.object({ location: v.string() }));
    expect(compiled.skeleton).toBeUndefined();
    expect(compiled.warnings[0]!.message).toMatch(/toStandardJsonSchema from @valibot\/to-json-schema/);
    const { validation } = await stream(v.object({ location: v.number() }), weatherText);
    expect(validation.state().issues).toEqual([
      {
        pointer: '/location',
        keyword: 'standard-schema',
        message: 'Invalid type: Expected number but received "San Francisco, CA"',
      },
    ]);
  });
});

describe('a validate that fails', () => {
  const throwing = (mode: 'sync' | 'async'): SchemaInput => ({
    '~standard': {
      version: 1,
      vendor: 'test',
      validate: () => {
        if (mode === 'sync') throw new Error('validator crashed');
        return Promise.reject(new Error('validator crashed later'));
      },
    },
  });

  it('throwing synchronously gives schema-error from finish', () => {
    const validation = createSchemaValidation(throwing('sync'));
    let caught: unknown;
    try {
      validation.finish({});
    } catch (error) {
      caught = error;
    }
    expect(isRipenError(caught) && caught.code).toBe('schema-error');
    expect((caught as Error).message).toBe("The schema's validate function failed: validator crashed");
    expect(validation.state().status).toBe('pending');
  });

  it('rejecting gives a schema-error rejection (handled by the caller, never unhandled)', async () => {
    const validation = createSchemaValidation(throwing('async'));
    await expect(validation.finish({})).rejects.toMatchObject({
      code: 'schema-error',
      message: "The schema's validate function failed: validator crashed later",
    });
  });

  it('a validate that returns null is a schema-error, not a crash', () => {
    const schema: SchemaInput = { '~standard': { version: 1, vendor: 'test', validate: () => null as never } };
    expect(() => createSchemaValidation(schema).finish({})).toThrow(
      "The schema's validate function failed: validate returned null, not a Standard Schema result",
    );
  });

  it('an async validate that resolves is awaited', async () => {
    const schema: SchemaInput = {
      '~standard': { version: 1, vendor: 'test', validate: async (value) => ({ value: { wrapped: value } }) },
    };
    const validation = createSchemaValidation(schema);
    const pending = validation.finish(1);
    expect(validation.state().status).toBe('pending');
    await pending;
    expect(validation.state().status).toBe('valid');
    expect(validation.output()).toEqual({ wrapped: 1 });
  });
});

describe('a schema option that is not a schema throws invalid-option at creation', () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'a number',
      42,
      /^schema must be a Standard Schema \(zod 4, valibot, arktype…\) or a JSON Schema object.*got 42\.$/,
    ],
    ['null', null, /got null/],
    [
      'an enum that is not a list',
      { enum: 5 },
      /^schema\.enum must be a list of allowed values, e\.g\. \['red', 'green'\]; got 5\.$/,
    ],
    [
      'a field → type map',
      { city: 'string' },
      /^schema is not a JSON Schema: it maps fields to type names\. Write \{ type: 'object', properties: \{ "city": \{ type: 'string' \} \}, required: \["city"\] \}\.$/,
    ],
    [
      'a misspelt type',
      { type: 'object', properties: { n: { type: 'integr' } } },
      /^schema\.properties\.n\.type must be 'string' \| 'number'/,
    ],
    [
      'required as a string',
      { type: 'object', required: 'city' },
      /^schema\.required must be a list of property names/,
    ],
    [
      'properties as a list',
      { properties: [{ type: 'string' }] },
      /^schema\.properties must be an object of schemas; got an array\.$/,
    ],
    ['a bad pattern', { type: 'string', pattern: '(' }, /^schema\.pattern is not a valid regular expression/],
    [
      'a negative minItems',
      { type: 'array', minItems: -1 },
      /^schema\.minItems must be a non-negative integer; got -1\.$/,
    ],
    ['anyOf with a string', { anyOf: ['string'] }, /^schema\.anyOf\[0\] must be a JSON Schema/],
    ['~standard without validate', { '~standard': { version: 1, vendor: 'x' } }, /must have a validate function/],
  ];
  for (const [name, schema, message] of cases) {
    it(name, () => {
      let caught: unknown;
      try {
        compileSchema(schema as SchemaInput);
      } catch (error) {
        caught = error;
      }
      expect(isRipenError(caught) && caught.code).toBe('invalid-option');
      expect((caught as Error).message).toMatch(message);
    });
  }

  it('accepts real JSON Schemas: {}, booleans below the root, $defs/$ref, OpenAPI nullable', () => {
    expect(compileSchema({}).warnings).toEqual([]);
    expect(() =>
      compileSchema({
        $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' }, any: true, never: false } } },
        $ref: '#/$defs/node',
      } as unknown as SchemaInput),
    ).not.toThrow();
    expect(() =>
      compileSchema({ type: 'string', nullable: true, exclusiveMinimum: true } as unknown as SchemaInput),
    ).not.toThrow();
    expect(() => compileSchema(z.toJSONSchema(z.object({ a: z.string() })) as SchemaInput)).not.toThrow();
    // A pattern valid without the u flag only (an identity escape) is still a pattern.
    const underscored = compileSchema({ type: 'string', pattern: '^\\_[a-z]+$' });
    expect(underscored.checkNode('', '_ok')).toEqual([]);
    expect(underscored.checkNode('', 'no')).toEqual([
      { pointer: '', keyword: 'pattern', message: 'must match ^\\_[a-z]+$' },
    ]);
  });
});

describe('a plain JSON Schema is judged by JSON Schema', () => {
  it('reports an unknown key under additionalProperties: false once, and the output is the value', async () => {
    const schema = {
      type: 'object',
      properties: { location: { type: 'string' }, weather: { type: 'object' }, forecast: { type: 'array' } },
      required: ['location'],
      additionalProperties: false,
    };
    const extra = weatherText.replace('"location"', '"source": "model", "location"');
    const { validation, seenWhileStreaming } = await stream(schema, extra);
    expect(seenWhileStreaming).toEqual([' additionalProperties']);
    expect(validation.state().issues).toEqual([
      { pointer: '', keyword: 'additionalProperties', message: 'has the unknown field "source"' },
    ]);
    const ok = await stream(schema, weatherText);
    expect(ok.validation.state().status).toBe('valid');
    expect(ok.validation.output()).toEqual(weather);
  });

  it('boolean sub-schemas: true allows anything, false nothing', async () => {
    const schema = { type: 'object', properties: { location: true, weather: false } } as unknown as SchemaInput;
    const { validation } = await stream(schema, weatherText);
    expect(validation.state().issues).toEqual([
      { pointer: '/weather', keyword: 'false', message: 'is not allowed here' },
    ]);
  });

  it('a tuple (zod z.tuple: prefixItems and items: false) is laid out by its first item', () => {
    const compiled = compileSchema(z.object({ point: z.tuple([z.number(), z.number()]) }));
    expect(compiled.skeleton).toMatchObject({
      kind: 'object',
      fields: [{ key: 'point', skeleton: { kind: 'array', expectedItems: 2, item: { kind: 'number' } } }],
    });
    expect(compiled.checkNode('/point/2', 3)).toEqual([
      { pointer: '/point/2', keyword: 'false', message: 'is not allowed here' },
    ]);
  });

  it('no schema: status none, output is the final value', async () => {
    const validation = createSchemaValidation(undefined);
    validation.finish(weather);
    expect(validation.state()).toEqual({ status: 'none', issues: [], warnings: [] });
    expect(validation.output()).toBe(weather);
  });
});
