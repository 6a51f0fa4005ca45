/**
 * How a transcript is cut into replay events:
 * - `sse`: Server-Sent Events; an event ends after a blank line (LF, CRLF or CR line endings).
 * - `lines`: one event per line (NDJSON, AI SDK v4 data stream `0:"..."`).
 * - `json-array`: a streamed JSON array body (Gemini `streamGenerateContent` without `alt=sse`);
 *   one event per top-level array element, the separators travel with the next element.
 * - `auto` (default): `json-array` when the body starts with `[`, `sse` when any line starts with
 *   `data:`, `event:`, `id:`, `retry:` or `:`, otherwise `lines`.
 */
export type TranscriptFormat = 'auto' | 'sse' | 'lines' | 'json-array';

/**
 * Wire dialect of a transcript, used to write an injected provider error the way that provider
 * would send it. `auto` (default) detects it from the transcript's content.
 */
export type ReplayDialect =
  | 'auto'
  | 'openai-chat'
  | 'openai-responses'
  | 'anthropic'
  | 'gemini'
  | 'vercel-ai'
  | 'vercel-ai-data-stream'
  | 'text';

/**
 * How delivered bytes are cut into `ReadableStream` chunks:
 * - `'event'` (default): one chunk per recorded event, exactly as recorded;
 * - `'random'`: seeded random chunk sizes between 1 and `maxChunkBytes` bytes, cutting anywhere
 *   (inside SSE lines, JSON tokens and UTF-8 characters, across event boundaries);
 * - a positive integer `n`: fixed chunks of `n` bytes.
 *
 * Time still advances per event: a chunk is delivered when the event holding its last byte is due,
 * so bytes that do not fill a chunk wait for the next event (like a packet that is not full yet).
 */
export type ReplayChunking = 'event' | 'random' | number;

/**
 * A fault injected into a replay. `atEvent` is always a 0-based index into the transcript's
 * events (see {@link ReplayController.events}).
 */
export type ReplayFault =
  /** Wait `durationMs` milliseconds (not scaled by `timeFactor`) before event `atEvent`. */
  | { kind: 'stall'; atEvent: number; durationMs: number }
  /**
   * The connection breaks when event `atEvent` is due: events before it are delivered, then the
   * stream errors with a `RipenError` of code `network-error` (or the given `error`).
   */
  | { kind: 'abort'; atEvent: number; error?: unknown }
  /**
   * The provider reports an error mid-stream: before event `atEvent` an error event is delivered
   * in the transcript's dialect (or `text`, verbatim), then the body ends.
   */
  | { kind: 'provider-error'; atEvent: number; text?: string; message?: string }
  /**
   * The body ends before event `atEvent` without the end marker (`[DONE]`, `message_stop`, ...).
   * Default `atEvent`: the first of the trailing end-marker events (or the last event when there is
   * no marker). `partialBytes` also delivers the first bytes of event `atEvent` (a cut mid-line).
   */
  | { kind: 'truncate'; atEvent?: number; partialBytes?: number }
  /**
   * A buffering proxy: bytes are held and released in bursts, every `everyEvents` events (default 8)
   * or, when `bytes` is given, as soon as at least `bytes` bytes are held. The end always flushes.
   */
  | { kind: 'buffering'; everyEvents?: number; bytes?: number }
  /**
   * Force a chunk boundary inside a multibyte UTF-8 character (a Chinese character, an emoji): the
   * first such character at or after event `atEvent` (default 0) is cut after its first byte. No
   * effect when the transcript has no multibyte character there ({@link ReplayState.utf8SplitOffset}
   * is then `undefined`).
   */
  | { kind: 'split-utf8'; atEvent?: number };

/**
 * Timer functions, injectable so replays run under fake timers. Defaults call
 * `globalThis.setTimeout` / `globalThis.clearTimeout` / `Date.now` at call time, so
 * `vi.useFakeTimers()` applies.
 */
export interface ReplayTimers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
  /**
   * Current time in ms. When given (always with the default timers), the replay keeps to its
   * schedule: events whose time has passed (timer clamping, a busy main thread) are delivered at
   * once, one chunk each, instead of drifting later and later. Without it, each delay simply
   * starts when the previous event was delivered.
   */
  now?(): number;
}

