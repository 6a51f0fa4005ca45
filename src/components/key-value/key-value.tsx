import { isRecord } from '../common/json-shape.js';
import { DETAILS_CHINESE } from '../common/messages-chinese.js';
import { DETAILS_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { Skeleton } from '../common/skeleton.js';
import { isSettledState, type StreamingProps } from '../common/status.js';
import { defineView, useViewState, ViewShell, type ViewAttributes, type ViewProps } from '../common/view-shell.js';
import { KeyValueRows, orderRows, type FieldHint } from './key-value-rows.js';

export type { FieldHint } from './key-value-rows.js';

/** Props of {@link KeyValue}. */
export interface KeyValueProps extends StreamingProps, ViewProps, ViewAttributes<HTMLDivElement> {
  /** A (partial) object; each own key becomes a row. Keys are data: `__proto__` is shown as text. */
  value: unknown;
  /** Schema hint: rows to show, in order, even before they arrive (other keys follow). */
  fields?: readonly FieldHint[];
  /** Rows shown by the skeleton when no `fields` hint is given. Default 3. */
  skeletonRows?: number;
  /** Virtualise (render only the visible rows) above this many rows. Default 200. */
  virtualizeThreshold?: number;
  locale?: string | undefined;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every row render (testing/profiling). */
  onRowRender?: (label: string) => void;
}

/** Rows of a key/value object as a description list (`<dl>`), one memoised row per key. */
export const KeyValue = defineView<KeyValueProps, HTMLDivElement>('KeyValue', function KeyValue(props, ref) {
  const {
    value,
    status = 'complete',
    fieldStatus,
    pointer,
    skeletonDelay,
    fields,
    skeletonRows = 3,
    virtualizeThreshold,
    locale,
    announce = true,
    onRowRender,
    className,
    ...rest
  } = props;
  const messages = useCopy(DETAILS_ENGLISH, DETAILS_CHINESE);
  const record = isRecord(value) ? value : undefined;
  const { field, state, showShimmer } = useViewState(value, status, fieldStatus, pointer, skeletonDelay, !!record);
  const rows = orderRows(record, fields);
  return (
    <ViewShell
      {...rest}
      ref={ref}
      base="ripen-key-value"
      className={className}
      state={state}
      shimmer={showShimmer}
      announce={announce}
      message={messages.detailsLoaded(record ? Object.keys(record).length : 0)}
    >
      {state === 'skeleton' && rows.length === 0 ? (
        <dl className="ripen-kv-list">
          {Array.from({ length: skeletonRows }, (_, index) => (
            <div key={index} className="ripen-kv-row">
              <dt className="ripen-kv-key">
                <Skeleton width="6em" />
              </dt>
              <dd className="ripen-kv-value">
                <Skeleton width="10em" />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <KeyValueRows
          record={record}
          rows={rows}
          field={field}
          settled={isSettledState(state)}
          status={status}
          fieldStatus={fieldStatus}
          pointer={pointer ?? ''}
          locale={locale}
          onRowRender={onRowRender}
          virtualizeThreshold={virtualizeThreshold}
        />
      )}
    </ViewShell>
  );
});
