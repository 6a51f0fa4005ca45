import { createContext, useContext } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { readOwn, type JsonRecord } from '../common/json-shape.js';
import { childSlot, isSettledState, type ComponentState } from '../common/status.js';

/** What a card's parts read from their `Card.Root`. */
export interface CardContextValue {
  record: JsonRecord | undefined;
  /** Status of the card's object. */
  field: FieldStatus;
  state: ComponentState;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  locale: string | undefined;
  headingLevel: 2 | 3 | 4 | 5;
  /** Id of the title element (the card is labelled by it). */
  titleId: string;
  /** Key still being written (only it can be streaming without a reader). */
  lastKey: string | undefined;
  onPartRender: ((part: string) => void) | undefined;
}

export const CardContext = createContext<CardContextValue | undefined>(undefined);

/** The nearest `Card.Root`'s context; a part outside one throws a `TypeError` with a hint. */
export function useCardContext(part: string): CardContextValue {
  const context = useContext(CardContext);
  if (!context) throw new TypeError(`Card.${part} must be inside <Card.Root> (or <Card>).`);
  return context;
}

/** Value, status and pointer of the card key `name` (absent keys of a settled card count as complete). */
export function readSlot(context: CardContextValue, name: string) {
  const { record, field, lastKey, status, fieldStatus, pointer, state } = context;
  const value = record ? readOwn(record, name) : undefined;
  return childSlot(field, value, name, name === lastKey, status, fieldStatus, pointer, isSettledState(state));
}
