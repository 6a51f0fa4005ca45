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

/**
 * The built-in messages for a BCP 47 locale (Simplified Chinese for `zh`, `zh-CN`, `zh-Hans`,
 * `zh-SG`; English otherwise), with `overrides` applied key by key.
 */
export function resolveMessages(locale: string | undefined, overrides?: Partial<Messages>): Messages {
  const lower = (locale ?? '').toLowerCase();
  const chinese = lower === 'zh' || /^zh-(cn|hans|sg)/.test(lower);
  const base = chinese ? CHINESE_MESSAGES : ENGLISH_MESSAGES;
  return overrides ? { ...base, ...overrides } : base;
}
