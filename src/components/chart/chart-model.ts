import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { warnOnce } from '../common/dev-warning.js';
import { readChildStatus, readFieldStatus, type ComponentState } from '../common/status.js';
import type { FieldStatus } from '../../core/json/types.js';
import type { ChartInput, ChartSeriesData } from './chart-data.js';
import type { ChartKind } from './chart-scales.js';

/** The chart kinds ripen draws. */
export const CHART_KINDS: readonly ChartKind[] = ['line', 'bar', 'area', 'scatter', 'pie', 'donut'];

/**
 * The kind to draw: the prop, else the value's `type` when it names a known kind, else `line`.
 * In development an unknown kind (prop or value) is warned about once; while the value is still
 * `streaming`, a name that may still grow into a kind (`"ba"` of `"bar"`) is not.
 */
export function chartKind(prop: string | undefined, named: string | undefined, streaming = false): ChartKind {
  for (const candidate of [prop, named]) {
    if (candidate === undefined) continue;
    if (CHART_KINDS.includes(candidate as ChartKind)) return candidate as ChartKind;
    if (streaming && candidate === named && CHART_KINDS.some((kind) => kind.startsWith(candidate))) continue;
    warnOnce(
      `chart-kind:${candidate}`,
      `unknown chart kind "${candidate}"; drawing a line chart (kinds: ${CHART_KINDS.join(', ')}).`,
    );
  }
  return 'line';
}

/** Each series with its field status (series in a streaming `series` array: only the last is streaming). */
export function seriesStatuses(
  input: ChartInput,
  value: unknown,
  field: FieldStatus,
  status: StreamStatus,
  fieldStatus: FieldStatusReader | undefined,
  pointer: string,
): Array<{ series: ChartSeriesData; field: FieldStatus }> {
  const arrayStatus = status === 'complete' || field === 'complete' ? 'complete' : 'streaming';
  const arrayField = input.seriesArray
    ? readFieldStatus(value, arrayStatus, fieldStatus, pointer + input.seriesArray)
    : field;
  return input.series.map((series, index) => ({
    series,
    field: input.seriesArray
      ? readChildStatus(arrayField, series, index === input.series.length - 1, fieldStatus, pointer + series.source)
      : field,
  }));
}

/** The series drawn now: all of them (`append`), or only complete ones while streaming (`whole-series`). */
export function drawnSeries<T extends { field: FieldStatus }>(
  entries: T[],
  policy: 'append' | 'whole-series',
  state: ComponentState,
): T[] {
  return policy === 'whole-series'
    ? entries.filter((entry) => entry.field === 'complete' || state !== 'streaming')
    : entries;
}
