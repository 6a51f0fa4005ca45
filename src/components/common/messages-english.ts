import type {
  AgentCopy,
  CardCopy,
  ChartCopy,
  DetailsCopy,
  ListCopy,
  Messages,
  MetricCopy,
  RendererCopy,
  TableCopy,
  TextCopy,
  ViewCopy,
} from './messages.js';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

// English, one group per component (a component bundles only the groups it uses).

/** Every view: end-state notes, the failed-view note, scalar summaries, collapsed values. */
export const VIEW_ENGLISH: ViewCopy = {
  truncated: 'The response was cut off; what arrived is shown.',
  aborted: 'Stopped before the end.',
  error: 'The response failed; what arrived is shown.',
  invalid: 'This content does not match the schema.',
  viewFailed: 'This part could not be shown.',
  yes: 'Yes',
  no: 'No',
  items: (count) => plural(count, 'item', 'items'),
  fields: (count) => plural(count, 'field', 'fields'),
  invalidField: '(invalid)',
  collapsed: (pointer, count) => `${pointer || '/'} · ${plural(count, 'entry', 'entries')} (nested too deeply to show)`,
  circular: (pointer) => `${pointer || '/'} · refers back to itself`,
};

export const TABLE_ENGLISH: TableCopy = {
  tableLoaded: (rows) => `Table loaded, ${plural(rows, 'row', 'rows')}`,
  table: 'Table',
  noRows: 'No rows',
};

export const LIST_ENGLISH: ListCopy = {
  listLoaded: (items) => `List loaded, ${plural(items, 'item', 'items')}`,
  list: 'List',
};

export const DETAILS_ENGLISH: DetailsCopy = {
  detailsLoaded: (fields) => `Details loaded, ${plural(fields, 'field', 'fields')}`,
  details: 'Details',
};

export const CARD_ENGLISH: CardCopy = { cardLoaded: (title) => `Card loaded${title ? `: ${title}` : ''}` };

export const TEXT_ENGLISH: TextCopy = { textLoaded: 'Text loaded' };

export const METRIC_ENGLISH: MetricCopy = {
  metricLoaded: (label, value) => `${label ?? 'Metric'} loaded${value ? `: ${value}` : ''}`,
  up: 'Up',
  down: 'Down',
  unchanged: 'Unchanged',
  better: 'better',
  worse: 'worse',
  metric: 'Metric',
};

export const CHART_ENGLISH: ChartCopy = {
  chartLoaded: (series) => `Chart loaded, ${series} series`,
  chartLabel: (kind, title, series) => `${kind}${title ? `: ${title}` : ''}, ${series} series`,
  chartData: (kind) => `${kind} data`,
  chartSoFar: (caption, series, points) => `${caption}: ${series} series, ${points} points so far`,
  chartDropped: (points) => `${plural(points, 'value was', 'values were')} left out (not a finite number in range).`,
  chartSummary: (points, min, max) => `${points} points from ${min} to ${max}; showing a summary.`,
  chartKinds: {
    line: 'Line chart',
    bar: 'Bar chart',
    area: 'Area chart',
    scatter: 'Scatter chart',
    pie: 'Pie chart',
    donut: 'Donut chart',
  },
  series: (index) => `Series ${index}`,
};

export const AGENT_ENGLISH: AgentCopy = {
  agentFinished: (steps) => `Agent finished, ${plural(steps, 'step', 'steps')}`,
  agentSteps: 'Agent steps',
  thought: 'Thought',
  action: 'Action',
  observation: 'Observation',
  toolCall: 'Tool call',
  answer: 'Answer',
  step: 'Step',
  result: 'Result',
  toolArguments: (tool) => `${tool} arguments`,
};

export const RENDERER_ENGLISH: RendererCopy = {
  contentLoaded: 'Content loaded',
  unknownType: 'This part of the answer uses a component that is not available.',
  invalidProps: 'This part of the answer could not be shown: its data is not valid.',
  notAnObject: 'This part of the answer could not be read.',
  depthLimit: 'This part of the answer is nested too deeply to show.',
  renderError: 'This part of the answer could not be shown.',
};

/** English (the default): every group in one object. */
export const ENGLISH_MESSAGES: Messages = /* @__PURE__ */ Object.assign(
  {},
  VIEW_ENGLISH,
  TABLE_ENGLISH,
  LIST_ENGLISH,
  DETAILS_ENGLISH,
  CARD_ENGLISH,
  TEXT_ENGLISH,
  METRIC_ENGLISH,
  CHART_ENGLISH,
  AGENT_ENGLISH,
  RENDERER_ENGLISH,
);
