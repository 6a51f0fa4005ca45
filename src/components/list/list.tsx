import { memo } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { LIST_CHINESE } from '../common/messages-chinese.js';
import { LIST_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { Skeleton } from '../common/skeleton.js';
import { childSlot, type StreamingProps } from '../common/status.js';
import { ValueView } from '../common/value-view.js';
import { defineView, useViewState, ViewShell, type ViewAttributes, type ViewProps } from '../common/view-shell.js';
import { useVirtualWindow } from '../common/virtual-window.js';

/** Props of {@link List}. */
export interface ListProps extends StreamingProps, ViewProps, ViewAttributes<HTMLDivElement> {
  /** A (growing) array; scalars are shown as text, nested values through the nested view (AutoView). */
  value: unknown;
  /** Numbered list (`<ol>`) instead of bullets. Default false. */
  ordered?: boolean;
  /** Items reserved by the skeleton. Default 3. */
  skeletonItems?: number;
  /** Virtualise (render only the visible items, in a scroll viewport) above this many items. Default 200. */
  virtualizeThreshold?: number;
  /** Height of the scroll viewport when virtualised, in CSS pixels. Default 480. */
  maxHeight?: number;
  locale?: string | undefined;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every item render (testing/profiling). */
  onItemRender?: (index: number) => void;
}

interface ListItemProps {
  index: number;
  value: unknown;
  field: FieldStatus;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  locale: string | undefined;
  onRender: ((index: number) => void) | undefined;
}

const ListItem = memo(function ListItem({ index, value, field, onRender, ...rest }: ListItemProps) {
  onRender?.(index);
  return (
    <li className="ripen-list-item" data-state={field}>
      <ValueView value={value} field={field} {...rest} />
    </li>
  );
});

/** A streaming list: items append, only the last one can still be growing; long lists are virtualised. */
export const List = defineView<ListProps, HTMLDivElement>('List', function List(props, ref) {
  const {
    value,
    status = 'complete',
    fieldStatus,
    pointer,
    skeletonDelay,
    ordered = false,
    skeletonItems = 3,
    virtualizeThreshold = 200,
    maxHeight = 480,
    locale,
    announce = true,
    onItemRender,
    className,
    ...rest
  } = props;
  const messages = useCopy(LIST_ENGLISH, LIST_CHINESE);
  const items = Array.isArray(value) ? value : undefined;
  const { field, state, showShimmer } = useViewState(value, status, fieldStatus, pointer, skeletonDelay, !!items);
  const list = items ?? [];
  const virtual = useVirtualWindow({
    count: list.length,
    enabled: list.length > virtualizeThreshold,
    estimate: 26,
    viewport: maxHeight,
  });
  const Tag = ordered ? 'ol' : 'ul';
  const renderItem = (index: number) => (
    <ListItem
      key={index}
      index={index}
      {...childSlot(field, list[index], index, index === list.length - 1, status, fieldStatus, pointer ?? '')}
      locale={locale}
      onRender={onItemRender}
    />
  );
  return (
    <ViewShell
      {...rest}
      ref={ref}
      base="ripen-list"
      className={className}
      state={state}
      shimmer={showShimmer}
      announce={announce}
      message={messages.listLoaded(list.length)}
    >
      <div
        ref={virtual.scrollRef}
        className="ripen-list-scroll"
        style={virtual.style}
        tabIndex={virtual.style ? 0 : undefined}
        role={virtual.style ? 'region' : undefined}
        aria-label={virtual.style ? messages.list : undefined}
      >
        <Tag
          className="ripen-list-items"
          start={ordered && virtual.indices ? (virtual.indices[0] ?? 0) + 1 : undefined}
        >
          {state === 'skeleton'
            ? Array.from({ length: skeletonItems }, (_, index) => (
                <li key={index} className="ripen-list-item">
                  <Skeleton width={`${60 + ((index * 17) % 35)}%`} />
                </li>
              ))
            : null}
          {virtual.before > 0 ? (
            <li aria-hidden="true" className="ripen-spacer" style={{ height: virtual.before }} />
          ) : null}
          {state === 'skeleton' ? null : (virtual.indices ?? list.map((_, index) => index)).map(renderItem)}
          {virtual.after > 0 ? (
            <li aria-hidden="true" className="ripen-spacer" style={{ height: virtual.after }} />
          ) : null}
        </Tag>
      </div>
    </ViewShell>
  );
});
