import { stateNote } from './live-announcement.js';
import type { ComponentState } from './status.js';

/** A short visible note for `truncated`, `aborted`, `error` and `invalid` states; nothing otherwise. */
export function StatusNote({ state }: { state: ComponentState }) {
  const note = stateNote(state);
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
