import type { Ref } from 'react';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { Card } from '../card/card.js';
import type { CardAction } from '../card/card-model.js';
import { Chart } from '../chart/chart.js';
import { Skeleton } from '../common/skeleton.js';
import { StatusNote } from '../common/status-note.js';
import { classNames, isSettledState, stateAttributes, type ComponentState } from '../common/status.js';
import { List } from '../list/list.js';
import { Table } from '../table/table.js';
import { Text } from '../text/text.js';
import type { AutoViewKind } from './detect-shape.js';
import type { SkeletonHints } from './skeleton-hints.js';

/** What {@link AutoViewBody} needs: the chosen kind, the shared stream props and the card options. */
export interface AutoViewBodyProps {
  kind: AutoViewKind;
  state: ComponentState;
  value: unknown;
  hints: SkeletonHints | undefined;
  skeleton: SchemaSkeleton | undefined;
  common: {
    status: StreamStatus;
    fieldStatus: FieldStatusReader | undefined;
    pointer: string;
    className: string | undefined;
    announce: boolean;
    skeletonDelay: number | undefined;
    locale: string | undefined;
  };
  card: {
    headingLevel: 2 | 3 | 4 | 5;
    images: boolean | undefined;
    allowedProtocols: readonly string[] | undefined;
    onAction: ((action: CardAction) => void) | undefined;
  };
  viewRef: Ref<HTMLElement>;
}

/** The view AutoView picked, with the schema's hints (columns, expected rows, card fields). */
export function AutoViewBody({ kind, state, value, hints, skeleton, common, card, viewRef }: AutoViewBodyProps) {
  const ref = viewRef as Ref<HTMLDivElement>;
  switch (kind) {
    case 'skeleton':
      // Nothing arrived: a placeholder while the stream may still deliver, then the end state's
      // note in the same reserved space (no shimmer, no jump).
      return (
        <div ref={ref} className={classNames('ripen-auto-view', common.className)} {...stateAttributes(state)}>
          {isSettledState(state) ? <StatusNote state={state} /> : <Skeleton shape="block" height="4em" />}
        </div>
      );
    case 'text':
      return <Text ref={ref} value={value} {...common} />;
    case 'list':
      return <List ref={ref} value={value} {...common} />;
    case 'table':
      return (
        <Table
          ref={ref}
          value={value}
          {...common}
          columns={hints?.columns}
          skeletonRows={hints?.expectedItems || undefined}
        />
      );
    case 'chart':
      // Chart's optional props do not take `undefined` (exactOptionalPropertyTypes); at run time it is the same as absent.
      return <Chart ref={ref} value={value} {...(common as Omit<typeof common, 'locale' | 'skeletonDelay'>)} />;
    case 'card':
      return <Card ref={viewRef} value={value} {...common} {...card} fields={hints?.fields} skeleton={skeleton} />;
  }
}
