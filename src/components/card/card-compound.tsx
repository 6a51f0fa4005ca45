import { forwardRef, useId, type ReactNode } from 'react';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import { humanizeKey, isRecord } from '../common/json-shape.js';
import { useMessages } from '../common/messages-provider.js';
import type { StreamingProps } from '../common/status.js';
import { hostAttributes, useViewState, ViewShell, type ViewAttributes } from '../common/view-shell.js';
import { KeyValueRow } from '../key-value/key-value-row.js';
import { CardContext, readSlot, useCardContext } from './card-context.js';
import { CardSection, CardText } from './card-parts.js';

/** Props of {@link CardRoot}. */
export interface CardRootProps extends StreamingProps, ViewAttributes<HTMLElement> {
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
export const CardRoot = forwardRef<HTMLElement, CardRootProps>(function CardRoot(props, ref) {
  const { value, status = 'complete', fieldStatus, pointer, skeletonDelay, headingLevel = 3, locale } = props;
  const { announce = true, onPartRender, announceTitle, labelled = false, className, children } = props;
  const messages = useMessages();
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

/** Props of the text parts (`Card.Title`, `Card.Text`). */
export interface CardTextPartProps {
  /** Key of the value to show. Default `'title'` for `Card.Title`, `'body'` for `Card.Text`. */
  name?: string;
  /** Skeleton lines while absent. */
  lines?: number;
}

/** The card's heading (`h{headingLevel}`, labels the card): shimmer → text with caret → text. */
export const CardTitle = forwardRef<HTMLElement, CardTextPartProps>(function CardTitle(
  { name = 'title', lines = 1 },
  ref,
) {
  const context = useCardContext('Title');
  const slot = readSlot(context, name);
  const tag = `h${context.headingLevel}` as 'h3';
  return (
    <CardText
      ref={ref}
      as={tag}
      className="ripen-card-title"
      {...slot}
      lines={lines}
      id={context.titleId}
      onRender={context.onPartRender}
    />
  );
});

/** A paragraph of the card (`body` by default). */
export const CardBody = forwardRef<HTMLElement, CardTextPartProps & { className?: string }>(function CardBody(
  { name = 'body', lines = 3, className = 'ripen-card-body' },
  ref,
) {
  const context = useCardContext('Text');
  return (
    <CardText
      ref={ref}
      as="p"
      className={className}
      {...readSlot(context, name)}
      lines={lines}
      onRender={context.onPartRender}
    />
  );
});

/** Props of {@link CardField}. */
export interface CardFieldProps {
  /** Key of the value. */
  name: string;
  /** Visible label; default the key humanised. */
  label?: string | undefined;
}

/** One key/value row (a `<div>` of `<dt>`/`<dd>`; put it in a `<dl className="ripen-kv-list">`). */
export const CardField = forwardRef<HTMLDivElement, CardFieldProps>(function CardField({ name, label }, ref) {
  const context = useCardContext('Field');
  const slot = readSlot(context, name);
  return (
    <KeyValueRow
      ref={ref}
      label={label ?? humanizeKey(name)}
      {...slot}
      locale={context.locale}
      onRender={context.onPartRender}
    />
  );
});

/** A nested object or array of the card under its own heading (through the nested view). */
export function CardSectionPart({ name, label, skeleton }: CardFieldProps & { skeleton?: SchemaSkeleton | undefined }) {
  const context = useCardContext('Section');
  const level = context.headingLevel;
  return (
    <CardSection
      name={name}
      label={label}
      {...readSlot(context, name)}
      headingLevel={(level + 1) as 3}
      nestedLevel={Math.min(level + 2, 5) as 3}
      skeleton={skeleton}
    />
  );
}
