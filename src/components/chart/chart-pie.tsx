import { arc, pie, type PieArcDatum } from 'd3-shape';
import { memo } from 'react';
import type { ChartPoint, ChartSeriesData } from './chart-data.js';
import type { ChartFrame } from './chart-scales.js';

/** Props of {@link ChartPie}. */
export interface ChartPieProps {
  series: ChartSeriesData;
  frame: ChartFrame;
  donut: boolean;
}

/** A pie or donut of one series (slices in data order; negative values are skipped). */
export const ChartPie = memo(function ChartPie({ series, frame, donut }: ChartPieProps) {
  const radius = Math.min(frame.width, frame.height) / 2 - 8;
  const slices = pie<ChartPoint>()
    .value((point) => Math.max(point.y, 0))
    .sort(null)(series.points as ChartPoint[]);
  const shape = arc<PieArcDatum<ChartPoint>>()
    .innerRadius(donut ? radius * 0.6 : 0)
    .outerRadius(radius);
  return (
    <g className="ripen-chart-series ripen-chart-pie" transform={`translate(${frame.width / 2},${frame.height / 2})`}>
      {slices.map((slice, index) => (
        <path key={index} className={`ripen-chart-slice ripen-chart-color-${index % 6}`} d={shape(slice) ?? ''} />
      ))}
    </g>
  );
});
