import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { AutoView } from '../auto-view/auto-view.js';
import { StreamingCaret } from './caret.js';
import { getNumberFormat, isRecord, scalarText } from './json-shape.js';
import { Skeleton } from './skeleton.js';
import { showCaret } from './status.js';

/** Props of {@link ValueView}. */
export interface ValueViewProps {
  value: unknown;
  /** Status of this node. */
  field: FieldStatus;
  status: StreamStatus;
  fieldStatus?: FieldStatusReader | undefined;
  pointer: string;
  /** BCP 47 locale for numbers. */
  locale?: string | undefined;
  /** `Intl.NumberFormat` options for numbers. */
  format?: Intl.NumberFormatOptions | undefined;
  /** Width of the skeleton while absent. */
  skeletonWidth?: string;
}

/**
 * One value in a row or cell: a shimmer while absent, text (numbers via `Intl.NumberFormat`) with
 * a caret while streaming, or nested objects/arrays through {@link AutoView}. Always plain text.
 */
export function ValueView({
  value,
  field,
  status,
  fieldStatus,
  pointer,
  locale,
  format: numberOptions,
  skeletonWidth = '8em',
}: ValueViewProps) {
  if (value === undefined) {
    return field === 'complete' ? null : <Skeleton width={skeletonWidth} />;
  }
  if (Array.isArray(value) || isRecord(value)) {
    const settled = field === 'complete';
    return (
      <AutoView
        value={value}
        status={settled ? 'complete' : status}
        fieldStatus={settled ? undefined : fieldStatus}
        pointer={pointer}
        announce={false}
        nested
      />
    );
  }
  const format = getNumberFormat(locale, numberOptions);
  return (
    <>
      {scalarText(value, (n) => format.format(n))}
      {showCaret(field, status) && typeof value === 'string' ? <StreamingCaret /> : null}
    </>
  );
}

/** Stream props for a child: a complete child gets `status: 'complete'` and no reader, so memoised
 * parts see unchanged props and skip re-rendering. */
export function settledStreamProps(
  field: FieldStatus,
  status: StreamStatus,
  fieldStatus: FieldStatusReader | undefined,
): { status: StreamStatus; fieldStatus: FieldStatusReader | undefined } {
  return field === 'complete' ? { status: 'complete', fieldStatus: undefined } : { status, fieldStatus };
}
