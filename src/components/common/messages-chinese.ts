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

const titled = (title: string | undefined) => (title ? `：${title}` : '');

// Simplified Chinese (`zh`, `zh-CN`, `zh-Hans`, `zh-SG`), grouped as the English copy.

export const VIEW_CHINESE: ViewCopy = {
  truncated: '回答被截断，以下为已收到的内容。',
  aborted: '已在结束前停止。',
  error: '回答出错，以下为已收到的内容。',
  invalid: '此内容与数据结构（schema）不符。',
  viewFailed: '这部分内容无法显示。',
  yes: '是',
  no: '否',
  items: (count) => `${count} 项`,
  fields: (count) => `${count} 个字段`,
  invalidField: '（无效）',
  collapsed: (pointer, count) => `${pointer || '/'} · ${count} 项（嵌套过深，未展开）`,
  circular: (pointer) => `${pointer || '/'} · 引用了自身`,
};

export const TABLE_CHINESE: TableCopy = {
  tableLoaded: (rows) => `表格已加载，共 ${rows} 行`,
  table: '表格',
  noRows: '暂无数据',
};

export const LIST_CHINESE: ListCopy = { listLoaded: (items) => `列表已加载，共 ${items} 项`, list: '列表' };

export const DETAILS_CHINESE: DetailsCopy = {
  detailsLoaded: (fields) => `详情已加载，共 ${fields} 个字段`,
  details: '详情',
};

export const CARD_CHINESE: CardCopy = { cardLoaded: (title) => `卡片已加载${titled(title)}` };

export const TEXT_CHINESE: TextCopy = { textLoaded: '文本已加载' };

export const METRIC_CHINESE: MetricCopy = {
  metricLoaded: (label, value) => `${label ?? '指标'}已加载${titled(value)}`,
  up: '上升',
  down: '下降',
  unchanged: '持平',
  better: '向好',
  worse: '变差',
  metric: '指标',
};

export const CHART_CHINESE: ChartCopy = {
  chartLoaded: (series) => `图表已加载，共 ${series} 个系列`,
  chartLabel: (kind, title, series) => `${kind}${titled(title)}，${series} 个系列`,
  chartData: (kind) => `${kind}数据`,
  chartSoFar: (caption, series, points) => `${caption}：${series} 个系列，目前 ${points} 个数据点`,
  chartDropped: (points) => `有 ${points} 个值未绘制（不是范围内的有限数字）。`,
  chartSummary: (points, min, max) => `共 ${points} 个数据点，范围 ${min} 至 ${max}；此处显示摘要。`,
  chartKinds: { line: '折线图', bar: '柱状图', area: '面积图', scatter: '散点图', pie: '饼图', donut: '环形图' },
  series: (index) => `系列 ${index}`,
};

export const AGENT_CHINESE: AgentCopy = {
  agentFinished: (steps) => `智能体已完成，共 ${steps} 步`,
  agentSteps: '智能体步骤',
  thought: '思考',
  action: '行动',
  observation: '观察',
  toolCall: '工具调用',
  answer: '回答',
  step: '步骤',
  result: '结果',
  toolArguments: (tool) => `${tool} 参数`,
};

export const RENDERER_CHINESE: RendererCopy = {
  contentLoaded: '内容已加载',
  unknownType: '这部分回答使用了不可用的组件。',
  invalidProps: '这部分回答无法显示：数据无效。',
  notAnObject: '这部分回答无法读取。',
  depthLimit: '这部分回答嵌套过深，无法显示。',
  renderError: '这部分回答无法显示。',
};

/** Simplified Chinese: every group in one object. */
export const CHINESE_MESSAGES: Messages = /* @__PURE__ */ Object.assign(
  {},
  VIEW_CHINESE,
  TABLE_CHINESE,
  LIST_CHINESE,
  DETAILS_CHINESE,
  CARD_CHINESE,
  TEXT_CHINESE,
  METRIC_CHINESE,
  CHART_CHINESE,
  AGENT_CHINESE,
  RENDERER_CHINESE,
);
