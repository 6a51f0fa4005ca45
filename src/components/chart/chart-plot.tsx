import { useId } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import { ChartAxes } from './chart-axes.js';
import type { ChartSeriesData } from './chart-data.js';
import { ChartPie } from './chart-pie.js';
import type { ChartFrame, ChartKind, ChartScales } from './chart-scales.js';
import { ChartSeriesView } from './chart-series.js';

/** Props of {@link ChartPlot}. */
export interface ChartPlotProps {
  kind: ChartKind;
  drawn: ReadonlyArray<{ series: ChartSeriesData; field: FieldStatus }>;
  scales: ChartScales;
  frame: ChartFrame;
  locale: string | undefined;
  /** Accessible name of the image. */
  label: string;
  /**
   * CSS height in px when the viewBox follows the measured width: the box keeps its size while
   * the width is measured (a 480-wide default scaled to a wide container would be 2× taller).
   */
  boxHeight?: number | undefined;
  onSeriesRender: ((name: string) => void) | undefined;
}

/** The chart's SVG (`role="img"`): a pie or donut, or the axes and one memoised view per series. */
export function ChartPlot({ kind, drawn, scales, frame, locale, label, boxHeight, onSeriesRender }: ChartPlotProps) {
  const round = kind === 'pie' || kind === 'donut';
  const clip = useId();
  return (
    <svg
      className="ripen-chart-svg"
      style={boxHeight === undefined ? undefined : { height: boxHeight }}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      {round ? (
        drawn[0] ? (
          <ChartPie series={drawn[0].series} frame={frame} donut={kind === 'donut'} />
        ) : null
      ) : (
        <>
          <ChartAxes scales={scales} frame={frame} locale={locale} />
          {/* Series are clipped to the plot (4 px of room for strokes and dots): while the axes glide to
              a new point's value, the point is outside the shown domain and must not spill over the page. */}
          <clipPath id={clip}>
            <rect
              x={frame.left - 4}
              y={frame.top - 4}
              width={frame.width - frame.left - frame.right + 8}
              height={frame.height - frame.top - frame.bottom + 8}
            />
          </clipPath>
          <g clipPath={`url(#${clip})`}>
            {drawn.map((entry, index) => (
              <ChartSeriesView
                key={index}
                series={entry.series}
                index={index}
                count={drawn.length}
                kind={kind as 'line'}
                scales={scales}
                field={entry.field}
                onRender={onSeriesRender}
              />
            ))}
          </g>
        </>
      )}
    </svg>
  );
}

/** Series names (or pie slices) with their colour swatch; decorative (the data table names them). */
export function ChartLegend({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <ul className="ripen-chart-legend" aria-hidden="true">
      {names.map((name, index) => (
        <li key={index}>
          <span className={`ripen-chart-swatch ripen-chart-color-${index % 6}`} />
          {name}
        </li>
      ))}
    </ul>
  );
}
