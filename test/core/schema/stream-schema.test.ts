import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { readCorpusBytes } from '../../../scripts/shared-folder.mjs';
import { isRipenError } from '../../../src/core/errors/ripen-error.js';
import type { SchemaInput } from '../../../src/core/schema/index.js';
import { createJsonStream } from '../../../src/core/stream/index.js';
import type { JsonStreamOptions, JsonStreamState } from '../../../src/core/stream/index.js';

// A real recorded OpenAI Chat stream (JSON mode) of a nested weather object.
const WEATHER = 'sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse';

function body(): ReadableStream<Uint8Array> {
  const bytes = readCorpusBytes(WEATHER);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 23));
      offset += 23;
    },
  });
}

function run<T>(options: Omit<JsonStreamOptions<T>, 'source'>): Promise<JsonStreamState<T>> {
  const stream = createJsonStream<T>({ source: body(), provider: 'openai-chat', throttle: false, ...options });
  return new Promise((resolve) => {
    stream.subscribe(() => {
      const state = stream.getSnapshot();
      if (['complete', 'truncated', 'aborted', 'error'].includes(state.status)) resolve(state);
    });
    stream.start();
  });
}

describe('createJsonStream with schemas as the library means them', () => {
  it('extra keys stripped, defaults and transforms applied: valid, output is the library result, value the raw JSON', async () => {
    const schema = z.object({
      location: z.string(),
      weather: z.object({ temperature: z.string().transform((text) => Number.parseInt(text, 10)) }),
      units: z.enum(['metric', 'imperial']).default('metric'),
    });
    const state = await run({ schema });
    expect(state.status).toBe('complete');
    expect(state.valid).toBe(true);
    expect(state.validation).toEqual({ status: 'valid', issues: [], warnings: [] });
    expect(state.output).toEqual({ location: 'San Francisco, CA', weather: { temperature: 18 }, units: 'metric' });
    expect(state.value).toMatchObject({ weather: { temperature: '18°C', humidity: '72%' } });
    expect(state.fieldStatus('/weather/humidity')).toBe('complete');
  });

  it('a schema with z.date() neither throws at creation nor at the end; a warning, then the library verdict', async () => {
    const schema = z.object({ location: z.string(), checkedAt: z.date().optional() });
    const stream = createJsonStream({ source: body(), provider: 'openai-chat', schema, throttle: false });
    expect(stream.getSnapshot().validation.warnings).toEqual([
      expect.objectContaining({ code: 'schema-not-convertible', pointer: '/checkedAt' }),
    ]);
    expect(stream.getSnapshot().skeleton).toMatchObject({ kind: 'object', fields: [{ key: 'location' }, {}] });
    const state = await run({ schema });
    expect(state.status).toBe('complete');
    expect(state.valid).toBe(true);
    expect(state.output).toEqual({ location: 'San Francisco, CA' });
  });

  const failing = (mode: 'sync' | 'async'): SchemaInput => ({
    '~standard': {
      version: 1,
      vendor: 'test',
      validate: () => {
        if (mode === 'sync') throw new Error('validator crashed');
        return Promise.reject(new Error('validator crashed later'));
      },
    },
  });

  for (const mode of ['sync', 'async'] as const) {
    it(`a validate that ${mode === 'sync' ? 'throws' : 'rejects'} ends the stream with schema-error, value kept`, async () => {
      const errors: string[] = [];
      const state = await run({ schema: failing(mode), onError: (error) => errors.push(error.code) });
      expect(state.status).toBe('error');
      expect(state.error?.code).toBe('schema-error');
      expect(state.error?.message).toBe(
        `The schema's validate function failed: ${mode === 'sync' ? 'validator crashed' : 'validator crashed later'}`,
      );
      expect(errors).toEqual(['schema-error']);
      expect(state.valid).toBe(false);
      expect(state.output).toBeUndefined();
      expect(state.value).toMatchObject({ location: 'San Francisco, CA' });
    });
  }

  it.each([
    ['42', 42, /schema must be a Standard Schema/],
    ['{ enum: 5 }', { enum: 5 }, /schema\.enum must be a list of allowed values/],
    ["{ city: 'string' }", { city: 'string' }, /schema is not a JSON Schema: it maps fields to type names/],
  ])('schema: %s throws invalid-option from createJsonStream', (_name, schema, message) => {
    let caught: unknown;
    try {
      createJsonStream({ source: body(), provider: 'openai-chat', schema: schema as SchemaInput });
    } catch (error) {
      caught = error;
    }
    expect(isRipenError(caught) && caught.code).toBe('invalid-option');
    expect((caught as Error).message).toMatch(message);
  });
});

describe('types: valid narrows output to the schema output type', () => {
  it('value is the raw input type, output the library output type once valid', async () => {
    const schema = z.object({ location: z.string(), visits: z.string().transform((text) => text.length) });
    const stream = createJsonStream({ source: body(), provider: 'openai-chat', schema, throttle: false });
    const state = stream.getSnapshot();
    expectTypeOf(state.value).toEqualTypeOf<{ location: string; visits: string } | undefined>();
    if (state.valid) expectTypeOf(state.output).toEqualTypeOf<{ location: string; visits: number }>();
    else expectTypeOf(state.output).toEqualTypeOf<undefined>();
    expect(state.valid).toBe(false);
    expect(state.output).toBeUndefined();
  });
});
