import { useMemo, useRef, type ReactNode } from 'react';
import type { CardAction } from '../card/card-model.js';
import { NestedViewProvider, type NestedViewProps } from '../common/nested-view.js';
import { NestedStatusNotes } from '../common/status-note.js';
import { isSettledState, stateOf, type StreamingProps } from '../common/status.js';
import { defineView, type ViewProps } from '../common/view-shell.js';
import { AutoViewBody } from './auto-view-body.js';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import { detectShape, type AutoViewKind } from './detect-shape.js';
import { hintsFromSkeleton } from './skeleton-hints.js';

/** Props of {@link AutoView}. */
export interface AutoViewProps extends StreamingProps, ViewProps {
  /** Any (partial) JSON value, e.g. `useJsonStream(...).value`. Pass `status` with it: without it the value is shown as complete (static data). */
  value: unknown;
  /** Extra class on the chosen component's root (`ripen-card`, `ripen-table`, …). */
  className?: string;
  /** Announce completed sections in a polite live region. Default true; nested views never announce (the outer one does). */
  announce?: boolean;
  /** Rendered inside another component (smaller headings, no own announcement). */
  nested?: boolean;
  /** Heading level of a card's title. Default 3 (4 when `nested`). */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Passed to cards: show images (default false). */
  images?: boolean | undefined;
  /** Passed to cards: allowed URL protocols. */
  allowedProtocols?: readonly string[] | undefined;
  /** Passed to cards: action handler. */
  onAction?: ((action: CardAction) => void) | undefined;
  /** BCP 47 locale for number formatting (`Intl.NumberFormat`). Default: the runtime's. */
  locale?: string | undefined;
  /**
   * The schema's layout (`useJsonStream(...).skeleton`): with it the view, card fields and table
   * columns are drawn before the first byte and kept in schema order as values arrive.
   */
  skeleton?: SchemaSkeleton | undefined;
}

/**
 * Renders arbitrary JSON by its shape (see {@link detectShape}): object → Card, array of objects →
 * Table, numeric series → Chart, array of scalars → List, scalar → Text. Once a shape is decided
 * from complete data it sticks, so a growing value never flips between views.
 */
export const AutoView = defineView<AutoViewProps, HTMLElement>('AutoView', function AutoView(props, ref) {
  const {
    value,
    status = 'complete',
    fieldStatus,
    pointer = '',
    skeletonDelay,
    className,
    announce = true,
    nested = false,
    headingLevel,
    images,
    allowedProtocols,
    onAction,
    locale,
    skeleton,
  } = props;
  const hints = useMemo(() => (skeleton ? hintsFromSkeleton(skeleton) : undefined), [skeleton]);
  const locked = useRef<AutoViewKind | undefined>(hints?.kind);
  const { state } = stateOf(value, status, fieldStatus, pointer);
  const settled = isSettledState(state);
  const completeItems = Array.isArray(value) && !settled ? value.slice(0, -1) : undefined;
  const kind = locked.current ?? detectShape(value, completeItems);
  if (
    locked.current === undefined &&
    kind !== 'skeleton' &&
    (settled || (completeItems && completeItems.length > 0) || !Array.isArray(value))
  ) {
    locked.current = kind;
  }
  // Props left undefined are the same as absent for every view.
  const common = { status, fieldStatus, pointer, className, announce: announce && !nested, skeletonDelay, locale };
  const card = { headingLevel: headingLevel ?? (nested ? 4 : 3), images, allowedProtocols, onAction };
  const body = <AutoViewBody {...{ kind, state, value, hints, skeleton, common, card }} viewRef={ref} />;
  return (
    <NestedViewProvider render={NestedAutoView} value={value}>
      {nested ? <NestedStatusNotes>{body}</NestedStatusNotes> : body}
    </NestedViewProvider>
  );
});

/**
 * Makes AutoView the nested view below (for cards, tables… rendered outside an AutoView, e.g. by
 * the Renderer's catalog), so nested objects and arrays are drawn in full up to the depth cap.
 */
export function NestedAutoViews({ value, children }: { value: unknown; children: ReactNode }) {
  return (
    <NestedViewProvider render={NestedAutoView} value={value}>
      {children}
    </NestedViewProvider>
  );
}

/** AutoView as the nested view of cards, lists, key/value rows and table cells. */
function NestedAutoView(props: NestedViewProps) {
  return <AutoView {...props} announce={false} nested />;
}
