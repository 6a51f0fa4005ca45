import { forwardRef, memo, type HTMLAttributes } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import type { DateFormat } from '../common/json-shape.js';
import { VIEW_CHINESE } from '../common/messages-chinese.js';
import { VIEW_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { classNames } from '../common/status.js';
import { ValueView } from '../common/value-view.js';

/** Props of {@link KeyValueRow}. */
export interface KeyValueRowProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Visible label (plain text). */
  label: string;
  value: unknown;
  /** Status of this field: `absent` shows a shimmer, `streaming` a caret, `invalid` is marked. */
  field: FieldStatus;
  status: StreamStatus;
  fieldStatus?: FieldStatusReader | undefined;
  /** Pointer of the value (for nested values and per-field status). */
  pointer: string;
  locale?: string | undefined;
  /** The schema's date `format` of the value. */
  dateFormat?: DateFormat | undefined;
  /** Call counter for tests and profiling; called on every render. */
  onRender?: ((label: string) => void) | undefined;
}

/**
 * One `<dt>`/`<dd>` pair (wrapped in a `<div>`, valid inside `<dl>`), memoised: it re-renders only
 * when its own value, status or label changes. `data-state` carries the field status.
 */
export const KeyValueRow = memo(
  forwardRef<HTMLDivElement, KeyValueRowProps>(function KeyValueRow(
    { label, value, field, status, fieldStatus, pointer, locale, dateFormat, onRender, className, ...rest },
    ref,
  ) {
    onRender?.(label);
    const messages = useCopy(VIEW_ENGLISH, VIEW_CHINESE);
    const numeric = typeof value === 'number';
    return (
      <div {...rest} ref={ref} className={classNames('ripen-kv-row', className)} data-state={field}>
        <dt className="ripen-kv-key">{label}</dt>
        <dd className={classNames('ripen-kv-value', numeric && 'ripen-numeric')}>
          <ValueView
            value={value}
            field={field}
            status={status}
            fieldStatus={fieldStatus}
            pointer={pointer}
            locale={locale}
            dateFormat={dateFormat}
          />
          {field === 'invalid' ? <span className="ripen-field-invalid"> {messages.invalidField}</span> : null}
        </dd>
      </div>
    );
  }),
);
