import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { type DateFormat, humanizeKey, readOwn, type JsonRecord } from '../common/json-shape.js';
import { DETAILS_CHINESE } from '../common/messages-chinese.js';
import { DETAILS_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { childSlot } from '../common/status.js';
import { useVirtualWindow } from '../common/virtual-window.js';
import { KeyValueRow } from './key-value-row.js';

/** A field hint: which key to show, with which label, before any byte arrives. */
export interface FieldHint {
  key: string;
  /** Visible label; default: the key humanised (`first_name` → `First name`). */
  label?: string | undefined;
  /** The schema's `format` for a string (`'date'` or `'date-time'`): formatted with `Intl.DateTimeFormat` once complete. */
  dateFormat?: DateFormat | undefined;
}

/** Props of {@link KeyValueRows}. */
export interface KeyValueRowsProps {
  record: JsonRecord | undefined;
  rows: readonly FieldHint[];
  /** Status of the object. */
  field: FieldStatus;
  /** The view has settled: absent rows are shown empty, not as shimmers. */
  settled: boolean;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  locale: string | undefined;
  onRowRender: ((label: string) => void) | undefined;
  /** Virtualise above this many rows (default 200), in a viewport of `maxHeight` px (default 480). */
  virtualizeThreshold?: number | undefined;
  maxHeight?: number | undefined;
}

/**
 * The `<dl>` of key/value rows shared by KeyValue and Card, one memoised row per key; above the
 * threshold only the visible rows render (10⁴ keys paint like 30).
 */
export function KeyValueRows(props: KeyValueRowsProps) {
  const { record, rows, field, settled, status, fieldStatus, pointer, locale, onRowRender } = props;
  const messages = useCopy(DETAILS_ENGLISH, DETAILS_CHINESE);
  const maxHeight = props.maxHeight ?? 480;
  const virtual = useVirtualWindow({
    count: rows.length,
    enabled: rows.length > (props.virtualizeThreshold ?? 200),
    estimate: 28,
    viewport: maxHeight,
  });
  const keys = record ? Object.keys(record) : [];
  const lastKey = keys[keys.length - 1];
  const renderRow = (index: number) => {
    const row = rows[index]!;
    return (
      <KeyValueRow
        key={row.key}
        label={row.label ?? humanizeKey(row.key)}
        {...childSlot(
          field,
          record && readOwn(record, row.key),
          row.key,
          row.key === lastKey,
          status,
          fieldStatus,
          pointer,
          settled,
        )}
        locale={locale}
        dateFormat={row.dateFormat}
        onRender={onRowRender}
      />
    );
  };
  const spacer = (height: number) =>
    height > 0 ? <div aria-hidden="true" className="ripen-spacer" style={{ height, gridColumn: '1 / -1' }} /> : null;
  const list = (
    <dl className="ripen-kv-list">
      {spacer(virtual.before)}
      {(virtual.indices ?? rows.map((_, index) => index)).map(renderRow)}
      {spacer(virtual.after)}
    </dl>
  );
  if (!virtual.style) return list;
  const scrolls = virtual.style !== undefined;
  return (
    <div
      ref={virtual.scrollRef}
      className="ripen-kv-scroll"
      style={virtual.style}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? messages.details : undefined}
    >
      {list}
    </div>
  );
}

/**
 * Rows in order: the hinted keys first, then the record's other keys in arrival order (a Set, so
 * 10⁴ keys cost 10⁴ steps, not 10⁸).
 */
export function orderRows(record: JsonRecord | undefined, hints: readonly FieldHint[] = []): FieldHint[] {
  const hinted = new Set(hints.map((hint) => hint.key));
  const rest = record ? Object.keys(record).filter((key) => !hinted.has(key)) : [];
  return [...hints, ...rest.map((key) => ({ key }))];
}
