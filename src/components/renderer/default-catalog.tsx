import type { ReactNode } from 'react';
import { AgentSteps } from '../agent-steps/agent-steps.js';
import { NestedAutoViews } from '../auto-view/auto-view.js';
import { Card } from '../card/card.js';
import { Chart } from '../chart/chart.js';
import type { ChartKind } from '../chart/chart-scales.js';
import { KeyValue } from '../key-value/key-value.js';
import { List } from '../list/list.js';
import { Metric } from '../metric/metric.js';
import { isRecord, readOwn } from '../common/json-shape.js';
import { childPointer } from '../common/status.js';
import type { TableColumn } from '../table/table-columns.js';
import { Table } from '../table/table.js';
import { Text } from '../text/text.js';
import { createCatalog, type Catalog, type CatalogEntry, type CatalogRenderArgs } from './catalog.js';
import { DEFAULT_SCHEMAS } from './default-catalog-schemas.js';
import { createJsonSchemaValidator } from '../../core/schema/create-json-schema-validator.js';
import type { JsonSchema } from '../../core/schema/json-schema.js';

type Props = Readonly<Record<string, unknown>>;

function entry(
  description: string,
  schema: JsonSchema,
  render: (args: CatalogRenderArgs<Props>) => ReactNode,
  children = false,
): CatalogEntry<Props> {
  return {
    description,
    schema: createJsonSchemaValidator<Props>(schema),
    jsonSchema: schema as Record<string, unknown>,
    children,
    render: (args) => <NestedAutoViews value={args.props}>{render(args)}</NestedAutoViews>,
  };
}

/** Stream props for a component showing the prop `key` of a node. */
function at(args: CatalogRenderArgs<Props>, key: string) {
  return { value: readOwn(args.props, key), ...whole(args), pointer: childPointer(args.pointer, key) };
}

/** Stream props for a component showing the whole props object. */
function whole(args: CatalogRenderArgs<Props>) {
  return {
    status: args.status,
    fieldStatus: args.fieldStatus,
    pointer: args.pointer,
    announce: false,
    ...(args.context.locale === undefined ? {} : { locale: args.context.locale }),
  };
}

/** The spec's complete columns (a key still being written would change the column set per character). */
function columnsOf(raw: unknown, args: CatalogRenderArgs<Props>): TableColumn[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.flatMap((column, index): TableColumn[] => {
    const pending = args.fieldStatus?.(childPointer(childPointer(args.pointer, 'columns'), index)) === 'streaming';
    if (pending || !isRecord(column) || typeof column.key !== 'string') return [];
    const { key, label: l, numeric: n } = column;
    return [{ key, ...(typeof l === 'string' ? { label: l } : {}), ...(typeof n === 'boolean' ? { numeric: n } : {}) }];
  });
}

const KINDS = new Set(['line', 'bar', 'area', 'scatter', 'pie', 'donut']);

/**
 * The built-in catalog: `card`, `table`, `chart`, `list`, `key-value`, `metric`, `text`,
 * `agent-steps` and `stack` (a layout container with children). Each entry validates its props
 * with a JSON-Schema-based Standard Schema and picks the props it uses by name.
 */
export function createDefaultCatalog(): Catalog {
  return createCatalog({
    card: entry(
      'A card for one item: title, subtitle, badge, body text, key/value fields, optional actions [{id,label}].',
      DEFAULT_SCHEMAS.card,
      (args) => (
        // The host's context is Card's own props (onAction, images, allowedProtocols, locale).
        <Card value={args.props} {...whole(args)} {...args.context} />
      ),
    ),
    table: entry(
      'A table of rows (objects with the same keys); optional columns [{key,label,numeric}] and caption.',
      DEFAULT_SCHEMAS.table,
      (args) => {
        const columns = columnsOf(readOwn(args.props, 'columns'), args);
        const caption = readOwn(args.props, 'caption');
        return (
          <Table
            {...at(args, 'rows')}
            {...(columns && columns.length > 0 ? { columns } : {})}
            {...(typeof caption === 'string' ? { caption } : {})}
          />
        );
      },
    ),
    chart: entry(
      'A chart: kind line|bar|area|scatter|pie|donut, with series [{name,data:[{x,y}] or numbers}] or data rows [{label, value...}].',
      DEFAULT_SCHEMAS.chart,
      (args) => {
        const kind = readOwn(args.props, 'kind');
        return (
          <Chart
            value={args.props}
            {...whole(args)}
            {...(typeof kind === 'string' && KINDS.has(kind) ? { kind: kind as ChartKind } : {})}
          />
        );
      },
    ),
    list: entry('A bulleted (or ordered) list of short items.', DEFAULT_SCHEMAS.list, (args) => (
      <List {...at(args, 'items')} ordered={readOwn(args.props, 'ordered') === true} />
    )),
    'key-value': entry('Label/value pairs, given as an object in `data`.', DEFAULT_SCHEMAS['key-value'], (args) => (
      <KeyValue {...at(args, 'data')} />
    )),
    metric: entry(
      'One headline number with a label, optional delta (percent) and unit.',
      DEFAULT_SCHEMAS.metric,
      (args) => <Metric value={args.props} {...whole(args)} />,
    ),
    text: entry('A paragraph of plain text (no Markdown, no HTML).', DEFAULT_SCHEMAS.text, (args) => (
      <Text {...at(args, 'text')} />
    )),
    'agent-steps': entry(
      'An agent trace: steps of thought / tool call {tool, arguments, result} / observation / answer.',
      DEFAULT_SCHEMAS['agent-steps'],
      (args) => <AgentSteps {...at(args, 'steps')} />,
    ),
    stack: entry(
      'A layout container that stacks its children vertically (default) or horizontally.',
      DEFAULT_SCHEMAS.stack,
      (args) => (
        <div
          className={`ripen-stack ripen-stack--${readOwn(args.props, 'direction') === 'horizontal' ? 'horizontal' : 'vertical'}`}
        >
          {args.children}
        </div>
      ),
      true,
    ),
  });
}
