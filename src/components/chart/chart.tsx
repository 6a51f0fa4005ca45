import { useId, useMemo, useRef } from 'react';
import { useChartCopy } from './chart-copy.js';
import { isRecord } from '../common/json-shape.js';
import { Skeleton } from '../common/skeleton.js';
import { isSettledState, type StreamingProps } from '../common/status.js';
import {
  defineView,
  hostAttributes,
  useViewState,
  ViewShell,
  type ViewAttributes,
  type ViewProps,
} from '../common/view-shell.js';
import { readChartInput, type ChartRowsOptions } from './chart-data.js';
import { ChartDataTable } from './chart-data-table.js';
import { chartKind, drawnSeries, seriesStatuses } from './chart-model.js';
import { ChartLegend, ChartPlot } from './chart-plot.js';
import { createScales, growDomain, type ChartDomain, type ChartFrame, type ChartKind } from './chart-scales.js';
import { viewOf } from './chart-view.js';
import { useGlidingView } from './use-gliding-view.js';
import { useMeasuredWidth } from './use-measured-width.js';

/** Props of {@link Chart}. */
export interface ChartProps extends StreamingProps, ViewProps, ViewAttributes<HTMLDivElement> {
  /** `number[]`, `{ series: [{ name, data }] }`, rows with a label and numeric columns, or `{ data, type?, title? }`. */
  value: unknown;
  /** Chart kind; default the value's `type` if it names one, else `'line'` (unknown kinds warn in development). */
  kind?: ChartKind;
  /** Title (also the data table's caption); default the value's `title`. */
  title?: string;
  /** `'append'` (default) draws points as they arrive; `'whole-series'` draws a series once complete. */
  policy?: 'append' | 'whole-series';
  /** ViewBox width and height. Default: the container's measured width (480 before it is known, e.g. on the server) × 270. */
  width?: number;
  height?: number;
  /** Rows adapter options (label column, numeric columns). */
  rows?: ChartRowsOptions;
  locale?: string;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every series render (testing/profiling). */
  onSeriesRender?: (name: string) => void;
}

const OWN_PROPS = new Set(
  'value status fieldStatus pointer skeletonDelay kind title policy width height rows locale announce onSeriesRender className'.split(
    ' ',
  ),
);

/**
 * A streaming SVG chart (d3-scale / d3-shape). Axes only grow, with "nice" steps, so drawn points
 * never jump back; each series is memoised and its entry animation plays once. Values that are not
 * finite or beyond ±1e300 are left out with a note; long series are decimated per pixel column.
 * A visually hidden table (a summary above 1,000 points) carries the data for assistive technology.
 */
export const Chart = defineView<ChartProps, HTMLDivElement>('Chart', function Chart(props, ref) {
  const { value, status = 'complete', fieldStatus, pointer, skeletonDelay, kind: kindProp, title: titleProp } = props;
  const { policy = 'append', width: widthProp, height = 270, rows, locale, announce = true, onSeriesRender } = props;
  const messages = useChartCopy();
  const titleId = useId();
  const [root, measuredWidth] = useMeasuredWidth(ref);
  // The viewBox follows the container's width (when known), so labels keep their CSS size.
  const width = widthProp ?? measuredWidth ?? 480;
  // In a browser the width is measured before the first paint: series are drawn once, at that width.
  const waitingForWidth =
    widthProp === undefined && measuredWidth === undefined && typeof ResizeObserver === 'function';
  const input = readChartInput(value, rows);
  const kind = chartKind(kindProp, input.kind, status !== 'complete');
  const title = titleProp ?? input.title;
  const resolved = useViewState(value, status, fieldStatus, pointer, skeletonDelay);
  const state =
    value !== undefined && input.series.length === 0 && resolved.state === 'complete' ? 'invalid' : resolved.state;
  const reserveTitle = useRef(titleProp === undefined && !isSettledState(state));
  const entries = seriesStatuses(input, value, resolved.field, status, fieldStatus, pointer ?? '');
  const drawn = drawnSeries(entries, policy, state);
  // The domain only grows: a series already included (same object: normalised series keep their
  // identity while their source is unchanged) is not read again, so a re-render costs nothing
  // and a growing chart reads only the series that changed.
  const domainRef = useRef<{ domain: ChartDomain | undefined; kind: ChartKind; seen: WeakSet<object> }>(undefined);
  if (domainRef.current?.kind !== kind) domainRef.current = { domain: undefined, kind, seen: new WeakSet() };
  const tracked = domainRef.current;
  const fresh = drawn.map((entry) => entry.series).filter((series) => !tracked.seen.has(series));
  const domain = fresh.length > 0 || !tracked.domain ? growDomain(tracked.domain, fresh, kind) : tracked.domain;
  for (const series of fresh) tracked.seen.add(series);
  tracked.domain = domain;
  const frame: ChartFrame = useMemo(
    () => ({ width, height, left: 48, right: 12, top: 12, bottom: 32 }),
    [width, height],
  );
  // While streaming data rescales the axes, ticks and paths glide together to the new view.
  const view = useGlidingView(useMemo(() => viewOf(domain), [domain]));
  const scales = useMemo(() => createScales(domain, frame, kind, view), [domain, frame, kind, view]);
  const round = kind === 'pie' || kind === 'donut';
  const kindName = messages.chartKinds[kind];
  const legend = round
    ? (input.series[0]?.points ?? []).slice(0, 50).map((point) => String(point.x))
    : input.series.length > 1
      ? input.series.map((series) => series.name)
      : [];
  const dropped = input.series.reduce((sum, series) => sum + (series.dropped ?? 0), 0);
  return (
    <ViewShell
      {...hostAttributes(props, OWN_PROPS)}
      ref={root}
      base={`ripen-chart ripen-chart--${kind}`}
      className={props.className}
      state={state}
      shimmer={resolved.showShimmer}
      announce={announce}
      message={messages.chartLoaded(input.series.length)}
    >
      {title ? (
        <p className="ripen-chart-title" id={titleId}>
          {title}
        </p>
      ) : reserveTitle.current && (value === undefined || isRecord(value)) ? (
        // A `{ title, series }` value may send its title late: its line is kept (blank if it never comes).
        <p className="ripen-chart-title" aria-hidden="true">
          {'\u00a0'}
        </p>
      ) : null}
      {state === 'skeleton' ? (
        <Skeleton
          shape="block"
          width="100%"
          className="ripen-chart-skeleton"
          // Same box as the drawn chart: \`height\` px when the width follows the container.
          style={widthProp === undefined ? { height } : { aspectRatio: `${width} / ${height}`, height: 'auto' }}
        />
      ) : (
        <ChartPlot
          boxHeight={widthProp === undefined ? height : undefined}
          {...{ kind, scales, frame, locale, onSeriesRender }}
          drawn={waitingForWidth ? [] : drawn}
          label={messages.chartLabel(kindName, title, input.series.length)}
        />
      )}
      <ChartLegend names={legend} />
      {dropped > 0 ? <p className="ripen-chart-note">{messages.chartDropped(dropped)}</p> : null}
      <ChartDataTable
        series={input.series}
        caption={title ?? messages.chartData(kindName)}
        locale={locale}
        settled={isSettledState(state)}
      />
    </ViewShell>
  );
});
