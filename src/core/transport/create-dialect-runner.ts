import { RipenError, isRipenError, messageOf } from '../errors/ripen-error.js';
import type { DialectDecoder, ProviderDialect } from '../providers/dialect.js';
import { parseStrayError } from '../providers/dialect-helpers.js';
import type { ProviderEvent } from '../providers/types.js';
import type { Framing } from '../sse/create-frame-decoder.js';
import type { SseEvent } from '../sse/sse-event.js';

/** One framed record, or a line that was not valid SSE. */
export type RunnerItem = { kind: 'event'; event: SseEvent } | { kind: 'stray'; line: string };

/** What a {@link DialectRunner} needs. */
export interface DialectRunnerOptions {
  /** The dialect, or `undefined` to detect it from the first records with `detect`. */
  dialect: ProviderDialect | undefined;
  /** Detects a dialect from the first records (`undefined`: undecided). Needed when `dialect` is absent. */
  detect?: (events: readonly SseEvent[], framing: Framing) => ProviderDialect | undefined;
  /** The fallback when detection stays undecided (the `text` dialect). */
  fallback?: ProviderDialect;
  /** True for ripen's own dialects: a throw is then an `internal-error`, else a `callback-error`. */
  builtIn: (dialect: ProviderDialect) => boolean;
  /** Drop SSE events whose id was already seen (resume). */
  dedupeIds: boolean;
  /** Largest total of pending stray (non-SSE) lines, in characters; past it `size-limit` is thrown. */
  maxBufferSize: number;
}

/** Feeds framed records to a provider dialect; see {@link createDialectRunner}. */
export interface DialectRunner {
  /** Queues records; returns the events produced (`final`: the body ended, flush everything). */
  run(items: RunnerItem[], framing: Framing, final: boolean): ProviderEvent[];
  /** The body ended cleanly: the decoder's final events. */
  end(): ProviderEvent[];
  /** The dialect's name (`unknown` before detection). */
  name(): string;
  /** The `retry:` value the server sent last, in milliseconds. */
  serverRetry(): number | undefined;
}

const DETECTION_LIMIT = 8;

/**
 * The dialect runner of one stream: detects the dialect (first {@link DETECTION_LIMIT} records),
 * creates its decoder once (kept across resumes), feeds it records, turns stray non-SSE text into
 * provider errors, bounds stray text by `maxBufferSize` (`size-limit`), drops already-seen event
 * ids on resume. A throwing dialect: `callback-error` for a user dialect (reported as an `error`
 * event, reading goes on; a throwing `createDecoder` is thrown), `internal-error` for ripen's own.
 */
export function createDialectRunner(options: DialectRunnerOptions): DialectRunner {
  let dialect = options.dialect;
  let decoder: DialectDecoder | undefined;
  let serverRetry: number | undefined;
  const seenIds = new Set<string>();
  const held: RunnerItem[] = [];
  let stray: string[] = [];
  let strayLength = 0;
  const name = (): string => dialect?.name ?? 'unknown';

  const failure = (error: unknown, what: string): RipenError => {
    if (isRipenError(error)) return error;
    const own = dialect !== undefined && options.builtIn(dialect);
    const message = messageOf(error);
    return own
      ? new RipenError('internal-error', `The ${name()} dialect failed ${what}: ${message}`, {
          provider: name(),
          cause: error,
        })
      : new RipenError('callback-error', `The custom dialect "${name()}" threw ${what}: ${message}`, {
          provider: name(),
          cause: error,
        });
  };

  const feed = (items: RunnerItem[], final: boolean): ProviderEvent[] => {
    const current = decoder as DialectDecoder;
    const out: ProviderEvent[] = [];
    const flushStray = (): void => {
      if (stray.length === 0) return;
      const text = stray.join('\n');
      stray = [];
      strayLength = 0;
      try {
        out.push(...(current.stray ? current.stray(text) : parseStrayError(name(), text)));
      } catch (error) {
        out.push({ type: 'error', error: failure(error, 'on stray text') });
      }
    };
    for (const item of items) {
      if (item.kind === 'stray') {
        strayLength += item.line.length + 1;
        if (strayLength > options.maxBufferSize)
          throw new RipenError(
            'size-limit',
            `Non-SSE lines between events exceeded ${options.maxBufferSize} characters (maxBufferSize).`,
            { provider: name() },
          );
        stray.push(item.line);
        continue;
      }
      flushStray();
      const { event } = item;
      if (options.dedupeIds && event.id !== undefined) {
        if (seenIds.has(event.id)) continue;
        seenIds.add(event.id);
      }
      if (event.retry !== undefined) serverRetry = event.retry;
      try {
        out.push(...current.push(event));
      } catch (error) {
        out.push({ type: 'error', error: failure(error, 'on an event') });
      }
    }
    if (final) flushStray();
    return out;
  };

  return {
    run(items, framing, final) {
      if (decoder) return feed(items, final);
      held.push(...items);
      if (!dialect) {
        const events = held.flatMap((item) => (item.kind === 'event' ? [item.event] : []));
        const detected = options.detect?.(events, framing);
        if (detected === undefined && !final && events.length < DETECTION_LIMIT) return [];
        dialect = detected ?? options.fallback;
        if (!dialect) throw new RipenError('unknown-provider', 'No provider dialect given and none detected.');
      }
      try {
        decoder = dialect.createDecoder({ framing });
      } catch (error) {
        throw failure(error, 'in createDecoder()');
      }
      return feed(held.splice(0, held.length), final);
    },
    end() {
      if (!decoder?.end) return [];
      try {
        return decoder.end();
      } catch (error) {
        return [{ type: 'error', error: failure(error, 'at the end of the body') }];
      }
    },
    name,
    serverRetry: () => serverRetry,
  };
}
