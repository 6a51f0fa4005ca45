import { createParser } from 'eventsource-parser';
import { RipenError } from '../errors/ripen-error.js';
import { createBlockScanner } from './create-block-scanner.js';
import { createDiscardedLineFilter } from './create-discarded-line-filter.js';
import type { SseBlockEnd } from './create-block-scanner.js';
import type { SseEvent, SseInvalidField } from './sse-event.js';

/** Callbacks of {@link createSseParser}. */
export interface SseParserCallbacks {
  /** A complete event (its block was ended by a blank line). */
  onEvent: (event: SseEvent) => void;
  /** A comment line (`: text`), without the colon and one optional space. */
  onComment?: (comment: string) => void;
  /** A valid `retry:` field (milliseconds). */
  onRetry?: (milliseconds: number) => void;
  /** A line with an unknown field name, or an invalid `retry:` value. */
  onInvalidField?: (field: SseInvalidField) => void;
  /**
   * Largest pending event (data plus unfinished line), and largest dispatched event's data, in
   * characters. Default 16 MiB (16,777,216). Past it `push` throws `RipenError` code
   * `size-limit` (hostile or broken body). Lines SSE ignores do not count (as in
   * eventsource-parser 4): a comment when `onComment` is not given is skipped unstored, an
   * unknown-field line longer than the bound is dropped unreported (see `createDiscardedLineFilter`).
   */
  maxBufferSize?: number;
}

/** What was left when the text ended in the middle of an event (see {@link SseParser.end}). */
export interface SsePendingEvent {
  /** Joined `data:` lines of the unfinished block (`''` when it had none). */
  data: string;
  event?: string;
  id?: string;
  /** True when the text ended in the middle of a line (no line terminator after it). */
  partialLine: boolean;
}

/** Push-based SSE parser; see {@link createSseParser}. */
export interface SseParser {
  /** Feeds decoded text (any split, including between CR and LF). */
  push(text: string): void;
  /**
   * Declares the end of the text. A block ended by a trailing lone CR is dispatched normally.
   * Returns the unfinished event when the text stopped inside a block that had `data:` lines
   * (including a `data:` line without its line end); such an event is NOT dispatched to `onEvent` (WHATWG: discarded), it is
   * returned so the caller can report truncation. Returns `undefined` after a clean end.
   */
  end(): SsePendingEvent | undefined;
  /**
   * The sticky last event ID (WHATWG "last event ID string"), `undefined` until one is set.
   * It moves at each blank line ending a block with a valid `id` field, also when the block has
   * no `data` (and so dispatches no event); `id` alone (no value) resets it to `''`.
   */
  lastEventId(): string | undefined;
}

/** Default bound of one pending event or line, in characters (16 MiB). */
export const DEFAULT_MAX_BUFFER_SIZE = 16 * 1024 * 1024;

/** The `size-limit` error raised when one event, line or element exceeds `maxBufferSize`. */
export function sizeLimitError(maxBufferSize: number): RipenError {
  return new RipenError('size-limit', `One event of the stream exceeded ${maxBufferSize} characters.`);
}

/**
 * Creates a push-based Server-Sent Events parser (WHATWG HTML §9.2.6) over eventsource-parser
 * 3.x: CR, LF and CRLF line ends (also split across pushes), comments, multi-line `data`,
 * `event`, `id` (ignored when it contains U+0000), `retry` (digits only), unknown fields
 * reported to `onInvalidField`. The text must already be decoded and start without a BOM
 * (see `decodeText`, which removes one leading U+FEFF). Events carry the sticky `lastEventId`
 * and the `retry` set since the previous event.
 *
 * @param callbacks - see {@link SseParserCallbacks}
 */
export function createSseParser(callbacks: SseParserCallbacks): SseParser {
  let lastEventId: string | undefined;
  let retry: number | undefined;
  let flushing = false;
  let pending: SsePendingEvent | undefined;
  let lastChar = '';
  /** Last character the parser was fed (ignored lines are removed before it, see the filter). */
  let lastFed = '';
  let sawText = false;
  let overflow = false;
  const maxBufferSize = callbacks.maxBufferSize ?? DEFAULT_MAX_BUFFER_SIZE;
  // Block ends seen by the scanner, not yet matched with the parser's dispatches.
  let blocks: SseBlockEnd[] = [];
  let head = 0;
  const scanner = createBlockScanner((block) => blocks.push(block));
  const filter = createDiscardedLineFilter({ keepComments: callbacks.onComment !== undefined, maxBufferSize });
  const feed = (text: string): void => {
    if (text.length === 0) return;
    lastFed = text.charAt(text.length - 1);
    scanner.push(text);
    parser.feed(text);
  };
  /** Applies the ids of data-less blocks at the front (they move the last event ID without an event). */
  const applyDataless = (): void => {
    while (head < blocks.length && !(blocks[head] as SseBlockEnd).hasData) {
      const block = blocks[head] as SseBlockEnd;
      if (block.id !== undefined) lastEventId = block.id;
      head++;
    }
    if (head > 256) {
      blocks = blocks.slice(head);
      head = 0;
    }
  };
  const parser = createParser({
    maxBufferSize,
    onEvent(message) {
      if (flushing) {
        pending = { data: message.data, partialLine: false };
        if (message.event !== undefined) pending.event = message.event;
        if (message.id !== undefined) pending.id = message.id;
        return;
      }
      applyDataless();
      if (head < blocks.length) head++; // this event's block
      // One event larger than the bound is refused even when it arrived in a single chunk.
      if (message.data.length > maxBufferSize) {
        overflow = true;
        return;
      }
      const event: SseEvent = { data: message.data };
      if (message.event !== undefined) event.event = message.event;
      if (message.id !== undefined) {
        event.id = message.id;
        lastEventId = message.id;
      }
      if (lastEventId !== undefined) event.lastEventId = lastEventId;
      if (retry !== undefined) {
        event.retry = retry;
        retry = undefined;
      }
      callbacks.onEvent(event);
    },
    onComment(comment) {
      if (!flushing) callbacks.onComment?.(comment);
    },
    onRetry(milliseconds) {
      if (flushing) return;
      retry = milliseconds;
      callbacks.onRetry?.(milliseconds);
    },
    onError(error) {
      if (error.type === 'max-buffer-size-exceeded') overflow = true;
      if (flushing) return;
      if (error.type === 'unknown-field' || error.type === 'invalid-retry') {
        callbacks.onInvalidField?.({ type: error.type, line: error.line ?? '', message: error.message });
      }
    },
  });
  // Consume eventsource-parser's first-chunk check (it looks for a BOM as Latin-1 bytes),
  // so that text really starting with "ï»¿" is never altered.
  parser.feed('');
  return {
    push(text) {
      if (text.length === 0) return;
      sawText = true;
      lastChar = text.charAt(text.length - 1);
      if (overflow) throw sizeLimitError(maxBufferSize);
      feed(filter.push(text));
      if (overflow) throw sizeLimitError(maxBufferSize);
      applyDataless();
    },
    end() {
      if (!sawText || overflow) return undefined;
      feed(filter.end());
      // A trailing CR is a complete line end: the parser only waits to see whether LF follows.
      if (lastFed === '\r') {
        scanner.push('\n');
        parser.feed('\n');
        applyDataless();
      }
      const partialLine = lastChar !== '\r' && lastChar !== '\n';
      flushing = true;
      pending = undefined;
      parser.feed('\n\n');
      flushing = false;
      const result = pending as SsePendingEvent | undefined;
      if (result) result.partialLine = partialLine;
      return result;
    },
    lastEventId: () => lastEventId,
  };
}
