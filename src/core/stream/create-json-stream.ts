import { RipenError, isRipenError } from '../errors/ripen-error.js';
import { createJsonParser } from '../json/index.js';
import type { JsonParser } from '../json/index.js';
import type { FieldStatus, JsonParserOptions, JsonValue, JsonSnapshot } from '../json/types.js';
import type { FinishReason, PartInfo, ProviderEvent } from '../providers/types.js';
import { readProviderEvents } from '../transport/index.js';
import type { ReadProviderEventsOptions } from '../transport/index.js';
import { createCommitScheduler } from './commit-scheduler.js';
import type { Throttle } from './commit-scheduler.js';
import { matchesSelector } from './part-selector.js';
import type { PartSelector } from './part-selector.js';
import { isEndStatus } from './types.js';
import type { StreamState, StreamStatus } from './types.js';

/** State of one parsed output part (content or tool call), as exposed in `StreamState.parts`. */
export interface PartState {
  part: PartInfo;
  snapshot: JsonSnapshot;
}

/** {@link StreamState} plus every parsed part. */
export interface JsonStreamState<T = JsonValue> extends StreamState<T> {
  /** Every content and tool-call part seen so far, in order of first appearance. */
  parts: readonly PartState[];
  /** The part whose value is `value`, once chosen. */
  selectedPart: PartInfo | undefined;
}

/** Options of {@link createJsonStream}. */
export interface JsonStreamOptions extends Omit<ReadProviderEventsOptions, 'signal'> {
  /** Which part becomes `value`. Default `'auto'`; see {@link PartSelector}. */
  select?: PartSelector;
  /** Parser options (tolerant by default, limits). */
  parser?: JsonParserOptions;
  /** Publish rate while streaming. Default `'frame'`; see {@link Throttle}. */
  throttle?: Throttle;
  /** An outside abort signal; aborting it aborts the stream (status `aborted`). */
  signal?: AbortSignal;
  /** Called once when the stream reaches an end status. */
  onFinish?: (state: JsonStreamState) => void;
  /** Called once with the error that ended the stream, or a provider error. */
  onError?: (error: RipenError) => void;
}

/**
 * A framework-agnostic store over one streamed JSON value, shaped for React's
 * `useSyncExternalStore` (`subscribe` / `getSnapshot` / `getServerSnapshot`).
 */
export interface JsonStream<T = JsonValue> {
  /** Adds a listener called after each published state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current immutable state (same object until something changes). */
  getSnapshot(): JsonStreamState<T>;
  /** The state to render on the server: always the initial `idle` state. */
  getServerSnapshot(): JsonStreamState<T>;
  /** Sends the request. No-op while connecting or streaming, or after an end status. */
  start(): void;
  /** Cancels the request and the body reader; status becomes `aborted`. No-op after an end. */
  abort(): void;
  /** Aborts if running, clears the value and starts again (a new request). */
  restart(): void;
}

const absent = (): FieldStatus => 'absent';

function initialState<T>(): JsonStreamState<T> {
  return {
    value: undefined,
    status: 'idle',
    error: undefined,
    finishReason: undefined,
    fieldStatus: absent,
    warnings: [],
    parts: [],
    selectedPart: undefined,
  };
}

interface PartEntry {
  part: PartInfo;
  parser: JsonParser;
  toolOrdinal: number;
}

/**
 * Creates a {@link JsonStream}: source → SSE → provider dialect → incremental parser → store.
 * Nothing is fetched until `start()`.
 *
 * End states: `complete` only after the provider's end marker with a normal finish reason and a
 * finished JSON document; `truncated` when the finish reason is `length` (max tokens), when the
 * body ends without an end marker, or when the document is unfinished (error code `truncated`);
 * `error` for HTTP (`http-error`), network (`network-error`), provider (`provider-error`,
 * `refusal`) and fatal parse errors; `aborted` after `abort()`. The last good value is kept in
 * every case.
 */
