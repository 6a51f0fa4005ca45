import { entryJsonSchema, type Catalog } from './catalog.js';

/** Options for {@link describeCatalog}. */
export interface DescribeCatalogOptions {
  /** Pretty-print JSON Schemas with this indent (default: compact). */
  indent?: number;
}

/**
 * Text for the model's system prompt describing the spec format and every allowed component
 * type with its description, props JSON Schema (when known) and whether it takes children.
 * Output is deterministic (types in catalog order).
 */
export function describeCatalog(catalog: Catalog, options: DescribeCatalogOptions = {}): string {
  const lines = [
    'Answer with one JSON object describing the UI: {"type": "<component>", "props": {...}, "children": [ ...nodes ]}.',
    'Use only these component types; any other type is not shown. Text is plain (no HTML, no Markdown). Links and images must be http(s) URLs.',
    '',
  ];
  for (const type of Object.keys(catalog)) {
    const entry = catalog[type]!;
    lines.push(`## ${type}`, entry.description);
    const schema = entryJsonSchema(entry);
    lines.push(schema ? `props (JSON Schema): ${JSON.stringify(schema, null, options.indent)}` : 'props: any object');
    lines.push(entry.children ? 'children: allowed' : 'children: none', '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
