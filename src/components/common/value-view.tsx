import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { StreamingCaret } from './caret.js';
import { type DateFormat, formatScalar, isRecord } from './json-shape.js';
import { VIEW_CHINESE } from './messages-chinese.js';
import { VIEW_ENGLISH } from './messages-english.js';
import { useCopy } from './messages-provider.js';
import { NestedView } from './nested-view.js';
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
  /** The schema's date `format` for strings (`'date'` shows the date only). */
  dateFormat?: DateFormat | undefined;
}

/**
 * One value in a row or cell: a shimmer while absent, text (numbers via `Intl.NumberFormat`) with
 * a caret while streaming (ISO timestamps via `Intl.DateTimeFormat`), or nested objects/arrays
 * through the nested view (AutoView when one provides it, else plain rows and items). Plain text.
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
  dateFormat,
}: ValueViewProps) {
  const messages = useCopy(VIEW_ENGLISH, VIEW_CHINESE);
  if (value === undefined) {
    return field === 'complete' ? null : <Skeleton width={skeletonWidth} />;
  }
  if (Array.isArray(value) || isRecord(value)) {
    const settled = field === 'complete';
    return (
      <NestedView
        value={value}
        status={settled ? 'complete' : status}
        fieldStatus={settled ? undefined : fieldStatus}
        pointer={pointer}
        locale={locale}
      />
    );
  }
  return (
    <>
      {formatScalar(value, messages, locale, numberOptions, field === 'complete', dateFormat)}
      {showCaret(field, status) && typeof value === 'string' ? <StreamingCaret /> : null}
    </>
  );
}