export function createJsonStream<T = JsonValue>(options: JsonStreamOptions): JsonStream<T> {
  const listeners = new Set<() => void>();
  const serverState = initialState<T>();
  let state: JsonStreamState<T> = serverState;
  let controller: AbortController | undefined;
  let generation = 0;
  let parts = new Map<string, PartEntry>();
  let selected: PartEntry | undefined;
  let finishReason: FinishReason | undefined;
  let status: StreamStatus = 'idle';
  let endError: RipenError | undefined;
  let unlinkSignal: (() => void) | undefined;

  const publish = (): void => {
    const partStates: PartState[] = [];
    for (const entry of parts.values()) partStates.push({ part: entry.part, snapshot: entry.parser.snapshot() });
    const chosen = selected;
    const snapshot = chosen?.parser.snapshot();
    state = {
      value: snapshot?.value as T | undefined,
      status,
      error: endError,
      finishReason,
      fieldStatus: chosen ? (pointer: string) => chosen.parser.statusAt(pointer) : absent,
      warnings: snapshot?.warnings ?? [],
      parts: partStates,
      selectedPart: chosen?.part,
    };
    for (const listener of [...listeners]) listener();
  };
  const scheduler = createCommitScheduler(publish, { throttle: options.throttle ?? 'frame' });

  const choose = (): void => {
    if (selected) return;
    const selector = options.select ?? 'auto';
    for (const entry of parts.values()) {
      if (entry.part.kind !== 'content' && entry.part.kind !== 'tool-call') continue;
      if (selector === 'auto') {
        if (entry.parser.snapshot().value !== undefined) {
          selected = entry;
          return;
        }
      } else if (matchesSelector(selector, entry.part, entry.toolOrdinal)) {
        selected = entry;
        return;
      }
    }
  };

  const entryFor = (part: PartInfo): PartEntry => {
    let entry = parts.get(part.id);
    if (!entry) {
      let toolOrdinal = 0;
      for (const other of parts.values()) if (other.part.kind === 'tool-call' && other.part.choice === part.choice) toolOrdinal++;
      entry = { part, parser: createJsonParser(options.parser), toolOrdinal };
      parts.set(part.id, entry);
    } else if (part.name !== undefined && entry.part.name === undefined) {
      entry.part = { ...entry.part, ...part };
    }
    return entry;
  };

  const finishWith = (next: StreamStatus, error: RipenError | undefined): void => {
    status = next;
    endError = error;
    unlinkSignal?.();
    unlinkSignal = undefined;
    controller = undefined;
    scheduler.cancel();
    publish();
    if (error && next === 'error') options.onError?.(error);
    options.onFinish?.(state);
  };

  const settle = (sawEnd: boolean, providerError: RipenError | undefined, refusal: string): void => {
    for (const entry of parts.values()) entry.parser.end();
    choose();
    if (providerError) return finishWith('error', providerError);
    const snapshot = selected?.parser.snapshot();
    if (!selected && refusal) {
      return finishWith('error', new RipenError('refusal', `The model refused: ${refusal.slice(0, 500)}`, { provider: String(options.provider ?? 'auto') }));
    }
    if (snapshot?.error && snapshot.error.code !== 'truncated') return finishWith('error', snapshot.error);
    if (finishReason === 'length') {
      return finishWith('truncated', new RipenError('truncated', 'The model stopped at its token limit (finish reason "length"); the value is incomplete.'));
    }
    if (!sawEnd) {
      return finishWith('truncated', new RipenError('truncated', 'The stream ended without the provider\'s end marker; the value may be incomplete.'));
    }
    if (!snapshot || snapshot.error) {
      return finishWith('truncated', snapshot?.error ?? new RipenError('truncated', 'The stream ended before any JSON value arrived.'));
    }
    finishWith('complete', undefined);
  };

  const run = async (myGeneration: number, signal: AbortSignal): Promise<void> => {
    let sawEnd = false;
    let providerError: RipenError | undefined;
    let refusal = '';
    try {
      const { select: _select, parser: _parser, throttle: _throttle, onFinish: _onFinish, onError: _onError, signal: _signal, ...transport } = options;
      for await (const event of readProviderEvents({ ...transport, signal })) {
        if (myGeneration !== generation) return;
        handle(event);
      }
    } catch (error) {
      if (myGeneration !== generation) return;
      if (signal.aborted) return finishWith('aborted', undefined);
      return finishWith('error', isRipenError(error) ? error : new RipenError('network-error', 'The stream failed.', { cause: error }));
    }
    if (myGeneration !== generation) return;
    if (signal.aborted) return finishWith('aborted', undefined);
    settle(sawEnd, providerError, refusal);

    function handle(event: ProviderEvent): void {
      switch (event.type) {
        case 'part-start':
          if (event.part.kind === 'content' || event.part.kind === 'tool-call') entryFor(event.part);
          return;
        case 'delta':
          if (event.part.kind === 'refusal') {
            refusal += event.text;
            return;
          }
          if (event.part.kind !== 'content' && event.part.kind !== 'tool-call') return;
          if (status === 'connecting') status = 'streaming';
          entryFor(event.part).parser.push(event.text);
          choose();
          scheduler.schedule();
          return;
        case 'part-end':
        case 'usage':
          return;
        case 'finish':
          if (event.choice === undefined || event.choice === 0) finishReason = event.reason;
          return;
        case 'error':
          providerError ??= event.error;
          return;
        case 'end':
          sawEnd = true;
          return;
      }
    }
  };

  const stream: JsonStream<T> = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    getServerSnapshot: () => serverState,
    start() {
      if (status !== 'idle') return;
      if (options.signal?.aborted) return finishWith('aborted', undefined);
      const abortController = new AbortController();
      controller = abortController;
      if (options.signal) {
        const outer = options.signal;
        const onAbort = (): void => stream.abort();
        outer.addEventListener('abort', onAbort, { once: true });
        unlinkSignal = () => outer.removeEventListener('abort', onAbort);
      }
      status = 'connecting';
      publish();
      void run(generation, abortController.signal);
    },
    abort() {
      if (status === 'idle' || isEndStatus(status)) return;
      const current = controller;
      generation++;
      current?.abort(new RipenError('aborted', 'The stream was aborted.'));
      finishWith('aborted', undefined);
    },
    restart() {
      stream.abort();
      generation++;
      parts = new Map();
      selected = undefined;
      finishReason = undefined;
      endError = undefined;
      status = 'idle';
      state = initialState<T>();
      stream.start();
    },
  };
  return stream;
}
