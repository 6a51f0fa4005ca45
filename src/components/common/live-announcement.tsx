import { useEffect, useRef, useState } from 'react';
import type { ViewCopy } from './messages.js';
import { VIEW_ENGLISH } from './messages-english.js';
import type { ComponentState } from './status.js';
import { isSettledState } from './status.js';

/** Props of {@link LiveAnnouncement}. */
export interface LiveAnnouncementProps {
  /** Current state of the section. */
  state: ComponentState;
  /** Message to announce once the section settles, e.g. `"Table loaded, 12 rows"`. */
  message: string;
  /** Set false to stay silent (nested sections). Default true. */
  enabled?: boolean;
}

/**
 * A visually hidden polite live region (`role="status"`) that announces a section once, when it
 * goes from skeleton/streaming to a settled state; never per token. A section mounted already
 * settled (e.g. history) stays silent. Focus is never moved.
 */
export function LiveAnnouncement({ state, message, enabled = true }: LiveAnnouncementProps) {
  const sawPending = useRef(!isSettledState(state));
  const [text, setText] = useState('');
  const settled = isSettledState(state);
  if (!settled) sawPending.current = true;
  useEffect(() => {
    if (enabled && settled && sawPending.current) {
      sawPending.current = false;
      setText(message);
    }
  }, [enabled, settled, message]);
  if (!enabled) return null;
  return (
    <span className="ripen-visually-hidden" role="status" aria-live="polite">
      {text}
    </span>
  );
}

/** Short text for a settled state, shown in status notes (worded by `messages`). */
export function stateNote(state: ComponentState, messages: ViewCopy = VIEW_ENGLISH): string | undefined {
  return state === 'truncated' || state === 'aborted' || state === 'error' || state === 'invalid'
    ? messages[state]
    : undefined;
}
