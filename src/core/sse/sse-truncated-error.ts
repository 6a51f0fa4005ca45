import { RipenError } from '../errors/ripen-error.js';
import type { SsePendingEvent } from './create-sse-parser.js';

/**
 * Raised (by `readSseEvents`) or reported (by `readProviderEvents`, as an `error` event) when a
 * body ends in the middle of an SSE event: `data:` lines were received but the blank line that
 * dispatches the event never came. Code `sse-truncated`. The unfinished event is kept in
 * `pending` (never dispatched as if it were complete, never silently dropped).
 */
export class SseTruncatedError extends RipenError {
  /** The unfinished event: its joined data, event name and id, and whether a line was cut. */
  readonly pending: SsePendingEvent;

  /**
   * @param pending - the unfinished event
   * @param provider - dialect name, when known
   */
  constructor(pending: SsePendingEvent, provider?: string) {
    super(
      'sse-truncated',
      `The stream ended in the middle of an event (${pending.data.length} characters of data without the closing blank line).`,
      provider === undefined ? {} : { provider },
    );
    this.pending = pending;
  }
}
