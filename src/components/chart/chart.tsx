import { forwardRef, memo, useId, useMemo, useRef, type HTMLAttributes } from 'react';
import { LiveAnnouncement } from '../common/live-announcement.js';
import { Skeleton, skeletonClass, useDelayElapsed } from '../common/skeleton.js';
import { StatusNote } from '../common/status-note.js';
import {
  classNames,
  isSettledState,
  readChildStatus,
  readFieldStatus,
  stateAttributes,
  stateOf,
  type StreamingProps,
} from '../common/status.js';
import { ChartAxes } from './chart-axes.js';
import { readChartInput, type ChartRowsOptions } from './chart-data.js';
import { ChartDataTable } from './chart-data-table.js';
import { useMeasuredWidth } from './use-measured-width.js';
import { ChartPie } from './chart-pie.js';
import { createScales, growDomain, type ChartDomain, type ChartFrame, type ChartKind } from './chart-scales.js';
import { ChartSeriesView } from './chart-series.js';

const KINDS: readonly ChartKind[] = ['line', 'bar', 'area', 'scatter', 'pie', 'donut'];

/** Props of {@link Chart}. */
export interface ChartProps extends StreamingProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** `number[]`, `{ series: [{ name, data }] }`, rows with a label and numeric columns, or `{ data, type?, title? }`. */
  value: unknown;
  /** Chart kind; default the value's `type` if it names one, else `'line'`. */
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

/**
 * A streaming SVG chart (d3-scale / d3-shape). Axes only grow, with "nice" steps, so drawn
 * points never jump back; each series is memoised and its entry animation plays once. A
 * visually hidden table carries the data for assistive technology.
 */
export const Chart = memo(
  forwardRef<HTMLDivElement, ChartProps>(function Chart(props, ref) {
    const {
      value,
      status = 'complete',
      fieldStatus,
      pointer = '',
      skeletonDelay,
      kind: kindProp,
      title: titleProp,
      policy = 'append',
      width: widthProp,
      height = 270,
      rows,
      locale,
      announce = true,
      onSeriesRender,
      className,
      ...rest
    } = props;
    const titleId = useId();
    const [root, measuredWidth] = useMeasuredWidth(ref);
    // The viewBox follows the container's width (when known), so labels keep their CSS size
    // instead of growing with a wide container; the height stays `height` user units.
    const width = widthProp ?? measuredWidth ?? 480;
    const resolved = stateOf(value, status, fieldStatus, pointer);
    const input = readChartInput(value, rows);
    const kind: ChartKind = kindProp ?? (KINDS.includes(input.kind as ChartKind) ? (input.kind as ChartKind) : 'line');
    const title = titleProp ?? input.title;
    const state =
      value !== undefined && input.series.length === 0 && resolved.state === 'complete' ? 'invalid' : resolved.state;
    const showShimmer = useDelayElapsed(state === 'skeleton', skeletonDelay);
    const arrayField = input.seriesArray
      ? readFieldStatus(
          value,
          status === 'complete' || resolved.field === 'complete' ? 'complete' : 'streaming',
          fieldStatus,
          pointer + input.seriesArray,
        )
      : resolved.field;
    const withStatus = input.series.map((series, index) => ({
      series,
      field: input.seriesArray
        ? readChildStatus(arrayField, series, index === input.series.length - 1, fieldStatus, pointer + series.source)
        : resolved.field,
    }));
    const drawn =
      policy === 'whole-series'
        ? withStatus.filter((entry) => entry.field === 'complete' || state !== 'streaming')
        : withStatus;
    const domainRef = useRef<ChartDomain | undefined>(undefined);
    const domain = growDomain(
      domainRef.current,
      drawn.map((entry) => entry.series),
      kind,
    );
    domainRef.current = domain;
    const frame: ChartFrame = useMemo(
      () => ({ width, height, left: 48, right: 12, top: 12, bottom: 32 }),
      [width, height],
    );
    const scales = useMemo(() => createScales(domain, frame, kind), [domain, frame, kind]);
    const round = kind === 'pie' || kind === 'donut';
    const label = `${kind.charAt(0).toUpperCase()}${kind.slice(1)} chart${title ? `: ${title}` : ''}, ${input.series.length} ${input.series.length === 1 ? 'series' : 'series'}`;
    const legend = round
      ? (input.series[0]?.points ?? []).map((point) => String(point.x))
      : input.series.length > 1
        ? input.series.map((series) => series.name)
        : [];

    return (
      <div
        {...rest}
        ref={root}
        className={classNames('ripen-chart', `ripen-chart--${kind}`, skeletonClass(showShimmer), className)}
        {...stateAttributes(state)}
      >
        {title ? (
          <p className="ripen-chart-title" id={titleId}>
            {title}
          </p>
        ) : null}
        {state === 'skeleton' ? (
          <Skeleton
            shape="block"
            width="100%"
            className="ripen-chart-skeleton"
            style={{ aspectRatio: `${width} / ${height}`, height: 'auto' }}
          />
        ) : (
          <svg
            className="ripen-chart-svg"
            viewBox={`0 0 ${width} ${height}`}
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
              </>
            )}
          </svg>
        )}
        {legend.length > 0 ? (
          <ul className="ripen-chart-legend" aria-hidden="true">
            {legend.map((name, index) => (
              <li key={index}>
                <span className={`ripen-chart-swatch ripen-chart-color-${index % 6}`} />
                {name}
              </li>
            ))}
          </ul>
        ) : null}
        <ChartDataTable
          series={input.series}
          caption={title ?? `${kind} chart data`}
          locale={locale}
          settled={isSettledState(state)}
        />
        <StatusNote state={state} />
        <LiveAnnouncement state={state} message={`Chart loaded, ${input.series.length} series`} enabled={announce} />
      </div>
    );
  }),
);
