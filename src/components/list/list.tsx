import { forwardRef, memo, type HTMLAttributes } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
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
import { settledStreamProps, ValueView } from '../common/value-view.js';

/** Props of {@link List}. */
export interface ListProps extends StreamingProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** A (growing) array; scalars are shown as text, nested values through AutoView. */
  value: unknown;
  /** Numbered list (`<ol>`) instead of bullets. Default false. */
  ordered?: boolean;
  /** Items reserved by the skeleton. Default 3. */
  skeletonItems?: number;
  locale?: string;
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

const ListItem = memo(function ListItem({
  index,
  value,
  field,
  status,
  fieldStatus,
  pointer,
  locale,
  onRender,
}: ListItemProps) {
  onRender?.(index);
  return (
    <li className="ripen-list-item" data-state={field}>
      <ValueView
        value={value}
        field={field}
        status={status}
        fieldStatus={fieldStatus}
        pointer={pointer}
        locale={locale}
      />
    </li>
  );
});

/** A streaming list: items append, only the last one can still be growing. */
export const List = memo(
  forwardRef<HTMLDivElement, ListProps>(function List(props, ref) {
    const {
      value,
      status = 'complete',
      fieldStatus,
      pointer = '',
      skeletonDelay,
      ordered = false,
      skeletonItems = 3,
      locale,
      announce = true,
      onItemRender,
      className,
      ...rest
    } = props;
    const items = Array.isArray(value) ? value : undefined;
    const resolved = stateOf(value, status, fieldStatus, pointer);
    const state = value !== undefined && !items ? 'invalid' : resolved.state;
    const showShimmer = useDelayElapsed(state === 'skeleton', skeletonDelay);
    const Tag = ordered ? 'ol' : 'ul';
    return (
      <div {...rest} ref={ref} className={classNames('ripen-list', className)} {...stateAttributes(state)}>
        <Tag className="ripen-list-items">
          {state === 'skeleton'
            ? Array.from({ length: skeletonItems }, (_, index) => (
                <li key={index} className={classNames('ripen-list-item', skeletonClass(showShimmer))}>
                  <Skeleton width={`${60 + ((index * 17) % 35)}%`} />
                </li>
              ))
            : (items ?? []).map((item, index) => {
                const itemPointer = childPointer(pointer, index);
                const field = readChildStatus(
                  resolved.field,
                  item,
                  index === items!.length - 1,
                  fieldStatus,
                  itemPointer,
                );
                return (
                  <ListItem
                    key={index}
                    index={index}
                    value={item}
                    field={field}
                    {...settledStreamProps(field, status, fieldStatus)}
                    pointer={itemPointer}
                    locale={locale}
                    onRender={onItemRender}
                  />
                );
              })}
        </Tag>
        <StatusNote state={state} />
        <LiveAnnouncement state={state} message={`List loaded, ${items?.length ?? 0} items`} enabled={announce} />
      </div>
    );
  }),
);
