import type { ChartSeriesData } from './chart-data.js';

/** What a series spans, read in the pass that reads its points (domains never re-read them). */
export interface SeriesExtent {
  /** Points drawn (values left out are not counted). */
  count: number;
  yLow: number;
  yHigh: number;
  /** Extent of numeric x values (`Infinity`, `-Infinity` when there are none). */
  xLow: number;
  xHigh: number;
  /** Some x is a category label (string). */
  categorical: boolean;
}

/** An empty extent, widened by {@link widenExtent}. */
export const emptyExtent = (): SeriesExtent => ({
  count: 0,
  yLow: Infinity,
  yHigh: -Infinity,
  xLow: Infinity,
  xHigh: -Infinity,
  categorical: false,
});

/** Widens `extent` by one point (in place). */
export function widenExtent(extent: SeriesExtent, x: number | string, y: number): void {
  extent.count += 1;
  if (y < extent.yLow) extent.yLow = y;
  if (y > extent.yHigh) extent.yHigh = y;
  if (typeof x === 'string') extent.categorical = true;
  else {
    if (x < extent.xLow) extent.xLow = x;
    if (x > extent.xHigh) extent.xHigh = x;
  }
}

/** A series' extent, and its source values when it is a bare number array (x is the index). */
export interface SeriesFacts extends SeriesExtent {
  values?: readonly number[];
}

const factsOf = new WeakMap<ChartSeriesData, SeriesFacts>();

/** Keeps the facts read with a series' points. */
export function rememberFacts(series: ChartSeriesData, facts: SeriesFacts): void {
  factsOf.set(series, facts);
}

/** The extent of a series, read with its points (or once, for a series made elsewhere). */
export function seriesFacts(series: ChartSeriesData): SeriesFacts {
  let facts = factsOf.get(series);
  if (!facts) {
    facts = emptyExtent();
    for (const point of series.points) widenExtent(facts, point.x, point.y);
    factsOf.set(series, facts);
  }
  return facts;
}
