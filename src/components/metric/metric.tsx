import { getNumberFormat } from '../common/json-shape.js';
import { METRIC_CHINESE } from '../common/messages-chinese.js';
import { METRIC_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { Skeleton } from '../common/skeleton.js';
import type { StreamingProps } from '../common/status.js';
import { defineView, useViewState, ViewShell, type ViewAttributes, type ViewProps } from '../common/view-shell.js';
import { formatMetricValue, readMetric } from './metric-format.js';

/** Props of {@link Metric}. */
export interface MetricProps extends StreamingProps, ViewProps, ViewAttributes<HTMLDivElement> {
  /**
   * A number (or pre-formatted string), or an object `{ label?, value, delta?, unit?, currency? }`
   * (`delta` a number: positive is shown as up, negative as down).
   */
  value: unknown;
  /** Label; overrides the value's `label`. */
  label?: string;
  /**
   * Unit, formatted by `Intl.NumberFormat` when it knows it (`ms`, `km/h`, `percent`, `kilobyte`…;
   * an ISO 4217 code such as `USD` is a currency), else appended after a space. Overrides the value's `unit`.
   */
  unit?: string;
  /** ISO 4217 currency code (`'USD'`, `'CNY'`); overrides the value's `currency`. */
  currency?: string;
  /** `Intl.NumberFormat` options for the value. */
  format?: Intl.NumberFormatOptions;
  /** How a numeric delta is shown: `'percent'` (8.4 → "+8.4%", default) or `'number'`. */
  deltaStyle?: 'percent' | 'number';
  /** Which way is good: `'higher'` (default; a rise is shown as better) or `'lower'` (latency, errors, cost). */
  better?: 'higher' | 'lower';
  locale?: string | undefined;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
}

/** A headline number with its label and an optional delta (direction and sentiment in text, not colour only). */
export const Metric = defineView<MetricProps, HTMLDivElement>('Metric', function Metric(props, ref) {
  const {
    value,
    status = 'complete',
    fieldStatus,
    pointer,
    skeletonDelay,
    label,
    unit,
    currency,
    format,
    deltaStyle = 'percent',
    better = 'higher',
    locale,
    announce = true,
    className,
    ...rest
  } = props;
  const messages = useCopy(METRIC_ENGLISH, METRIC_CHINESE);
  const { state, showShimmer } = useViewState(value, status, fieldStatus, pointer, skeletonDelay);
  const part = readMetric(value);
  const shownLabel = label ?? (typeof part.label === 'string' ? part.label : undefined);
  const shownUnit = unit ?? (typeof part.unit === 'string' ? part.unit : undefined);
  const shownCurrency = currency ?? (typeof part.currency === 'string' ? part.currency : undefined);
  const mainText = formatMetricValue(part.main, shownUnit, shownCurrency, locale, format);
  const delta = typeof part.delta === 'number' && Number.isFinite(part.delta) ? part.delta : undefined;
  const deltaFormat = getNumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const direction = delta === undefined ? undefined : delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const good = direction === 'flat' ? undefined : (direction === 'up') === (better === 'higher');
  return (
    <ViewShell
      {...rest}
      ref={ref}
      base="ripen-metric"
      className={className}
      state={state}
      shimmer={showShimmer}
      announce={announce}
      message={messages.metricLoaded(shownLabel, mainText)}
    >
      <div className="ripen-metric-label">{shownLabel ?? (state === 'skeleton' ? <Skeleton width="6em" /> : null)}</div>
      <div className="ripen-metric-value ripen-numeric">
        {mainText ?? (state === 'skeleton' || state === 'streaming' ? <Skeleton width="4em" height="1.2em" /> : '—')}
      </div>
      {delta !== undefined ? (
        <div
          className={`ripen-metric-delta ripen-metric-delta--${direction}${good === undefined ? '' : good ? ' ripen-metric-delta--good' : ' ripen-metric-delta--bad'}`}
        >
          <span aria-hidden="true">{direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}</span>
          <span className="ripen-visually-hidden">
            {`${direction === 'up' ? messages.up : direction === 'down' ? messages.down : messages.unchanged} `}
          </span>
          {deltaFormat.format(delta)}
          {deltaStyle === 'percent' ? '%' : ''}
          {better === 'lower' && good !== undefined ? (
            <span className="ripen-visually-hidden">{` (${good ? messages.better : messages.worse})`}</span>
          ) : null}
        </div>
      ) : (
        // The delta line is kept (blank) until a delta arrives: metrics below never move.
        <div className="ripen-metric-delta">{typeof part.delta === 'string' ? part.delta : '\u00a0'}</div>
      )}
    </ViewShell>
  );
});
