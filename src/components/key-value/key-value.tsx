import { forwardRef, memo, type HTMLAttributes } from 'react';
import { humanizeKey, isRecord, readOwn } from '../common/json-shape.js';
import { LiveAnnouncement } from '../common/live-announcement.js';
import { Skeleton, skeletonClass, useDelayElapsed } from '../common/skeleton.js';
import { StatusNote } from '../common/status-note.js';
import {
  childPointer,
  classNames,
  readChildStatus,
  stateAttributes,
  stateOf,
  type StreamingProps,
} from '../common/status.js';
import { settledStreamProps } from '../common/value-view.js';
import { KeyValueRow } from './key-value-row.js';

/** A field hint: which key to show, with which label, before any byte arrives. */
export interface FieldHint {
  key: string;
  /** Visible label; default: the key humanised (`first_name` → `First name`). */
  label?: string;
}

/** Props of {@link KeyValue}. */
export interface KeyValueProps extends StreamingProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** A (partial) object; each own key becomes a row. Keys are data: `__proto__` is shown as text. */
  value: unknown;
  /** Schema hint: rows to show, in order, even before they arrive (other keys follow). */
  fields?: readonly FieldHint[];
  /** Rows shown by the skeleton when no `fields` hint is given. Default 3. */
  skeletonRows?: number;
  locale?: string;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every row render (testing/profiling). */
  onRowRender?: (label: string) => void;
}

/** Rows of a key/value object as a description list (`<dl>`), one memoised row per key. */
export const KeyValue = memo(
  forwardRef<HTMLDivElement, KeyValueProps>(function KeyValue(props, ref) {
    const {
      value,
      status = 'complete',
      fieldStatus,
      pointer = '',
      skeletonDelay,
      fields,
      skeletonRows = 3,
      locale,
      announce,
      onRowRender,
      className,
      ...rest
    } = props;
    const record = isRecord(value) ? value : undefined;
    const { field, state } = stateOf(value === undefined ? undefined : (record ?? value), status, fieldStatus, pointer);
    const finalState = value !== undefined && !record ? 'invalid' : state;
    const showShimmer = useDelayElapsed(finalState === 'skeleton', skeletonDelay);
    const keys = record ? Object.keys(record) : [];
    const hinted = fields ?? [];
    const rows: FieldHint[] = [
      ...hinted,
      ...keys.filter((key) => !hinted.some((hint) => hint.key === key)).map((key) => ({ key })),
    ];
    return (
      <div {...rest} ref={ref} className={classNames('ripen-key-value', className)} {...stateAttributes(finalState)}>
        <dl className="ripen-kv-list">
          {finalState === 'skeleton' && rows.length === 0
            ? Array.from({ length: skeletonRows }, (_, index) => (
                <div key={index} className={classNames('ripen-kv-row', skeletonClass(showShimmer))}>
                  <dt className="ripen-kv-key">
                    <Skeleton width="6em" />
                  </dt>
                  <dd className="ripen-kv-value">
                    <Skeleton width="10em" />
                  </dd>
                </div>
              ))
            : rows.map((row) => {
                const rowValue = record ? readOwn(record, row.key) : undefined;
                const rowPointer = childPointer(pointer, row.key);
                const rowField = readChildStatus(
                  field,
                  rowValue,
                  row.key === keys[keys.length - 1],
                  fieldStatus,
                  rowPointer,
                );
                const shown =
                  rowField === 'absent' && (finalState === 'complete' || finalState === 'invalid')
                    ? 'complete'
                    : rowField;
                return (
                  <KeyValueRow
                    key={row.key}
                    label={row.label ?? humanizeKey(row.key)}
                    value={rowValue}
                    field={shown}
                    {...settledStreamProps(shown, status, fieldStatus)}
                    pointer={rowPointer}
                    locale={locale}
                    onRender={onRowRender}
                  />
                );
              })}
        </dl>
        <StatusNote state={finalState} />
        <LiveAnnouncement
          state={finalState}
          message={`Details loaded, ${keys.length} fields`}
          enabled={announce ?? true}
        />
      </div>
    );
  }),
);
