import { useId, type ReactNode } from 'react';
import { isRecord } from '../common/json-shape.js';
import { CARD_CHINESE } from '../common/messages-chinese.js';
import { CARD_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import type { StreamingProps } from '../common/status.js';
import { defineView, hostAttributes, useViewState, ViewShell } from '../common/view-shell.js';
import type { ViewAttributes, ViewProps } from '../common/view-shell.js';
import { CardContext } from './card-context.js';

/** Props of {@link CardRoot}. */
export interface CardRootProps extends StreamingProps, ViewProps, ViewAttributes<HTMLElement> {
  /** The (partial) object the parts read their keys from. */
  value: unknown;
  /** Heading level of `Card.Title` (sections use the next level). Default 3. */
  headingLevel?: 2 | 3 | 4 | 5;
  locale?: string | undefined;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every render of a memoised part (testing/profiling). */
  onPartRender?: ((part: string) => void) | undefined;
  /** The card is labelled by its `Card.Title` (set when one is rendered). Default false. */
  labelled?: boolean;
  /** Title text for the announcement (default: none). */
  announceTitle?: string | undefined;
  children?: ReactNode;
}

/**
 * The card's shell (`<article>` with `data-state`, end-state note and live region) and the
 * context its parts read: lay out a custom streaming card with `Card.Title`, `Card.Text`,
 * `Card.Field` and `Card.Section` in any order, each showing its key's own status.
 */
export const CardRoot = defineView<CardRootProps, HTMLElement>('Card.Root', function CardRoot(props, ref) {
  const { value, status = 'complete', fieldStatus, pointer, skeletonDelay, headingLevel = 3, locale } = props;
  const { announce = true, onPartRender, announceTitle, labelled = false, className, children } = props;
  const messages = useCopy(CARD_ENGLISH, CARD_CHINESE);
  const titleId = useId();
  const record = isRecord(value) ? value : undefined;
  const { field, state, showShimmer } = useViewState(value, status, fieldStatus, pointer, skeletonDelay, !!record);
  const keys = record ? Object.keys(record) : [];
  const context = {
    record,
    field,
    state,
    status,
    fieldStatus,
    pointer: pointer ?? '',
    locale,
    headingLevel,
    titleId,
    lastKey: keys[keys.length - 1],
    onPartRender,
  };
  return (
    <CardContext.Provider value={context}>
      <ViewShell
        {...hostAttributes(props, ROOT_PROPS)}
        ref={ref}
        as="article"
        aria-labelledby={labelled ? titleId : undefined}
        base="ripen-card"
        className={className}
        state={state}
        shimmer={showShimmer}
        announce={announce}
        message={messages.cardLoaded(announceTitle)}
      >
        {children}
      </ViewShell>
    </CardContext.Provider>
  );
});

const ROOT_PROPS = new Set(
  'value status fieldStatus pointer skeletonDelay headingLevel locale announce onPartRender announceTitle labelled className children'.split(
    ' ',
  ),
);
