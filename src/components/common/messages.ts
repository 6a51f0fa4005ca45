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
  chartSummary: (points: number, min: string, max: string) => string;
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

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** English (the default). */
export const ENGLISH_MESSAGES: Messages = {
  truncated: 'The response was cut off; what arrived is shown.',
  aborted: 'Stopped before the end.',
  error: 'The response failed; what arrived is shown.',
  invalid: 'This content does not match the schema.',
  viewFailed: 'This part could not be shown.',
  cardLoaded: (title) => `Card loaded${title ? `: ${title}` : ''}`,
  tableLoaded: (rows) => `Table loaded, ${plural(rows, 'row', 'rows')}`,
  listLoaded: (items) => `List loaded, ${plural(items, 'item', 'items')}`,
  detailsLoaded: (fields) => `Details loaded, ${plural(fields, 'field', 'fields')}`,
  chartLoaded: (series) => `Chart loaded, ${series} series`,
  metricLoaded: (label, value) => `${label ?? 'Metric'} loaded${value ? `: ${value}` : ''}`,
  textLoaded: 'Text loaded',
  contentLoaded: 'Content loaded',
  agentFinished: (steps) => `Agent finished, ${plural(steps, 'step', 'steps')}`,
  agentSteps: 'Agent steps',
  table: 'Table',
  list: 'List',
  details: 'Details',
  noRows: 'No rows',
  yes: 'Yes',
  no: 'No',
  items: (count) => plural(count, 'item', 'items'),
  fields: (count) => plural(count, 'field', 'fields'),
  invalidField: '(invalid)',
  collapsed: (pointer, count) => `${pointer || '/'} · ${plural(count, 'entry', 'entries')} (nested too deeply to show)`,
  circular: (pointer) => `${pointer || '/'} · refers back to itself`,
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
  up: 'Up',
  down: 'Down',
  unchanged: 'Unchanged',
  better: 'better',
  worse: 'worse',
  metric: 'Metric',
  thought: 'Thought',
  action: 'Action',
  observation: 'Observation',
  toolCall: 'Tool call',
  answer: 'Answer',
  step: 'Step',
  result: 'Result',
  toolArguments: (tool) => `${tool} arguments`,
  unknownType: 'This part of the answer uses a component that is not available.',
  invalidProps: 'This part of the answer could not be shown: its data is not valid.',
  notAnObject: 'This part of the answer could not be read.',
  depthLimit: 'This part of the answer is nested too deeply to show.',
  renderError: 'This part of the answer could not be shown.',
};

/** Simplified Chinese (`zh`, `zh-CN`, `zh-Hans`, `zh-SG`). */
export const CHINESE_MESSAGES: Messages = {
  truncated: '回答被截断，以下为已收到的内容。',
  aborted: '已在结束前停止。',
  error: '回答出错，以下为已收到的内容。',
  invalid: '此内容与数据结构（schema）不符。',
  viewFailed: '这部分内容无法显示。',
  cardLoaded: (title) => `卡片已加载${title ? `：${title}` : ''}`,
  tableLoaded: (rows) => `表格已加载，共 ${rows} 行`,
  listLoaded: (items) => `列表已加载，共 ${items} 项`,
  detailsLoaded: (fields) => `详情已加载，共 ${fields} 个字段`,
  chartLoaded: (series) => `图表已加载，共 ${series} 个系列`,
  metricLoaded: (label, value) => `${label ?? '指标'}已加载${value ? `：${value}` : ''}`,
  textLoaded: '文本已加载',
  contentLoaded: '内容已加载',
  agentFinished: (steps) => `智能体已完成，共 ${steps} 步`,
  agentSteps: '智能体步骤',
  table: '表格',
  list: '列表',
  details: '详情',
  noRows: '暂无数据',
  yes: '是',
  no: '否',
  items: (count) => `${count} 项`,
  fields: (count) => `${count} 个字段`,
  invalidField: '（无效）',
  collapsed: (pointer, count) => `${pointer || '/'} · ${count} 项（嵌套过深，未展开）`,
  circular: (pointer) => `${pointer || '/'} · 引用了自身`,
  chartLabel: (kind, title, series) => `${kind}${title ? `：${title}` : ''}，${series} 个系列`,
  chartData: (kind) => `${kind}数据`,
  chartSoFar: (caption, series, points) => `${caption}：${series} 个系列，目前 ${points} 个数据点`,
  chartDropped: (points) => `有 ${points} 个值未绘制（不是范围内的有限数字）。`,
  chartSummary: (points, min, max) => `共 ${points} 个数据点，范围 ${min} 至 ${max}；此处显示摘要。`,
  chartKinds: { line: '折线图', bar: '柱状图', area: '面积图', scatter: '散点图', pie: '饼图', donut: '环形图' },
  series: (index) => `系列 ${index}`,
  up: '上升',
  down: '下降',
  unchanged: '持平',
  better: '向好',
  worse: '变差',
  metric: '指标',
  thought: '思考',
  action: '行动',
  observation: '观察',
  toolCall: '工具调用',
  answer: '回答',
  step: '步骤',
  result: '结果',
  toolArguments: (tool) => `${tool} 参数`,
  unknownType: '这部分回答使用了不可用的组件。',
  invalidProps: '这部分回答无法显示：数据无效。',
  notAnObject: '这部分回答无法读取。',
  depthLimit: '这部分回答嵌套过深，无法显示。',
  renderError: '这部分回答无法显示。',
};

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
