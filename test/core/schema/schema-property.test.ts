import fc from 'fast-check';
import { toStandardJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createJsonParser } from '../../../src/core/json/index.js';
import { createSchemaValidation } from '../../../src/core/schema/create-schema-validation.js';
import type { SchemaInput } from '../../../src/core/schema/index.js';

// Schemas shaped like the recorded weather answer (corpus sse/openai-chat/…nested-weather), with
// the features where a JSON Schema reading and the library's own could disagree: defaults,
// stripped keys, enums, integer bounds, minimum lengths, nullable, unions.
const zodSchema = z.object({
  location: z.string().min(1),
  weather: z
    .object({ temperature: z.number(), condition: z.enum(['sunny', 'cloudy', 'rain']), note: z.string().nullable() })
    .partial({ note: true }),
  forecast: z.array(z.object({ day: z.string(), high: z.number().int().min(-50).max(60) })).min(1),
  units: z.enum(['metric', 'imperial']).default('metric'),
  source: z.union([z.string(), z.number()]).optional(),
});

const valibotSchema = toStandardJsonSchema(
  v.object({
    location: v.pipe(v.string(), v.minLength(1)),
    weather: v.object({
      temperature: v.number(),
      condition: v.picklist(['sunny', 'cloudy', 'rain']),
      note: v.optional(v.nullable(v.string())),
    }),
    forecast: v.pipe(
      v.array(v.object({ day: v.string(), high: v.pipe(v.number(), v.integer(), v.minValue(-50), v.maxValue(60)) })),
      v.minLength(1),
    ),
    units: v.optional(v.picklist(['metric', 'imperial']), 'metric'),
    source: v.optional(v.union([v.string(), v.number()])),
  }),
);

/** Documents near the schema: each field right, wrong-typed, out of range or missing; extra keys. */
const scalar = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -100, max: 100 }),
  fc.boolean(),
  fc.constant(null),
);
const document = fc.record(
  {
    location: fc.oneof(fc.constantFrom('Paris', ''), scalar),
    weather: fc.oneof(
      fc.record(
        {
          temperature: fc.oneof(fc.integer({ min: -30, max: 40 }), scalar),
          condition: fc.oneof(fc.constantFrom('sunny', 'cloudy', 'rain', 'snow'), scalar),
          note: fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null), scalar),
          gusts: scalar,
        },
        { requiredKeys: [] },
      ),
      scalar,
    ),
    forecast: fc.oneof(
      fc.array(
        fc.record(
          {
            day: fc.oneof(fc.constantFrom('Mon', 'Tue'), scalar),
            high: fc.oneof(fc.integer({ min: -80, max: 80 }), fc.double({ min: -1, max: 1, noNaN: true }), scalar),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      scalar,
    ),
    units: fc.oneof(fc.constantFrom('metric', 'imperial', 'kelvin'), scalar),
    source: scalar,
    model: scalar,
  },
  { requiredKeys: [] },
);

/** Documents the schema accepts, with an extra key (stripped) and `units` often left to its default. */
const validDocument = fc.record(
  {
    location: fc.constantFrom('Paris', 'San Francisco, CA'),
    weather: fc.record({
      temperature: fc.integer({ min: -30, max: 40 }),
      condition: fc.constantFrom('sunny', 'cloudy', 'rain'),
    }),
    forecast: fc.array(fc.record({ day: fc.constantFrom('Mon', 'Tue'), high: fc.integer({ min: -50, max: 60 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    units: fc.constantFrom('metric', 'imperial'),
    model: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: ['location', 'weather', 'forecast'] },
);

/** Streams `text` in chunks, collecting the issue pointers reported before the end. */
async function run(schema: SchemaInput, text: string, cuts: number[]) {
  const validation = createSchemaValidation(schema);
  const parser = createJsonParser();
  let offset = 0;
  for (const cut of [...cuts, text.length]) {
    const end = Math.min(text.length, Math.max(offset, cut));
    parser.push(text.slice(offset, end));
    offset = end;
    const snapshot = parser.snapshot();
    validation.checkCompleted(snapshot.value, snapshot.completed);
  }
  parser.end();
  const final = parser.snapshot();
  validation.checkCompleted(final.value, final.completed);
  const whileStreaming = validation.state().issues.map((issue) => issue.pointer);
  await validation.finish(final.value);
  return { whileStreaming, final: validation.state(), output: validation.output(), value: final.value };
}

describe.each([
  ['zod', zodSchema as SchemaInput],
  ['valibot', valibotSchema as SchemaInput],
])('%s: progressive checks report only what the library reports', (_name, schema) => {
  it('every node flagged while streaming is flagged by the library at the end (itself or below it); validity is the library’s', async () => {
    let validRuns = 0;
    let invalidRuns = 0;
    let flaggedRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(document, validDocument),
        fc.array(fc.nat({ max: 400 }), { maxLength: 6 }),
        async (doc, cuts) => {
          const text = JSON.stringify(doc);
          const { whileStreaming, final, output, value } = await run(
            schema,
            text,
            cuts.sort((a, b) => a - b),
          );
          const library = await (schema as { '~standard': { validate: (value: unknown) => unknown } })[
            '~standard'
          ].validate(JSON.parse(text));
          const libraryIssues = (library as { issues?: unknown[] }).issues;
          expect(final.status).toBe(libraryIssues ? 'invalid' : 'valid');
          if (libraryIssues) invalidRuns++;
          else validRuns++;
          if (whileStreaming.length > 0) flaggedRuns++;
          const finalPointers = final.issues.map((issue) => issue.pointer);
          for (const pointer of whileStreaming)
            expect(
              finalPointers.some((found) => found === pointer || found.startsWith(`${pointer}/`)),
              `${pointer} flagged while streaming, the library says ${JSON.stringify(finalPointers)} for ${text}`,
            ).toBe(true);
          if (!libraryIssues) expect(output).toEqual((library as { value: unknown }).value);
          expect(value).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 400 },
    );
    // Both verdicts and live problems were exercised.
    expect(validRuns).toBeGreaterThan(40);
    expect(invalidRuns).toBeGreaterThan(40);
    expect(flaggedRuns).toBeGreaterThan(40);
  });
});
