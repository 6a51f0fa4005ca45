import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import { type DateFormat, humanizeKey } from '../common/json-shape.js';
import { ROLE_KEYS, type CardFieldHint, type CardRole } from '../card/card-model.js';
import type { TableColumn } from '../table/table-columns.js';
import type { AutoViewKind } from './detect-shape.js';

/** What a schema skeleton tells {@link AutoView} before any byte: the view and its layout hints. */
export interface SkeletonHints {
  kind: AutoViewKind;
  /** Card fields in schema order, with roles (title, body, section…). */
  fields?: readonly CardFieldHint[];
  /** Table columns in schema order. */
  columns?: readonly TableColumn[];
  /** Rows / items the skeleton reserves. */
  expectedItems?: number;
}

const TEXT_ROLES: readonly CardRole[] = ['title', 'subtitle', 'badge', 'body'];

function cardRole(key: string, skeleton: SchemaSkeleton, used: Set<CardRole>): CardRole {
  if (skeleton.kind === 'object' || skeleton.kind === 'array') return 'section';
  const lower = key.toLowerCase();
  for (const role of TEXT_ROLES) {
    if (used.has(role) || skeleton.kind !== 'string') continue;
    if (ROLE_KEYS[role as Exclude<CardRole, 'field' | 'section'>].includes(lower)) {
      used.add(role);
      return role;
    }
  }
  return 'field';
}

/**
 * One labelling rule everywhere: the schema's `title` when it has one, else the key humanised
 * (`windSpeed` → "Wind speed"), as for keys without a schema. (The skeleton's label is the key
 * itself when there is no title.)
 */
/** The schema's date `format` of a string field, if any. */
function dateFormatOf(skeleton: SchemaSkeleton): { dateFormat?: DateFormat } {
  const format = skeleton.kind === 'string' ? skeleton.format : undefined;
  return format === 'date' || format === 'date-time' ? { dateFormat: format } : {};
}

function labelOf(field: { key: string; label: string }): string {
  return field.label === field.key ? humanizeKey(field.key) : field.label;
}

/**
 * Maps a {@link SchemaSkeleton} to AutoView's choice: an object → card (fields with roles by
 * key name), an array of objects → table (columns from the item's fields, numeric ones
 * right-aligned), an array of numbers → chart, another array → list, a leaf → text.
 */
export function hintsFromSkeleton(skeleton: SchemaSkeleton): SkeletonHints {
  if (skeleton.kind === 'object') {
    const used = new Set<CardRole>();
    return {
      kind: 'card',
      fields: skeleton.fields.map((field) => ({
        key: field.key,
        label: labelOf(field),
        role: cardRole(field.key, field.skeleton, used),
        ...dateFormatOf(field.skeleton),
      })),
    };
  }
  if (skeleton.kind === 'array') {
    const item = skeleton.item;
    if (item.kind === 'object') {
      const columns = item.fields.map((field) => ({
        key: field.key,
        label: labelOf(field),
        numeric: field.skeleton.kind === 'number' || field.skeleton.kind === 'integer',
        ...dateFormatOf(field.skeleton),
      }));
      return { kind: 'table', columns, expectedItems: skeleton.expectedItems };
    }
    if (item.kind === 'number' || item.kind === 'integer')
      return { kind: 'chart', expectedItems: skeleton.expectedItems };
    return { kind: 'list', expectedItems: skeleton.expectedItems };
  }
  return { kind: 'text' };
}
