import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import type { ReactNode } from 'react';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import type { CardAction } from '../card/card-model.js';
import type { ComponentState } from '../common/status.js';

/** Host settings passed by the Renderer to every catalog entry. */
export interface RendererContext {
  onAction?: (action: CardAction) => void;
  images?: boolean;
  allowedProtocols?: readonly string[];
  locale?: string;
}

interface RenderArgsBase {
  state: ComponentState;
  /** Stream status for this node (`'complete'` once the node is complete). */
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  /** Pointer of the props object (so components can read per-field status). */
  pointer: string;
  /** Rendered child nodes (empty unless the entry accepts children). */
  children: ReactNode;
  context: RendererContext;
}

/**
 * What a catalog entry's `render` receives: validated props once the node is complete
 * (`validated: true`), else the partial, unvalidated props (treat them as untrusted data).
 */
export type CatalogRenderArgs<P> =
  | (RenderArgsBase & { validated: true; props: P })
  | (RenderArgsBase & { validated: false; props: Readonly<Record<string, unknown>> });

/** One allowed component type. */
export interface CatalogEntry<P = Readonly<Record<string, unknown>>> {
  /** One or two sentences for the model's system prompt. */
  description: string;
  /** Standard Schema for the props, validated once the node is complete. */
  schema?: StandardSchemaV1<unknown, P>;
  /** JSON Schema text for {@link describeCatalog}; default: from `schema` if it can convert. */
  jsonSchema?: Record<string, unknown>;
  /** Whether the node may have `children`. Default false. */
  children?: boolean;
  /** Renders the node with ripen's own components; never spread `props` onto DOM elements. */
  render: (args: CatalogRenderArgs<P>) => ReactNode;
}

/** An entry with its props type erased (what a catalog stores). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries differ in props type
export type AnyCatalogEntry = CatalogEntry<any>;

/** An allowlist of component types (a null-prototype frozen map: `__proto__` is never a type). */
export type Catalog = Readonly<Record<string, AnyCatalogEntry>>;

/** Typed helper for one entry (infers `P` from the schema). */
export function defineCatalogEntry<P>(entry: CatalogEntry<P>): CatalogEntry<P> {
  return entry;
}

/** Builds a catalog from entries; keys are the spec's `type` values. */
export function createCatalog(entries: Readonly<Record<string, AnyCatalogEntry>>): Catalog {
  const catalog = Object.create(null) as Record<string, AnyCatalogEntry>;
  for (const key of Object.keys(entries)) catalog[key] = entries[key]!;
  return Object.freeze(catalog);
}

/** The entry registered for `type`, never an inherited property. */
export function lookupEntry(catalog: Catalog, type: string): AnyCatalogEntry | undefined {
  return Object.hasOwn(catalog, type) ? catalog[type] : undefined;
}

/** JSON Schema of an entry's props, if known (its `jsonSchema`, else converted from its schema). */
export function entryJsonSchema(entry: AnyCatalogEntry): Record<string, unknown> | undefined {
  if (entry.jsonSchema) return entry.jsonSchema;
  const standard = (entry.schema as Partial<StandardJSONSchemaV1> | undefined)?.['~standard'];
  try {
    return standard?.jsonSchema?.input({ target: 'draft-2020-12' });
  } catch {
    return undefined;
  }
}
