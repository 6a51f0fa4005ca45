export { CardRoot, type CardRootProps } from './card-root.js';
import { forwardRef } from 'react';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import { humanizeKey } from '../common/json-shape.js';
import { KeyValueRow } from '../key-value/key-value-row.js';
import { readSlot, useCardContext } from './card-context.js';
import { CardSection, CardText } from './card-parts.js';

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
export const CardBody = forwardRef<HTMLElement, CardTextPartProps & { className?: string; as?: 'p' | 'span' }>(
  function CardBody({ name = 'body', lines = 3, className = 'ripen-card-body', as = 'p' }, ref) {
    const context = useCardContext('Text');
    return (
      <CardText
        ref={ref}
        as={as}
        className={className}
        {...readSlot(context, name)}
        lines={lines}
        onRender={context.onPartRender}
      />
    );
  },
);

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
