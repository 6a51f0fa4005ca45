import { memo } from 'react';
import { useChartCopy } from './chart-copy.js';
import type { ChartSeriesData } from './chart-data.js';
import { seriesFacts } from './chart-extent.js';
import { chartNumberFormat } from './chart-format.js';

/** Props of {@link ChartDataTable}. */
export interface ChartDataTableProps {
  series: readonly ChartSeriesData[];
  caption: string;
  locale: string | undefined;
  /** True once the chart will not change any more (complete, truncated, aborted, error). */
  settled: boolean;
}

/**
 * The chart's text alternative: a visually hidden table of every series' values by x, once the
 * data has settled (`settled`). While points still stream, a one-line summary stands in for it, so
 * a growing chart does not rebuild thousands of hidden cells on every commit (and screen readers,
 * told the region is busy, get no half-written table). Above 1,000 points the table summarises
 * each series (count, lowest, highest) instead of listing 10⁵ rows.
 */
export const ChartDataTable = memo(function ChartDataTable({ series, caption, locale, settled }: ChartDataTableProps) {
  const messages = useChartCopy();
  // Built in the same render that settles the chart: a table added later (e.g. in a deferred render)
  // would land between the legend and the view's live announcement, changing text already shown as
  // complete. Above 1,000 points it is a per-series summary (from the extents read with the points).
  const points = series.reduce((sum, one) => sum + seriesFacts(one).count, 0);
  if (!settled) return <p className="ripen-visually-hidden">{messages.chartSoFar(caption, series.length, points)}</p>;
  const format = chartNumberFormat(locale);
  if (points > 1000)
    return (
      <ul className="ripen-visually-hidden" aria-label={caption}>
        {series.map((one, index) => {
          const { count, yLow, yHigh } = seriesFacts(one);
          const range = count > 0 ? [format(yLow), format(yHigh)] : ['—', '—'];
          return <li key={index}>{`${one.name}: ${messages.chartSummary(format(count), range[0]!, range[1]!)}`}</li>;
        })}
      </ul>
    );
  // One row per distinct x (a number and a label that read the same stay apart), in first-seen order;
  // each series' first value at that x.
  const rows = new Map<string, { x: number | string; ys: Array<number | undefined> }>();
  series.forEach((one, column) => {
    for (const point of one.points) {
      const key = typeof point.x + point.x;
      const row = rows.get(key) ?? { x: point.x, ys: [] };
      rows.set(key, row);
      row.ys[column] ??= point.y;
    }
  });
  return (
    <table className="ripen-visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">X</th>
          {series.map((one, index) => (
            <th key={index} scope="col">
              {one.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...rows].map(([key, { x, ys }]) => (
          <tr key={key}>
            <th scope="row">{typeof x === 'number' ? format(x) : x}</th>
            {series.map((_, index) => (
              <td key={index}>{ys[index] === undefined ? '' : format(ys[index])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
