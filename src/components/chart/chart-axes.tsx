import { memo } from 'react';
import { getNumberFormat } from '../common/json-shape.js';
import type { ChartFrame, ChartScales } from './chart-scales.js';
import type { ScaleLinear } from 'd3-scale';

/** Props of {@link ChartAxes}. */
export interface ChartAxesProps {
  scales: ChartScales;
  frame: ChartFrame;
  locale: string | undefined;
}

/**
 * Left (value) and bottom axes. Ticks are keyed by their position in the axis (not their value),
 * so when the scale changes a tick's label is replaced in place: two labels never overlap while
 * the axis rescales, and ticks move together with the series (no glide that paths do not follow).
 * x labels are thinned to about one per 90 px.
 */
export const ChartAxes = memo(function ChartAxes({ scales, frame, locale }: ChartAxesProps) {
  const compact = getNumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 });
  const yTicks = safeTicks(scales.y, 5);
  const x = scales.x;
  const categories = 'bandwidth' in x || !('ticks' in x) ? (x.domain() as string[]) : undefined;
  // As many x labels as fit: about one per 90 px of plot width (labels are up to 12 characters).
  const labelRoom = Math.max(2, Math.floor((frame.width - frame.left - frame.right) / 90));
  const step = categories ? Math.max(1, Math.ceil(categories.length / labelRoom)) : 1;
  const xTicks: Array<{ key: string; at: number; label: string }> = categories
    ? categories
        .filter((_, index) => index % step === 0)
        .map((label) => ({ key: label, at: scales.xOf(label) + scales.bandwidth / 2, label }))
    : safeTicks(x as ScaleLinear<number, number>, Math.min(6, labelRoom)).map((value) => ({
        key: String(value),
        at: scales.xOf(value),
        label: compact.format(value),
      }));
  const baseline = frame.height - frame.bottom;
  return (
    <g className="ripen-chart-axes" aria-hidden="true">
      <g className="ripen-chart-axis ripen-chart-axis--y">
        {yTicks.map((tick, index) => (
          <g key={index} className="ripen-chart-tick" style={{ transform: `translate(0px, ${scales.y(tick)}px)` }}>
            <line className="ripen-chart-grid" x1={frame.left} x2={frame.width - frame.right} />
            <text x={frame.left - 6} dy="0.32em" textAnchor="end">
              {compact.format(tick)}
            </text>
          </g>
        ))}
      </g>
      <g className="ripen-chart-axis ripen-chart-axis--x">
        <line
          className="ripen-chart-baseline"
          x1={frame.left}
          x2={frame.width - frame.right}
          y1={baseline}
          y2={baseline}
        />
        {xTicks.map((tick, index) => (
          <g key={index} className="ripen-chart-tick" style={{ transform: `translate(${tick.at}px, ${baseline}px)` }}>
            <text y={16} textAnchor="middle">
              {tick.label.length > 12 ? `${tick.label.slice(0, 11)}…` : tick.label}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
});

/**
 * `scale.ticks(count)` that never throws and never returns a huge array: d3's `ticks()` throws
 * `Invalid array length` on domains such as `[1e-320, 2e-320]`; the domain ends stand in then.
 */
export function safeTicks(scale: ScaleLinear<number, number>, count: number): number[] {
  try {
    const ticks = scale.ticks(count);
    return ticks.length <= 4 * count ? ticks : ticks.slice(0, 4 * count);
  } catch {
    return scale.domain().filter((value) => Number.isFinite(value));
  }
}
