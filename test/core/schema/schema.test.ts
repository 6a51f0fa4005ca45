import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as v from 'valibot';
import { toStandardJsonSchema } from '@valibot/to-json-schema';
import {
  applyFieldPolicies,
  createSchemaSkeleton,
  toJsonSchema,
  validateNode,
} from '../../../src/core/schema/index.js';
import type { FieldStatus } from '../../../src/core/json/types.js';

const productZod = z.object({
  title: z.string().meta({ title: 'Title' }),
  price: z.number(),
  tags: z.array(z.string()).min(4),
  rows: z.array(z.object({ id: z.number(), name: z.string() })),
});

describe('schema skeleton', () => {
  it('lays out a zod 4 schema before any byte', () => {
    const skeleton = createSchemaSkeleton(toJsonSchema(productZod)!);
    expect(skeleton).toMatchObject({
      kind: 'object',
      fields: [
        { key: 'title', label: 'Title', required: true, skeleton: { kind: 'string' } },
        { key: 'price', label: 'price', required: true, skeleton: { kind: 'number' } },
        { key: 'tags', skeleton: { kind: 'array', expectedItems: 4, item: { kind: 'string' } } },
        {
          key: 'rows',
          skeleton: {
            kind: 'array',
            expectedItems: 3,
            item: { kind: 'object', fields: [{ key: 'id' }, { key: 'name' }] },
          },
        },
      ],
    });
  });

  it('lays out a valibot schema (through @valibot/to-json-schema) the same way', () => {
    const schema = toStandardJsonSchema(
      v.object({ title: v.string(), rows: v.pipe(v.array(v.object({ id: v.number() })), v.minLength(2)) }),
    );
    const skeleton = createSchemaSkeleton(toJsonSchema(schema)!);
    expect(skeleton).toMatchObject({
      kind: 'object',
      fields: [
        { key: 'title', skeleton: { kind: 'string' } },
        {
          key: 'rows',
          skeleton: { kind: 'array', item: { kind: 'object', fields: [{ key: 'id', skeleton: { kind: 'number' } }] } },
        },
      ],
    });
  });

  it('terminates on recursive $ref schemas and unwraps nullable unions', () => {
    const schema = {
      $defs: {
        node: {
          type: 'object',
          properties: {
            name: { anyOf: [{ type: 'string' }, { type: 'null' }] },
            children: { type: 'array', items: { $ref: '#/$defs/node' } },
          },
        },
      },
      $ref: '#/$defs/node',
    };
    const skeleton = createSchemaSkeleton(schema, { maxDepth: 4 });
    expect(skeleton).toMatchObject({
      kind: 'object',
      fields: [
        { key: 'name', skeleton: { kind: 'string' } },
        { key: 'children', skeleton: { kind: 'array' } },
      ],
    });
    let depth = 0;
    let node: unknown = skeleton;
    while ((node as { kind: string }).kind === 'object') {
      depth++;
      const children = (node as { fields: { skeleton: { kind: string; item?: unknown } }[] }).fields[1]!.skeleton;
      node = children.kind === 'array' ? children.item : children;
    }
    // objects at depths 0, 2 and 4; the array at depth 5 is past maxDepth
    expect(depth).toBe(3);
    expect(node).toEqual({ kind: 'unknown' });
  });
});

describe('validateNode (own keywords of one completed node)', () => {
  const root = toJsonSchema(productZod)!;
  it('reports type, required, minItems and enum problems with the pointer', () => {
    expect(validateNode('12', root.properties!.price, root, '/price')).toEqual([
      { pointer: '/price', keyword: 'type', message: 'expected number, got string' },
    ]);
    expect(validateNode({ title: 'x' }, root, root, '')).toEqual([
      { pointer: '', keyword: 'required', message: 'is missing the required field "price"' },
      { pointer: '', keyword: 'required', message: 'is missing the required field "tags"' },
      { pointer: '', keyword: 'required', message: 'is missing the required field "rows"' },
    ]);
    expect(validateNode(['a'], root.properties!.tags, root, '/tags').map((issue) => issue.keyword)).toEqual([
      'minItems',
    ]);
    expect(validateNode('purple', { enum: ['red', 'green'] }, {}, '/color')[0]?.keyword).toBe('enum');
    expect(validateNode(3, { type: 'integer', minimum: 5 }, {}, '/n')[0]?.keyword).toBe('minimum');
  });
  it('does not descend into children and accepts valid nodes', () => {
    expect(
      validateNode({ title: 'x', price: 1, tags: [], rows: [{ id: 'not checked here' }] }, root, root, ''),
    ).toEqual([]);
    expect(validateNode(3, { type: 'number' }, {}, '/n')).toEqual([]);
  });
});

