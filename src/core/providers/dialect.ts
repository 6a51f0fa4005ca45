import type { Framing } from '../sse/create-frame-decoder.js';
import type { SseEvent } from '../sse/sse-event.js';
import type { ProviderEvent } from './types.js';

/**
 * The decoding state of one stream for one dialect. Created per request by
 * {@link ProviderDialect.createDecoder}; kept across a `Last-Event-ID` resume.
 */
export interface DialectDecoder {
  /** Turns one record (SSE event, JSON-array element, line, or text chunk) into events. */
  push(event: SseEvent): ProviderEvent[];
  /**
   * Text that was not valid SSE (e.g. a raw JSON error body written after `data:` events, as
   * Vertex AI does). Optional; the pipeline falls back to {@link parseStrayError}.
   */
  stray?(text: string): ProviderEvent[];
  /** The body ended cleanly (no unfinished record). Emits what only the end can decide. */
  end?(): ProviderEvent[];
}

/** What a decoder knows about its stream when created. */
export interface DialectContext {
  /** The framing chosen for this body. */
  framing: Framing;
}

/**
 * A provider dialect: how a provider's stream maps onto {@link ProviderEvent}s.
 * Built-in ones are listed in `providerDialects`; pass your own object as `provider` for a
 * custom protocol (or a plain function, see `createCustomDialect`).
 */
export interface ProviderDialect {
  /** Name used in errors (`provider` field) and by `detectProvider`. */
  readonly name: string;
  /**
   * The body framing(s) this dialect reads. Default `'sse'`. With a list, the framing is sniffed
   * from `Content-Type` and the first characters (see `sniffFraming`); when the sniffed framing
   * is not in the list, the list's last entry is used.
   */
  readonly framing?: Framing | readonly Framing[];
  /** Creates a fresh decoder for one stream. */
  createDecoder(context: DialectContext): DialectDecoder;
}
