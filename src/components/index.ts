// ripen components: every public component, part, helper and props type, by name.
export { AgentSteps, type AgentStepsProps } from './agent-steps/agent-steps.js';
export { AgentStep, type AgentStepProps } from './agent-steps/agent-step.js';
export { readAgentStep, type AgentStepKind, type AgentStepParts } from './agent-steps/agent-step-model.js';
export { AutoView, NestedAutoViews, type AutoViewProps } from './auto-view/auto-view.js';
export { detectShape, type AutoViewKind } from './auto-view/detect-shape.js';
export { Card, type CardProps } from './card/card.js';
export {
  CardBody,
  CardField,
  CardRoot,
  CardSectionPart,
  CardTitle,
  type CardFieldProps,
  type CardRootProps,
  type CardTextPartProps,
} from './card/card-compound.js';
export { layoutCard, type CardAction, type CardFieldHint, type CardRole, type CardSlot } from './card/card-model.js';
export { Chart, type ChartProps } from './chart/chart.js';
export {
  readChartInput,
  rowsToSeries,
  type ChartInput,
  type ChartPoint,
  type ChartRowsOptions,
  type ChartSeriesData,
} from './chart/chart-data.js';
export type { ChartKind } from './chart/chart-scales.js';
export { KeyValue, type FieldHint, type KeyValueProps } from './key-value/key-value.js';
export { KeyValueRow, type KeyValueRowProps } from './key-value/key-value-row.js';
export { List, type ListProps } from './list/list.js';
export { Metric, type MetricProps } from './metric/metric.js';
export { Text, type TextProps } from './text/text.js';
export { Table, type TableProps } from './table/table.js';
export type { TableColumn } from './table/table-columns.js';
export type { SortDirection } from './table/table-sort.js';
export { Renderer, type RendererProps } from './renderer/renderer.js';
export { RendererFallback, type FallbackInfo, type FallbackReason } from './renderer/renderer-fallback.js';
export {
  createCatalog,
  defineCatalogEntry,
  type AnyCatalogEntry,
  type Catalog,
  type CatalogEntry,
  type CatalogRenderArgs,
  type RendererContext,
} from './renderer/catalog.js';
export { createDefaultCatalog } from './renderer/default-catalog.js';
export { describeCatalog, type DescribeCatalogOptions } from './renderer/describe-catalog.js';
export { StreamingCaret, type StreamingCaretProps } from './common/caret.js';
export { LiveAnnouncement, type LiveAnnouncementProps } from './common/live-announcement.js';
export { DEFAULT_ALLOWED_PROTOCOLS, sanitizeUrl, type SafeUrlOptions } from './common/safe-url.js';
export { Skeleton, type SkeletonProps } from './common/skeleton.js';
export { resolveState, type ComponentState, type StreamingProps } from './common/status.js';
export { MessagesProvider, useMessages, type MessagesProviderProps } from './common/messages-provider.js';
export { CHINESE_MESSAGES, ENGLISH_MESSAGES, resolveMessages, type Messages } from './common/messages.js';
export { MAX_NESTED_DEPTH } from './common/nested-view.js';
export type { ViewErrorHandler, ViewErrorInfo } from './common/view-boundary.js';
export type { ViewProps } from './common/view-shell.js';
