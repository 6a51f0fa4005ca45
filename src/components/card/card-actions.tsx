import { memo } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader } from '../../core/stream/types.js';
import { sanitizeUrl } from '../common/safe-url.js';
import { childPointer, readChildStatus } from '../common/status.js';
import { readAction, type CardAction } from './card-model.js';

/** Props of {@link CardActions}. */
export interface CardActionsProps {
  value: unknown;
  field: FieldStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  onAction: ((action: CardAction) => void) | undefined;
  allowedProtocols: readonly string[] | undefined;
}

/**
 * Action buttons (`type="button"`, never links). A button is enabled once its action is complete
 * and an `onAction` handler exists; clicking calls `onAction` with the action data and its URL
 * only if the URL passes the allowlist. ripen itself never navigates.
 */
export const CardActions = memo(function CardActions({
  value,
  field,
  fieldStatus,
  pointer,
  onAction,
  allowedProtocols,
}: CardActionsProps) {
  if (!Array.isArray(value) || value.length === 0) return null;
  return (
    <div className="ripen-card-actions">
      {value.map((raw, index) => {
        const action = readAction(raw);
        if (!action) return null;
        const itemPointer = childPointer(pointer, index);
        const itemField = readChildStatus(field, raw, index === value.length - 1, fieldStatus, itemPointer);
        const ready = itemField === 'complete' && onAction !== undefined;
        const handle = () => {
          const url = sanitizeUrl(action.url, { allowedProtocols });
          const payload: CardAction = { id: action.id, label: action.label };
          if (action.value !== undefined) payload.value = action.value;
          if (url !== undefined) payload.url = url;
          onAction?.(payload);
        };
        return (
          <button
            key={index}
            type="button"
            className="ripen-button"
            disabled={!ready}
            data-state={itemField}
            onClick={ready ? handle : undefined}
          >
            {action.label}
          </button>
        );
      })}
    </div>
  );
});
