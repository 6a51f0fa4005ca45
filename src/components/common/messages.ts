import { CHINESE_MESSAGES } from './messages-chinese.js';
import { ENGLISH_MESSAGES } from './messages-english.js';

export { CHINESE_MESSAGES, ENGLISH_MESSAGES };

/**
 * Every user-visible string of the components (status notes, live-region announcements,
 * fallbacks, step labels, table and chart text alternatives). Plain strings or functions of
 * counts and names; never HTML. English and Simplified Chinese are built in (see
 * {@link resolveMessages}); override any key through `MessagesProvider` or a view's `messages` prop.
 */
export interface Messages {
  truncated: string;
  aborted: string;
  error: string;
  invalid: string;
  /** A view whose render threw: its last good render is kept, or this note is shown. */
  viewFailed: string;
  cardLoaded: (title: string | undefined) => string;
  tableLoaded: (rows: number) => string;
  listLoaded: (items: number) => string;
  detailsLoaded: (fields: number) => string;
  chartLoaded: (series: number) => string;
  metricLoaded: (label: string | undefined, value: string | undefined) => string;
  textLoaded: string;
  contentLoaded: string;
  agentFinished: (steps: number) => string;
  agentSteps: string;
  table: string;
  /** Accessible name of a scrolling list / key-value viewport. */
  list: string;
  details: string;
  noRows: string;
  yes: string;
  no: string;
  items: (count: number) => string;
  fields: (count: number) => string;
  invalidField: string;
  /** A value nested deeper than the cap: its pointer and how many entries it holds. */
  collapsed: (pointer: string, count: number) => string;
  /** A host value that contains itself. */
  circular: (pointer: string) => string;
  chartLabel: (kind: string, title: string | undefined, series: number) => string;
  chartData: (kind: string) => string;
  chartSoFar: (caption: string, series: number, points: number) => string;
  /** Points left out of a chart (not finite or beyond ±1e300). */
  chartDropped: (points: number) => string;
  /** Summary of a chart data table too large to list every point. */
  chartSummary: (points: string, min: string, max: string) => string;
  chartKinds: Readonly<Record<'line' | 'bar' | 'area' | 'scatter' | 'pie' | 'donut', string>>;
  series: (index: number) => string;
  up: string;
  down: string;
  unchanged: string;
  better: string;
  worse: string;
  metric: string;
  thought: string;
  action: string;
  observation: string;
  toolCall: string;
  answer: string;
  step: string;
  result: string;
  toolArguments: (tool: string) => string;
  unknownType: string;
  invalidProps: string;
  notAnObject: string;
  depthLimit: string;
  renderError: string;
}

// The copy of each component, as a group of keys: a component bundles only its own groups
// (in English and Simplified Chinese), so importing Table does not bring the chart's or agent's copy.
export type ViewCopy = Pick<
  Messages,
  | 'truncated'
  | 'aborted'
  | 'error'
  | 'invalid'
  | 'viewFailed'
  | 'yes'
  | 'no'
  | 'items'
  | 'fields'
  | 'invalidField'
  | 'collapsed'
  | 'circular'
>;
export type TableCopy = Pick<Messages, 'tableLoaded' | 'table' | 'noRows'>;
export type ListCopy = Pick<Messages, 'listLoaded' | 'list'>;
export type DetailsCopy = Pick<Messages, 'detailsLoaded' | 'details'>;
export type CardCopy = Pick<Messages, 'cardLoaded'>;
export type TextCopy = Pick<Messages, 'textLoaded'>;
export type MetricCopy = Pick<Messages, 'metricLoaded' | 'up' | 'down' | 'unchanged' | 'better' | 'worse' | 'metric'>;
export type ChartCopy = Pick<
  Messages,
  'chartLoaded' | 'chartLabel' | 'chartData' | 'chartSoFar' | 'chartDropped' | 'chartSummary' | 'chartKinds' | 'series'
>;
export type AgentCopy = Pick<
  Messages,
  | 'agentFinished'
  | 'agentSteps'
  | 'thought'
  | 'action'
  | 'observation'
  | 'toolCall'
  | 'answer'
  | 'step'
  | 'result'
  | 'toolArguments'
>;
export type RendererCopy = Pick<
  Messages,
  'contentLoaded' | 'unknownType' | 'invalidProps' | 'notAnObject' | 'depthLimit' | 'renderError'
>;

/** True for the locales the Simplified Chinese copy serves: `zh`, `zh-CN`, `zh-Hans…`, `zh-SG` (any case). */
export function isChineseLocale(locale: string | undefined): boolean {
  return locale !== undefined && /^zh($|-(cn|hans|sg))/i.test(locale);
}

/**
 * The built-in messages for a BCP 47 locale (Simplified Chinese for `zh`, `zh-CN`, `zh-Hans`,
 * `zh-SG`; English otherwise), with `overrides` applied key by key.
 */
export function resolveMessages(locale: string | undefined, overrides?: Partial<Messages>): Messages {
  const base = isChineseLocale(locale) ? CHINESE_MESSAGES : ENGLISH_MESSAGES;
  return overrides ? { ...base, ...overrides } : base;
}
