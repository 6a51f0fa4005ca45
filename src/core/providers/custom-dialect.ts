import type { Framing } from '../sse/create-frame-decoder.js';
import type { SseEvent } from '../sse/sse-event.js';
import type { ProviderDialect } from './dialect.js';
import type { ProviderEvent } from './types.js';

/**
 * A custom dialect as one function: called with each record (SSE event, or `{ data }` for other
 * framings), returns the events it produces (one, several, or none). Throwing is allowed: the
 * pipeline turns it into a `callback-error` event (the stream then ends `error`).
 */
export type CustomDialectFunction = (
  event: SseEvent,
) => ProviderEvent | readonly ProviderEvent[] | null | undefined | void;

/** Options of {@link createCustomDialect}. */
export interface CustomDialectOptions {
  /** Name used in errors. Default `custom`. */
  name?: string;
  /** Framing(s) of the body. Default `sse`. */
  framing?: Framing | readonly Framing[];
  /** Called once when the body ends cleanly; may return final events (e.g. `{ type: 'end' }`). */
  end?: () => ProviderEvent | readonly ProviderEvent[] | null | undefined | void;
}

const toArray = (value: ProviderEvent | readonly ProviderEvent[] | null | undefined | void): ProviderEvent[] =>
  value === null || value === undefined
    ? []
    : Array.isArray(value)
      ? [...(value as readonly ProviderEvent[])]
      : [value as ProviderEvent];

/**
 * Wraps a function into a {@link ProviderDialect}. For stateful protocols implement
 * `ProviderDialect` directly (its `createDecoder()` runs once per stream).
 *
 * @example
 * ```ts
 * const mine = createCustomDialect((event) =>
 *   event.data === 'END' ? { type: 'end' } : { type: 'delta', part: { id: 'content', kind: 'content', choice: 0 }, text: event.data });
 * ```
 */
export function createCustomDialect(push: CustomDialectFunction, options: CustomDialectOptions = {}): ProviderDialect {
  return {
    name: options.name ?? 'custom',
    framing: options.framing ?? 'sse',
    createDecoder() {
      return {
        push: (event) => toArray(push(event)),
        end: () => toArray(options.end?.()),
      };
    },
  };
}
