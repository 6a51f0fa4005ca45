import { forwardRef, memo, type HTMLAttributes } from 'react';
import { findKey, getNumberFormat, isRecord, readOwn, scalarText } from '../common/json-shape.js';
import { LiveAnnouncement } from '../common/live-announcement.js';
import { Skeleton, skeletonClass, useDelayElapsed } from '../common/skeleton.js';
import { StatusNote } from '../common/status-note.js';
import { classNames, stateAttributes, stateOf, type StreamingProps } from '../common/status.js';

/** Props of {@link Metric}. */
export interface MetricProps extends StreamingProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * A number (or pre-formatted string), or an object `{ label?, value, delta?, unit? }`
   * (`delta` a number: positive is shown as up, negative as down).
   */
  value: unknown;
  /** Label; overrides the value's `label`. */
  label?: string;
  /** Unit appended to the value (e.g. `'%'`, `'ms'`); overrides the value's `unit`. */
  unit?: string;
  /** `Intl.NumberFormat` options for the value. */
  format?: Intl.NumberFormatOptions;
  /** How a numeric delta is shown: `'percent'` (8.4 → "+8.4%", default) or `'number'`. */
  deltaStyle?: 'percent' | 'number';
  locale?: string;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
}

function parts(value: unknown) {
  if (!isRecord(value)) return { main: value, label: undefined, delta: undefined, unit: undefined };
  const read = (candidates: readonly string[]) => {
    const key = findKey(value, candidates);
    return key === undefined ? undefined : readOwn(value, key);
  };
  return {
    main: read(['value', 'amount', 'total', 'count']),
    label: read(['label', 'title', 'name']),
    delta: read(['delta', 'change', 'trend']),
    unit: read(['unit']),
  };
}

/** A headline number with its label and an optional delta (direction given in text, not colour only). */
export const Metric = memo(
  forwardRef<HTMLDivElement, MetricProps>(function Metric(props, ref) {
    const {
      value,
      status = 'complete',
      fieldStatus,
      pointer = '',
      skeletonDelay,
      label,
      unit,
      format,
      deltaStyle = 'percent',
      locale,
      announce = true,
      className,
      ...rest
    } = props;
    const { state } = stateOf(value, status, fieldStatus, pointer);
    const showShimmer = useDelayElapsed(state === 'skeleton', skeletonDelay);
    const part = parts(value);
    const shownLabel = label ?? (typeof part.label === 'string' ? part.label : undefined);
    const shownUnit = unit ?? (typeof part.unit === 'string' ? part.unit : '');
    const numberFormat = getNumberFormat(locale, format);
    const mainText =
      part.main === undefined ? undefined : `${scalarText(part.main, (n) => numberFormat.format(n))}${shownUnit}`;
    const delta = typeof part.delta === 'number' ? part.delta : undefined;
    const deltaFormat = getNumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    const direction = delta === undefined ? undefined : delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
    return (
      <div {...rest} ref={ref} className={classNames('ripen-metric', className)} {...stateAttributes(state)}>
        <div className="ripen-metric-label">
          {shownLabel ??
            (state === 'skeleton' ? <Skeleton width="6em" className={skeletonClass(showShimmer)} /> : null)}
        </div>
        <div className="ripen-metric-value ripen-numeric">
          {mainText ??
            (state === 'complete' ? (
              '—'
            ) : (
              <Skeleton width="4em" height="1.2em" className={skeletonClass(showShimmer)} />
            ))}
        </div>
        {delta !== undefined ? (
          <div className={`ripen-metric-delta ripen-metric-delta--${direction}`}>
            <span aria-hidden="true">{direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}</span>
            <span className="ripen-visually-hidden">
              {direction === 'up' ? 'Up ' : direction === 'down' ? 'Down ' : 'Unchanged '}
            </span>
            {deltaFormat.format(delta)}
            {deltaStyle === 'percent' ? '%' : ''}
          </div>
        ) : typeof part.delta === 'string' ? (
          <div className="ripen-metric-delta">{part.delta}</div>
        ) : null}
        <StatusNote state={state} />
        <LiveAnnouncement
          state={state}
          message={`${shownLabel ?? 'Metric'} loaded${mainText ? `: ${mainText}` : ''}`}
          enabled={announce}
        />
      </div>
    );
  }),
);
