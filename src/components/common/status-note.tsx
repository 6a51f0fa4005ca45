import { createContext, useContext, type ReactNode } from 'react';
import { stateNote } from './live-announcement.js';
import { VIEW_CHINESE } from './messages-chinese.js';
import { VIEW_ENGLISH } from './messages-english.js';
import { useCopy } from './messages-provider.js';
import type { ComponentState } from './status.js';

const NotesShownAbove = createContext(false);

/**
 * Marks a nested view (a card's section, a table cell's value): the outer component already shows
 * the stream's end state, so notes inside say nothing (one "cut off" note, not one per level).
 */
export function NestedStatusNotes({ children }: { children: ReactNode }) {
  return <NotesShownAbove.Provider value={true}>{children}</NotesShownAbove.Provider>;
}

/** A short visible note for `truncated`, `aborted`, `error` and `invalid` states; nothing otherwise. */
export function StatusNote({ state }: { state: ComponentState }) {
  const nested = useContext(NotesShownAbove);
  const messages = useCopy(VIEW_ENGLISH, VIEW_CHINESE);
  const note = nested && state !== 'invalid' ? undefined : stateNote(state, messages);
  if (note === undefined) return null;
  return (
    <p className={`ripen-status-note ripen-status-note--${state}`}>
      <span aria-hidden="true" className="ripen-status-note-icon">
        {state === 'truncated' || state === 'aborted' ? '…' : '!'}
      </span>
      {note}
    </p>
  );
}
