import { forwardRef, memo, useId, type HTMLAttributes } from 'react';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import { KeyValueRow } from '../key-value/key-value-row.js';
import { isRecord, humanizeKey, readOwn } from '../common/json-shape.js';
import { LiveAnnouncement } from '../common/live-announcement.js';
import { skeletonClass, useDelayElapsed } from '../common/skeleton.js';
import { StatusNote } from '../common/status-note.js';
import {
  childPointer,
  classNames,
  isSettledState,
  readChildStatus,
  stateAttributes,
  stateOf,
  type StreamingProps,
} from '../common/status.js';
import { settledStreamProps } from '../common/value-view.js';
import { CardActions } from './card-actions.js';
import { layoutCard, type CardAction, type CardFieldHint, type CardSlot } from './card-model.js';
import { CardImage, CardSection, CardText } from './card-parts.js';

/** Props of {@link Card}. */
export interface CardProps extends StreamingProps, Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** A (partial) object: `{ title, subtitle, badge, body, image, actions, ...fields }` or any object. */
  value: unknown;
  /** Schema hints: keys with roles and labels, laid out before any byte arrives. */
  fields?: readonly CardFieldHint[];
  /** The object's schema layout (an `object` skeleton): nested sections draw theirs before their value arrives. */
  skeleton?: SchemaSkeleton;
  /** Show images (opt-in, default false). Only allowlisted URL protocols are used. */
  images?: boolean;
  /** URL protocols allowed for images and action URLs. Default `['http:', 'https:']`. */
  allowedProtocols?: readonly string[];
  /** Called when an action button is clicked (buttons are disabled without it). */
  onAction?: (action: CardAction) => void;
  /** Heading level of the title (sections use the next level). Default 3. */
  headingLevel?: 2 | 3 | 4 | 5;
  locale?: string;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every render of a memoised part (testing/profiling). */
  onPartRender?: (part: string) => void;
}

const SKELETON_SLOTS: readonly CardSlot[] = [
  { key: 'title', role: 'title' },
  { key: 'body', role: 'body' },
];

/**
 * A card for one object, filled field by field as it streams. Arbitrary objects work: title-like
 * keys become the heading, other scalars key/value rows, nested values sections (via AutoView).
 * Every value is shown as plain text; images are off unless `images` is set.
 */
export const Card = memo(
  forwardRef<HTMLElement, CardProps>(function Card(props, ref) {
    const {
      value,
      status = 'complete',
      fieldStatus,
      pointer = '',
      skeletonDelay,
      fields,
      skeleton,
      images = false,
      allowedProtocols,
      onAction,
      headingLevel = 3,
      locale,
      announce = true,
      onPartRender,
      className,
      ...rest
    } = props;
    const titleId = useId();
    const record = isRecord(value) ? value : undefined;
    const resolved = stateOf(value, status, fieldStatus, pointer);
    const state = value !== undefined && !record ? 'invalid' : resolved.state;
    const showShimmer = useDelayElapsed(state === 'skeleton', skeletonDelay);
    const slots = layoutCard(record, fields);
    const shown = slots.length === 0 && state === 'skeleton' ? SKELETON_SLOTS : slots;
    const keys = record ? Object.keys(record) : [];
    const lastKey = keys[keys.length - 1];
    const hasTitle = shown.some((slot) => slot.role === 'title' && record && readOwn(record, slot.key) !== undefined);
    const rows = shown.filter((slot) => slot.role === 'field');
    const sectionLevel = (headingLevel + 1) as 3 | 4 | 5 | 6;
    const nestedLevel = Math.min(headingLevel + 2, 5) as 3 | 4 | 5;

    const slotProps = (slot: CardSlot) => {
      const slotValue = record ? readOwn(record, slot.key) : undefined;
      const slotPointer = childPointer(pointer, slot.key);
      let field = readChildStatus(resolved.field, slotValue, slot.key === lastKey, fieldStatus, slotPointer);
      if (field === 'absent' && isSettledState(state)) field = 'complete';
      return { value: slotValue, field, pointer: slotPointer };
    };
    const text = (
      slot: CardSlot,
      tag: 'h2' | 'h3' | 'h4' | 'h5' | 'p' | 'span',
      partClass: string,
      lines = 1,
      id?: string,
    ) => {
      const part = slotProps(slot);
      return (
        <CardText
          key={slot.key}
          as={tag}
          className={partClass}
          value={part.value}
          field={part.field}
          status={part.field === 'complete' ? 'complete' : status}
          lines={lines}
          id={id}
          onRender={onPartRender}
        />
      );
    };
    const byRole = (role: CardSlot['role']) => shown.filter((slot) => slot.role === role);

    return (
      <article
        {...rest}
        ref={ref}
        className={classNames('ripen-card', skeletonClass(showShimmer), className)}
        aria-labelledby={hasTitle ? titleId : undefined}
        {...stateAttributes(state)}
      >
        {byRole('title').length + byRole('badge').length + byRole('subtitle').length > 0 ? (
          <header className="ripen-card-header">
            {byRole('title').map((slot) => text(slot, `h${headingLevel}` as 'h3', 'ripen-card-title', 1, titleId))}
            {byRole('badge').map((slot) => text(slot, 'span', 'ripen-card-badge'))}
            {byRole('subtitle').map((slot) => text(slot, 'p', 'ripen-card-subtitle'))}
          </header>
        ) : null}
        {images
          ? byRole('image').map((slot) => (
              <CardImage key={slot.key} {...slotProps(slot)} allowedProtocols={allowedProtocols} />
            ))
          : null}
        {byRole('body').map((slot) => text(slot, 'p', 'ripen-card-body', 3))}
        {rows.length > 0 ? (
          <dl className="ripen-kv-list">
            {rows.map((slot) => {
              const part = slotProps(slot);
              return (
                <KeyValueRow
                  key={slot.key}
                  label={slot.label ?? humanizeKey(slot.key)}
                  {...part}
                  {...settledStreamProps(part.field, status, fieldStatus)}
                  locale={locale}
                  onRender={onPartRender}
                />
              );
            })}
          </dl>
        ) : null}
        {byRole('section').map((slot) => {
          const part = slotProps(slot);
          const sectionSkeleton =
            skeleton?.kind === 'object'
              ? skeleton.fields.find((candidate) => candidate.key === slot.key)?.skeleton
              : undefined;
          return (
            <CardSection
              key={slot.key}
              name={slot.key}
              label={slot.label}
              {...part}
              {...settledStreamProps(part.field, status, fieldStatus)}
              headingLevel={sectionLevel}
              nestedLevel={nestedLevel}
              skeleton={sectionSkeleton}
            />
          );
        })}
        {byRole('actions').map((slot) => {
          const part = slotProps(slot);
          return (
            <CardActions
              key={slot.key}
              value={part.value}
              field={part.field}
              fieldStatus={part.field === 'complete' ? undefined : fieldStatus}
              pointer={part.pointer}
              onAction={onAction}
              allowedProtocols={allowedProtocols}
            />
          );
        })}
        <StatusNote state={state} />
        <LiveAnnouncement
          state={state}
          message={`Card loaded${hasTitle && record ? `: ${String(readOwn(record, shown.find((slot) => slot.role === 'title')!.key))}` : ''}`}
          enabled={announce}
        />
      </article>
    );
  }),
);
