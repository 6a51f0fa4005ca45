import { memo } from 'react';
import { useMessages } from '../common/messages-provider.js';
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
  const messages = useMessages();
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
  const xs: Array<number | string> = [];
  const seen = new Set<string>();
  const byX = series.map((one) => {
    const values = new Map<string, number>();
    for (const point of one.points) {
      const key = `${typeof point.x}:${point.x}`;
      if (!values.has(key)) values.set(key, point.y);
      if (!seen.has(key)) {
        seen.add(key);
        xs.push(point.x);
      }
    }
    return values;
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
        {xs.map((x) => {
          const key = `${typeof x}:${x}`;
          return (
            <tr key={key}>
              <th scope="row">{typeof x === 'number' ? format(x) : x}</th>
              {byX.map((values, index) => {
                const y = values.get(key);
                return <td key={index}>{y === undefined ? '' : format(y)}</td>;
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
