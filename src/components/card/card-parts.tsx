import { forwardRef, memo, type ReactNode, type Ref } from 'react';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { StreamingCaret } from '../common/caret.js';
import { formatScalar, humanizeKey } from '../common/json-shape.js';
import { wholeGraphemes } from '../common/graphemes.js';
import { VIEW_CHINESE } from '../common/messages-chinese.js';
import { VIEW_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { sanitizeUrl } from '../common/safe-url.js';
import { NestedView } from '../common/nested-view.js';
import { Skeleton } from '../common/skeleton.js';
import { showCaret } from '../common/status.js';
import { readImage } from './card-model.js';

/** Props of {@link CardText}. */
export interface CardTextProps {
  as: 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p' | 'span';
  className: string;
  value: unknown;
  field: FieldStatus;
  /** Stream status (the caret shows only while the stream is live). */
  status: StreamStatus;
  /** Skeleton lines while absent. */
  lines?: number;
  id?: string | undefined;
  /** Called on every render (testing/profiling). */
  onRender?: ((part: string) => void) | undefined;
}

/** A text slot of a card (title, subtitle, badge, body): shimmer → text with caret → text. */
export const CardText = memo(
  forwardRef<HTMLElement, CardTextProps>(function CardText(
    { as: Tag, className, value, field, status, lines = 1, id, onRender },
    ref,
  ) {
    onRender?.(className);
    const messages = useCopy(VIEW_ENGLISH, VIEW_CHINESE);
    if (value === undefined) {
      if (field === 'complete') return null;
      // A placeholder is a plain block (an empty heading would be announced as a heading).
      return (
        <div ref={ref as Ref<HTMLDivElement>} className={className} data-state={field}>
          {Array.from({ length: lines }, (_, index) => (
            <Skeleton key={index} width={lines > 1 && index === lines - 1 ? '60%' : lines > 1 ? '100%' : '12em'} />
          ))}
        </div>
      );
    }
    const caret = showCaret(field, status);
    const text = formatScalar(value, messages, undefined, undefined, field === 'complete');
    return (
      <Tag ref={ref as Ref<HTMLHeadingElement>} className={className} id={id} data-state={field}>
        {caret ? wholeGraphemes(text) : text}
        {caret ? <StreamingCaret /> : null}
      </Tag>
    );
  }),
);

/** Props of {@link CardImage}. */
export interface CardImageProps {
  value: unknown;
  field: FieldStatus;
  allowedProtocols: readonly string[] | undefined;
}

/** An image, only once its value is complete and its URL passes the allowlist; else nothing. */
export const CardImage = memo(function CardImage({ value, field, allowedProtocols }: CardImageProps) {
  if (field !== 'complete')
    return field === 'absent' ? null : <Skeleton shape="block" height="10em" className="ripen-card-image" />;
  const image = readImage(value);
  const src = sanitizeUrl(image.src, { allowedProtocols });
  if (src === undefined) return null;
  return (
    <img
      className="ripen-card-image"
      src={src}
      alt={image.alt}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  );
});

/** Props of {@link CardSection}. */
export interface CardSectionProps {
  label: string | undefined;
  name: string;
  value: unknown;
  field: FieldStatus;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  headingLevel: 3 | 4 | 5 | 6;
  /** Heading level for a nested card inside the section. */
  nestedLevel: 3 | 4 | 5;
  /** The section's schema layout, so the nested view is drawn before its value arrives. */
  skeleton?: SchemaSkeleton | undefined;
}

/** A nested object or array of a card, under its own heading, rendered through the nested view. */
export const CardSection = memo(function CardSection({
  label,
  name,
  value,
  field,
  status,
  fieldStatus,
  pointer,
  headingLevel,
  nestedLevel,
  skeleton,
}: CardSectionProps) {
  const Heading = `h${headingLevel}` as 'h4';
  let body: ReactNode;
  if (value === undefined && !skeleton)
    body = field === 'complete' ? null : <Skeleton width="100%" height="3em" shape="block" />;
  else if (value === undefined && field === 'complete') body = null;
  else
    body = (
      <NestedView
        value={value}
        status={status}
        fieldStatus={fieldStatus}
        pointer={pointer}
        headingLevel={nestedLevel}
        skeleton={skeleton}
      />
    );
  return (
    <section className="ripen-card-section" data-state={field}>
      <Heading className="ripen-card-section-title">{label ?? humanizeKey(name)}</Heading>
      {body}
    </section>
  );
});
