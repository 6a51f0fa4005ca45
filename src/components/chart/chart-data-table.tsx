import { memo } from 'react';
import { getNumberFormat } from '../shared/json-shape.js';
import type { ChartSeriesData } from './chart-data.js';

/** Props of {@link ChartDataTable}. */
export interface ChartDataTableProps {
  series: readonly ChartSeriesData[];
  caption: string;
  locale: string | undefined;
}

/** The chart's text alternative: a visually hidden table of every series' values by x. */
export const ChartDataTable = memo(function ChartDataTable({ series, caption, locale }: ChartDataTableProps) {
  const format = getNumberFormat(locale);
  const xs: Array<number | string> = [];
  const seen = new Set<string>();
  for (const one of series) {
    for (const point of one.points) {
      const key = `${typeof point.x}:${point.x}`;
      if (!seen.has(key)) {
        seen.add(key);
        xs.push(point.x);
      }
    }
  }
  return (
    <table className="ripen-visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">X</th>
          {series.map((one, index) => <th key={index} scope="col">{one.name}</th>)}
        </tr>
      </thead>
      <tbody>
        {xs.map((x) => (
          <tr key={`${typeof x}:${x}`}>
            <th scope="row">{typeof x === 'number' ? format.format(x) : x}</th>
            {series.map((one, index) => {
              const point = one.points.find((candidate) => candidate.x === x);
              return <td key={index}>{point ? format.format(point.y) : ''}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
