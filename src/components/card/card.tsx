import { useRef } from 'react';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import { isRecord, readOwn } from '../common/json-shape.js';
import { warnOnce } from '../common/dev-warning.js';
import { isSettledState, stateOf, type StreamingProps } from '../common/status.js';
import { defineView, hostAttributes, type ViewAttributes, type ViewProps } from '../common/view-shell.js';
import { CardBody, CardField, CardRoot, CardSectionPart, CardTitle } from './card-compound.js';
import { CardLayout } from './card-layout.js';
import { layoutCard, ROLE_KEYS, type CardAction, type CardFieldHint, type CardSlot } from './card-model.js';

/** Props of {@link Card}. */
export interface CardProps extends StreamingProps, ViewProps, ViewAttributes<HTMLElement> {
  /** A (partial) object: `{ title, subtitle, badge, body, image, actions, ...fields }` or any object. */
  value: unknown;
  /** Schema hints: keys with roles and labels, laid out before any byte arrives. */
  fields?: readonly CardFieldHint[] | undefined;
  /** The object's schema layout (an `object` skeleton): nested sections draw theirs before their value arrives. */
  skeleton?: SchemaSkeleton | undefined;
  /** Show images (opt-in, default false). Only allowlisted URL protocols are used. */
  images?: boolean | undefined;
  /** URL protocols allowed for images and action URLs. Default `['http:', 'https:']`. */
  allowedProtocols?: readonly string[] | undefined;
  /** Called when an action button is clicked (buttons are disabled without it). */
  onAction?: ((action: CardAction) => void) | undefined;
  /** Heading level of the title (sections use the next level). Default 3; other values are clamped to 2–5 (a development warning says so). */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  locale?: string | undefined;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every render of a memoised part (testing/profiling). */
  onPartRender?: (part: string) => void;
}

const SKELETON_SLOTS: readonly CardSlot[] = [
  { key: 'title', role: 'title' },
  { key: 'body', role: 'body' },
];
const OWN_PROPS = new Set('fields skeleton images allowedProtocols onAction'.split(' '));

/**
 * A card for one object, filled field by field as it streams. Arbitrary objects work: title-like
 * keys become the heading, other scalars key/value rows, nested values sections (through the nested
 * view: AutoView where one is above, else plain rows). Streaming without a schema, the title line
 * is held until the first value: a title-like first key takes it, else it goes and a later title
 * stays a row (nothing pushed down, no blank band). Every value is plain text; images are off unless
 * `images` is set. For a custom layout use
 * the parts: `Card.Root`, `Card.Title`, `Card.Text`, `Card.Field`, `Card.Section`.
 */
const CardView = defineView<CardProps, HTMLElement>('Card', function Card(props, ref) {
  const { value, status = 'complete', fieldStatus, pointer, fields, headingLevel = 3 } = props;
  const record = isRecord(value) ? value : undefined;
  const { state } = stateOf(value, status, fieldStatus, pointer ?? '');
  // Where the title goes, decided once: a card that streams without a schema keeps the title line
  // until its first value arrives; a title then takes it, else the line goes with the skeleton and a
  // title-like key arriving later stays a row (nothing moves, nothing stays blank). Hints, a
  // schema without a title field, or a settled value decide at once (normal layout).
  const titled = useRef(
    isSettledState(state) || fields !== undefined || !titleMayArrive(fields, props.skeleton) ? true : undefined,
  );
  let slots = layoutCard(record, fields, titled.current !== false);
  if (titled.current === undefined && slots.some((slot) => readOwn(record!, slot.key) !== undefined)) {
    titled.current = slots.some((slot) => slot.role === 'title');
    if (!titled.current) slots = layoutCard(record, fields, false);
  }
  const shown = slots.length === 0 && state === 'skeleton' ? SKELETON_SLOTS : slots;
  const byRole = (role: CardSlot['role']) => shown.filter((slot) => slot.role === role);
  const titles = byRole('title');
  const titleKey = titles[0]?.key;
  const titleText = record && titleKey !== undefined ? readOwn(record, titleKey) : undefined;
  return (
    <CardRoot
      {...(hostAttributes(props, OWN_PROPS) as unknown as CardProps)}
      ref={ref}
      headingLevel={clampLevel(headingLevel)}
      announceTitle={typeof titleText === 'string' ? titleText : undefined}
      labelled={titleText !== undefined}
    >
      <CardLayout
        {...props}
        shown={shown}
        reserveTitle={titled.current === undefined && !isSettledState(state) && titles.length === 0}
      />
    </CardRoot>
  );
});

/**
 * Whether a title can still arrive: always without a schema; with field hints, when one has the
 * title role; with an object skeleton only, when a field has a title-like key.
 */
export function titleMayArrive(
  fields: readonly CardFieldHint[] | undefined,
  skeleton: SchemaSkeleton | undefined,
): boolean {
  if (fields) return fields.some((field) => field.role === 'title');
  if (skeleton?.kind !== 'object') return true;
  return skeleton.fields.some((field) => ROLE_KEYS.title.includes(field.key.toLowerCase()));
}

function clampLevel(level: number): 2 | 3 | 4 | 5 {
  if (level >= 2 && level <= 5 && Number.isInteger(level)) return level as 2;
  warnOnce('heading-level', `headingLevel must be 2–5; got ${level}, using ${level < 2 ? 2 : 5}.`);
  return level < 2 ? 2 : 5;
}

/**
 * The card, and its parts for custom layouts (each forwards its ref and reads its key's value and
 * status from the nearest `Card.Root`): `Card.Root` (the shell: `value` and the stream props),
 * `Card.Title` / `Card.Text` (`name` of the key), `Card.Field` (a key/value row) and `Card.Section`
 * (a nested value under a heading).
 */
export const Card = Object.assign(CardView, {
  Root: CardRoot,
  Title: CardTitle,
  Text: CardBody,
  Field: CardField,
  Section: CardSectionPart,
});
