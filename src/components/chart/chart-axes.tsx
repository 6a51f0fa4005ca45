import { memo } from 'react';
import { getNumberFormat } from '../common/json-shape.js';
import type { ChartFrame, ChartScales } from './chart-scales.js';

/** Props of {@link ChartAxes}. */
export interface ChartAxesProps {
  scales: ChartScales;
  frame: ChartFrame;
  locale: string | undefined;
}

/**
 * Left (value) and bottom axes. Ticks are keyed by value and placed with CSS transforms, so when
 * the domain grows existing ticks glide to their new place (transition off under reduced motion).
 */
export const ChartAxes = memo(function ChartAxes({ scales, frame, locale }: ChartAxesProps) {
  const compact = getNumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 });
  const yTicks = scales.y.ticks(5);
  const x = scales.x;
  const categories = 'bandwidth' in x || !('ticks' in x) ? (x.domain() as string[]) : undefined;
  // As many x labels as fit: about one per 90 px of plot width (labels are up to 12 characters).
  const labelRoom = Math.max(2, Math.floor((frame.width - frame.left - frame.right) / 90));
  const step = categories ? Math.max(1, Math.ceil(categories.length / labelRoom)) : 1;
  const xTicks: Array<{ key: string; at: number; label: string }> = categories
    ? categories
        .filter((_, index) => index % step === 0)
        .map((label) => ({ key: label, at: scales.xOf(label) + scales.bandwidth / 2, label }))
    : (x as { ticks: (count: number) => number[] })
        .ticks(Math.min(6, labelRoom))
        .map((value) => ({ key: String(value), at: scales.xOf(value), label: compact.format(value) }));
  const baseline = frame.height - frame.bottom;
  return (
    <g className="ripen-chart-axes" aria-hidden="true">
      <g className="ripen-chart-axis ripen-chart-axis--y">
        {yTicks.map((tick) => (
          <g key={tick} className="ripen-chart-tick" style={{ transform: `translate(0px, ${scales.y(tick)}px)` }}>
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
