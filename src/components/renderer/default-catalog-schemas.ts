import type { JsonSchema } from '../../core/schema/json-schema.js';

const text: JsonSchema = { type: 'string', maxLength: 100_000 };
const scalar: JsonSchema = { type: ['string', 'number', 'boolean', 'null'] };

/** JSON Schemas of the built-in catalog entries' props (also used to validate them). */
export const DEFAULT_SCHEMAS = {
  card: {
    type: 'object',
    description: 'Any object; title/subtitle/badge/body/image/actions have special places.',
    properties: {
      title: text,
      subtitle: text,
      badge: text,
      body: text,
      image: { anyOf: [text, { type: 'object', properties: { src: text, alt: text } }] },
      actions: {
        type: 'array',
        maxItems: 8,
        items: { type: 'object', required: ['label'], properties: { id: text, label: text, value: scalar, url: text } },
      },
    },
  },
  table: {
    type: 'object',
    required: ['rows'],
    properties: {
      caption: text,
      columns: {
        type: 'array',
        items: {
          type: 'object',
          required: ['key'],
          properties: { key: text, label: text, numeric: { type: 'boolean' } },
          additionalProperties: false,
        },
      },
      rows: { type: 'array', items: { type: 'object' } },
    },
  },
  chart: {
    type: 'object',
    properties: {
      kind: { enum: ['line', 'bar', 'area', 'scatter', 'pie', 'donut'] },
      title: text,
      series: {
        type: 'array',
        items: { type: 'object', required: ['data'], properties: { name: text, data: { type: 'array' } } },
      },
      data: { type: 'array', items: { type: ['object', 'number'] } },
    },
  },
  list: { type: 'object', required: ['items'], properties: { items: { type: 'array' }, ordered: { type: 'boolean' } } },
  'key-value': { type: 'object', required: ['data'], properties: { data: { type: 'object' } } },
  metric: {
    type: 'object',
    required: ['value'],
    properties: {
      label: text,
      value: { type: ['number', 'string'] },
      delta: { type: ['number', 'string'] },
      unit: text,
    },
  },
  text: { type: 'object', required: ['text'], properties: { text } },
  'agent-steps': { type: 'object', required: ['steps'], properties: { steps: { type: 'array' } } },
  stack: {
    type: 'object',
    properties: { direction: { enum: ['vertical', 'horizontal'] } },
    additionalProperties: false,
  },
} satisfies Record<string, JsonSchema>;
