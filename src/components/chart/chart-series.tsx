import { area, line } from 'd3-shape';
import { memo, type ReactNode } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { ChartPoint, ChartSeriesData } from './chart-data.js';
import { seriesFacts } from './chart-extent.js';
import { barColumns, decimatePoints, decimateValues } from './chart-decimate.js';
import type { ChartKind, ChartScales } from './chart-scales.js';

/** Props of {@link ChartSeriesView}. */
export interface ChartSeriesViewProps {
  series: ChartSeriesData;
  index: number;
  /** How many series share the bands (grouped bars). */
  count: number;
  kind: Exclude<ChartKind, 'pie' | 'donut'>;
  scales: ChartScales;
  field: FieldStatus;
  onRender: ((name: string) => void) | undefined;
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * One series drawn with d3-shape paths. Memoised: it re-renders only when its own data, its
 * status or the scales change; a finished series stays put while another one grows. Its entry
 * animation is a CSS animation on mount, so updates never restart it.
 */
export const ChartSeriesView = memo(function ChartSeriesView({
  series,
  index,
  count,
  kind,
  scales,
  field,
  onRender,
}: ChartSeriesViewProps) {
  onRender?.(series.name);
  const color = `ripen-chart-color-${index % 6}`;
  const x = (point: ChartPoint) => scales.xOf(point.x);
  const y = (point: ChartPoint) => scales.y(point.y);
  let body: ReactNode;
  const zero = scales.y(Math.max(0, scales.y.domain()[0]!));
  const thin = kind === 'bar' ? barColumns(series.points, x, scales.bandwidth / Math.max(count, 1)) : undefined;
  if (thin) {
    // Bars thinner than a pixel: one 1-px bar per pixel column, from its lowest to highest value (and
    // 0), all in one path (one element instead of hundreds to lay out and paint).
    body = (
      <path
        className="ripen-chart-bar"
        d={thin
          .map(
            (column) =>
              `M${column.at} ${tenth(scales.y(Math.max(column.high, 0)))}h1V${tenth(scales.y(Math.min(column.low, 0)))}h-1Z`,
          )
          .join('')}
      />
    );
  } else if (kind === 'bar') {
    const width = scales.bandwidth / Math.max(count, 1);
    body = series.points.map((point, pointIndex) => {
      const top = y(point);
      return (
        <rect
          key={pointIndex}
          className="ripen-chart-bar"
          x={x(point) + index * width}
          width={Math.max(width - 1, 1)}
          y={Math.min(top, zero)}
          height={Math.abs(zero - top)}
        />
      );
    });
  } else if (kind === 'scatter') {
    body = series.points.map((point, pointIndex) => (
      <circle key={pointIndex} className="ripen-chart-dot" cx={x(point)} cy={y(point)} r={3.5} />
    ));
  } else {
    // Decimated before anything is placed: a 10⁵-value series makes points only for the ≤ 4 per column kept.
    const columns = Math.max(1, scales.range[1] - scales.range[0]);
    const { values, count } = seriesFacts(series);
    const points = ((values && decimateValues(values, scales.xOf, columns)) ??
      decimatePoints(series.points, x, columns)) as ChartPoint[];
    // Paths in tenths of a viewBox unit (about a tenth of a CSS pixel): a third shorter than d3's default 3 digits.
    const linePath = line<ChartPoint>().digits(1).x(x).y(y)(points) ?? '';
    const areaPath = kind === 'area' ? (area<ChartPoint>().digits(1).x(x).y0(zero).y1(y)(points) ?? '') : undefined;
    body = (
      <>
        {areaPath !== undefined ? <path className="ripen-chart-area" d={areaPath} /> : null}
        <path className="ripen-chart-line" d={linePath} fill="none" />
        {count === 1 ? (
          <circle className="ripen-chart-dot" cx={x(series.points[0]!)} cy={y(series.points[0]!)} r={3} />
        ) : null}
      </>
    );
  }
  return (
    <g className={`ripen-chart-series ${color}`} data-state={field} data-series={series.name}>
      {body}
    </g>
  );
});
