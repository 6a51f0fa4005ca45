import { memo } from 'react';
import { chartNumberFormat } from './chart-format.js';
import type { ChartFrame, ChartScales } from './chart-scales.js';
import type { ScaleLinear } from 'd3-scale';

/** Props of {@link ChartAxes}. */
export interface ChartAxesProps {
  scales: ChartScales;
  frame: ChartFrame;
  locale: string | undefined;
}

/**
 * Left (value) and bottom axes, drawn from the same scales as the series. Ticks are keyed by value,
 * so while the view glides a tick moves with the paths; labels are thinned to about one per 90 px
 * of plot width (x) as the scale changes, so they never overlap.
 */
export const ChartAxes = memo(function ChartAxes({ scales, frame, locale }: ChartAxesProps) {
  const format = chartNumberFormat(locale, true);
  const yTicks = safeTicks(scales.y, 5);
  const { categories, x } = scales;
  // As many x labels as fit: about one per 90 px of plot width (labels are up to 12 characters).
  const labelRoom = Math.max(2, Math.floor((scales.range[1] - scales.range[0]) / 90));
  const step = Math.max(1, Math.ceil(categories.length / labelRoom));
  const xTicks: Array<{ key: string; at: number; label: string }> = x
    ? thinned(safeTicks(x, Math.min(6, labelRoom)), labelRoom).map((value) => ({
        key: String(value),
        at: scales.xOf(value),
        label: format(value),
      }))
    : Array.from({ length: Math.ceil(categories.length / step) }, (_, index) => {
        const label = categories[index * step]!;
        return { key: label, at: scales.xOf(label) + scales.bandwidth / 2, label };
      });
  const baseline = frame.height - frame.bottom;
  return (
    <g className="ripen-chart-axes" aria-hidden="true">
      <g className="ripen-chart-axis ripen-chart-axis--y">
        {yTicks.map((tick) => (
          <g key={tick} className="ripen-chart-tick" style={{ transform: `translate(0px, ${scales.y(tick)}px)` }}>
            <line className="ripen-chart-grid" x1={frame.left} x2={frame.width - frame.right} />
            <text x={frame.left - 6} dy="0.32em" textAnchor="end">
              {format(tick)}
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
        {xTicks.map((tick) => (
          <g
            key={tick.key}
            className="ripen-chart-tick"
            style={{ transform: `translate(${tick.at}px, ${baseline}px)` }}
          >
            <text y={16} textAnchor="middle">
              {tick.label.length > 12 ? `${tick.label.slice(0, 11)}…` : tick.label}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
});

/** Every k-th tick by value (multiples of k steps), so that at most `room` remain and none flickers while the scale moves. */
function thinned(ticks: number[], room: number): number[] {
  const every = Math.ceil(ticks.length / room);
  if (every <= 1) return ticks;
  const step = ticks[1]! - ticks[0]!;
  return ticks.filter((tick) => Math.round(tick / step) % every === 0);
}

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