/** Options of `createReplayStream`. All optional. */
export interface ReplayOptions {
  /** How the transcript is cut into events. Default `'auto'`. */
  format?: TranscriptFormat;
  /** Dialect used for injected provider errors. Default `'auto'`. */
  dialect?: ReplayDialect;
  /**
   * Fixed delay before each event, in milliseconds. Default 30 ms when neither
   * `charactersPerSecond` nor `tokensPerSecond` is given. Give at most one of the three.
   */
  delayMs?: number;
  /**
   * Pace by the event's payload text (content / text / arguments deltas, not the JSON envelope):
   * delay = payload characters ÷ rate. Events without payload text are delivered without delay.
   */
  charactersPerSecond?: number;
  /** Pace by estimated tokens: one token per 4 payload characters, rounded up. */
  tokensPerSecond?: number;
  /** Speed multiplier applied to every computed delay: 2 plays twice as fast. Default 1. */
  timeFactor?: number;
  /** Delay before the first event, in milliseconds (time to first byte). Default: the normal delay. */
  initialDelayMs?: number;
  /** Chunking of delivered bytes. Default `'event'`. */
  chunking?: ReplayChunking;
  /** Largest chunk for `chunking: 'random'`, in bytes. Default 32. */
  maxChunkBytes?: number;
  /** Seed of the random chunking (same seed, same chunks). Default 1. */
  seed?: number;
  /** Faults to inject. The earliest ending fault (abort, provider-error, truncate) wins. */
  faults?: readonly ReplayFault[];
  /** Start paused: nothing is delivered until `resume()`, `step()` or `seek()`. Default false. */
  paused?: boolean;
  /** Aborting this signal errors the stream with the signal's reason and cancels all timers. */
  signal?: AbortSignal;
  /** Timer functions. Default: the global ones, looked up at call time. */
  timers?: ReplayTimers;
}

/** Lifecycle of a replay. */
export type ReplayStatus = 'playing' | 'paused' | 'done' | 'errored' | 'cancelled';

/** One event of the transcript as split by the replayer. */
export interface ReplayEventInfo {
  /** 0-based index in the transcript. */
  index: number;
  /** Size in bytes. */
  byteLength: number;
  /** Payload characters (text / content / arguments deltas) used by the rate-based speeds. */
  payloadCharacters: number;
  /** True for an end marker (`[DONE]`, `message_stop`, `response.completed`, AI SDK finish). */
  endMarker: boolean;
}

/** Observable state of a replay (a new object after each change). */
export interface ReplayState {
  status: ReplayStatus;
  /** Transcript events delivered or skipped so far: the index of the next event to play. */
  position: number;
  /** Number of events in the transcript. */
  eventCount: number;
  /** Bytes enqueued to the stream so far. */
  deliveredBytes: number;
  /** Bytes the stream will deliver in total with the configured faults. */
  totalBytes: number;
  /** Chunks enqueued so far. */
  chunkCount: number;
  /** Byte offset (in the delivered body) of the forced UTF-8 split, when one was placed. */
  utf8SplitOffset: number | undefined;
  /** Format and dialect in use after detection. */
  format: Exclude<TranscriptFormat, 'auto'>;
  dialect: Exclude<ReplayDialect, 'auto'>;
}

/** Controls of a running replay. */
export interface ReplayController {
  /** The transcript's events (index, size, payload characters, end marker). */
  readonly events: readonly ReplayEventInfo[];
  /** Current state. */
  getState(): ReplayState;
  /** Listen to state changes; returns the unsubscribe function. */
  subscribe(listener: (state: ReplayState) => void): () => void;
  /** Stop delivering; the pending timer is cancelled. */
  pause(): void;
  /** Continue delivering; the delay before the next event starts again in full. */
  resume(): void;
  /**
   * Deliver the next event now (also while paused; a playing replay keeps playing). Returns false
   * when the replay is already finished.
   */
  step(): boolean;
  /**
   * Scrub forward: deliver every event with index below `eventIndex` at once, as one chunk, then
   * continue (or stay paused). Ending faults in that range apply. Seeking backwards throws a
   * `TypeError` (bytes cannot be taken back; create a new replay instead).
   */
  seek(eventIndex: number): void;
  /** Change `timeFactor` from the next scheduled event on. */
  setTimeFactor(timeFactor: number): void;
  /**
   * Error the stream now (default reason: `RipenError` code `aborted`) and cancel all timers.
   * No effect once finished.
   */
  abort(reason?: unknown): void;
  /** Settles when the replay has finished (closed, errored or cancelled); never rejects. */
  readonly finished: Promise<ReplayStatus>;
}

/** Result of `createReplayStream`. */
export interface ReplayStream {
  /** The replayed body. Cancelling it cancels the replay's timers. */
  stream: ReadableStream<Uint8Array>;
  controller: ReplayController;
}
