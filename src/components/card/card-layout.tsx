import { Skeleton } from '../common/skeleton.js';
import { isSettledState } from '../common/status.js';
import { KeyValueRows } from '../key-value/key-value-rows.js';
import type { CardProps } from './card.js';
import { CardActions } from './card-actions.js';
import { CardBody, CardSectionPart, CardTitle } from './card-compound.js';
import { readSlot, useCardContext } from './card-context.js';
import type { CardSlot } from './card-model.js';
import { CardImage } from './card-parts.js';

/** The automatic layout inside `Card.Root`: header, image, body, rows and sections (in key order), actions. */
export function CardLayout(props: CardProps & { shown: readonly CardSlot[]; reserveTitle: boolean }) {
  const { shown, reserveTitle, images = false, skeleton, allowedProtocols, onAction } = props;
  const context = useCardContext('Layout');
  const byRole = (role: CardSlot['role']) => shown.filter((slot) => slot.role === role);
  // Rows and sections in key order: consecutive rows share one list, and a key arriving after a
  // section goes below it (a row inserted above would push the section down).
  const blocks: Array<CardSlot[] | CardSlot> = [];
  for (const slot of shown) {
    const last = blocks[blocks.length - 1];
    if (slot.role === 'section') blocks.push(slot);
    else if (slot.role === 'field') Array.isArray(last) ? last.push(slot) : blocks.push([slot]);
  }
  const header = [...byRole('title'), ...byRole('badge'), ...byRole('subtitle')];
  return (
    <>
      {header.length > 0 || reserveTitle ? (
        <header className="ripen-card-header">
          {reserveTitle ? <ReservedTitle /> : null}
          {byRole('title').map((slot) => (
            <CardTitle key={slot.key} name={slot.key} />
          ))}
          {byRole('badge').map((slot) => (
            <CardBody key={slot.key} name={slot.key} lines={1} className="ripen-card-badge" as="span" />
          ))}
          {byRole('subtitle').map((slot) => (
            <CardBody key={slot.key} name={slot.key} lines={1} className="ripen-card-subtitle" />
          ))}
        </header>
      ) : null}
      {images
        ? byRole('image').map((slot) => (
            <CardImage key={slot.key} {...readSlot(context, slot.key)} allowedProtocols={allowedProtocols} />
          ))
        : null}
      {byRole('body').map((slot) => (
        <CardBody key={slot.key} name={slot.key} />
      ))}
      {blocks.map((block) =>
        Array.isArray(block) ? (
          // A run of rows: one virtualised list (10⁴ keys paint like 30), as in KeyValue.
          <KeyValueRows
            key={block[0]!.key}
            {...context}
            rows={block}
            settled={isSettledState(context.state)}
            onRowRender={context.onPartRender}
          />
        ) : (
          <CardSectionPart
            key={block.key}
            name={block.key}
            label={block.label}
            skeleton={
              skeleton?.kind === 'object' ? skeleton.fields.find((one) => one.key === block.key)?.skeleton : undefined
            }
          />
        ),
      )}
      {byRole('actions').map((slot) => (
        <CardActions
          key={slot.key}
          {...readSlot(context, slot.key)}
          onAction={onAction}
          allowedProtocols={allowedProtocols}
        />
      ))}
    </>
  );
}

/** The title line held while a title may still arrive (only while the card streams, see Card). */
function ReservedTitle() {
  return (
    <div className="ripen-card-title ripen-card-title--reserved" aria-hidden="true">
      <Skeleton width="12em" />
    </div>
  );
}