describe('applyFieldPolicies', () => {
  const statusTable =
    (table: Record<string, FieldStatus>) =>
    (pointer: string): FieldStatus =>
      table[pointer] ?? 'absent';

  it('returns the value itself when there is nothing to hold back', () => {
    const value = { a: 'x' };
    expect(applyFieldPolicies(value, statusTable({ '': 'streaming' }), undefined)).toBe(value);
  });

  it('holds back atomic and whenComplete nodes until complete, keeping identity of the rest', () => {
    const tags = ['a', 'b'];
    const value = { url: 'https://exa', tags, rows: [{ id: 1 }, { id: 2, name: 'pa' }] };
    const status = statusTable({
      '': 'streaming',
      '/url': 'streaming',
      '/tags': 'complete',
      '/rows': 'streaming',
      '/rows/0': 'complete',
      '/rows/1': 'streaming',
      '/rows/1/id': 'complete',
      '/rows/1/name': 'streaming',
    });
    const shown = applyFieldPolicies(value, status, { '/url': 'atomic', '/rows/*': 'whenComplete' }) as typeof value;
    expect(shown).toEqual({ tags: ['a', 'b'], rows: [{ id: 1 }] });
    expect(shown.tags).toBe(tags);
    expect(shown.rows[0]).toBe(value.rows[0]);
  });

  it('perElement shows only the complete elements of an open array', () => {
    const value = { items: ['done', 'grow'] };
    const status = statusTable({
      '': 'streaming',
      '/items': 'streaming',
      '/items/0': 'complete',
      '/items/1': 'streaming',
    });
    expect(applyFieldPolicies(value, status, { '/items': 'perElement' })).toEqual({ items: ['done'] });
  });

  it('reads x-ripen-policy from the schema and keeps __proto__ as plain data', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"id":"ab"}');
    const status = statusTable({ '': 'streaming', '/__proto__': 'complete', '/id': 'streaming' });
    const shown = applyFieldPolicies(value, status, undefined, {
      type: 'object',
      properties: { id: { type: 'string', 'x-ripen-policy': 'atomic' } },
    }) as Record<string, unknown>;
    expect(Object.keys(shown)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(shown)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('validateJsonSchema and createJsonSchemaValidator', () => {
  it('walks the whole value and reports every issue by pointer', async () => {
    const { validateJsonSchema, createJsonSchemaValidator } = await import('../../../src/core/schema/index.js');
    const schema = {
      type: 'object',
      required: ['rows'],
      additionalProperties: false,
      properties: {
        rows: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'integer' }, 'a/b': { type: 'string' } },
          },
        },
      },
    };
    const value = { rows: [{ id: 1 }, { id: 'two' }, { 'a/b': 3 }], extra: true };
    expect(validateJsonSchema(value, schema).map((issue) => [issue.pointer, issue.keyword])).toEqual([
      ['', 'additionalProperties'],
      ['/rows/1/id', 'type'],
      ['/rows/2', 'required'],
      ['/rows/2/a~1b', 'type'],
    ]);
    const validator = createJsonSchemaValidator<{ rows: unknown[] }>(schema);
    const result = validator['~standard'].validate(value) as unknown as { issues: { path: PropertyKey[] }[] };
    expect(result.issues.map((issue) => issue.path)).toEqual([
      [],
      ['rows', '1', 'id'],
      ['rows', '2'],
      ['rows', '2', 'a/b'],
    ]);
    expect(validator['~standard'].validate({ rows: [] })).toEqual({ value: { rows: [] } });
    expect(validator['~standard'].jsonSchema.output({ target: 'draft-2020-12' })).toEqual(schema);
  });

  it('bounds depth without recursion', async () => {
    const { validateJsonSchema } = await import('../../../src/core/schema/index.js');
    let value: unknown = 1;
    for (let index = 0; index < 100; index++) value = [value];
    const schema: Record<string, unknown> = {
      $defs: { nested: { type: 'array', items: { $ref: '#/$defs/nested' } } },
      $ref: '#/$defs/nested',
    };
    const issues = validateJsonSchema(value, schema);
    expect(issues.some((issue) => issue.keyword === 'depth')).toBe(true);
  });
});
