import { Skeleton } from '../common/skeleton.js';
import { isSettledState } from '../common/status.js';
import { KeyValueRows } from '../key-value/key-value-rows.js';
import type { CardProps } from './card.js';
import { CardActions } from './card-actions.js';
import { CardBody, CardSectionPart, CardTitle } from './card-compound.js';
import { readSlot, useCardContext } from './card-context.js';
import type { CardSlot } from './card-model.js';
import { CardImage } from './card-parts.js';

/** The automatic layout inside `Card.Root`: header, image, body, rows, sections, actions. */
export function CardLayout(props: CardProps & { shown: readonly CardSlot[]; reserveTitle: boolean }) {
  const { shown, reserveTitle, images = false, skeleton, allowedProtocols, onAction } = props;
  const context = useCardContext('Layout');
  const byRole = (role: CardSlot['role']) => shown.filter((slot) => slot.role === role);
  const rows = byRole('field');
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
      {rows.length > 0 ? (
        // One virtualised list of rows (10⁴ keys paint like 30), as in KeyValue.
        <KeyValueRows
          {...context}
          rows={rows}
          settled={isSettledState(context.state)}
          onRowRender={context.onPartRender}
        />
      ) : null}
      {byRole('section').map((slot) => (
        <CardSectionPart
          key={slot.key}
          name={slot.key}
          label={slot.label}
          skeleton={
            skeleton?.kind === 'object' ? skeleton.fields.find((one) => one.key === slot.key)?.skeleton : undefined
          }
        />
      ))}
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
