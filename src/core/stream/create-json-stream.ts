import { RipenError, isRipenError } from '../errors/ripen-error.js';
import { createJsonParser } from '../json/index.js';
import type { JsonParser } from '../json/index.js';
import type { FieldStatus, JsonParserOptions, JsonValue, JsonSnapshot } from '../json/types.js';
import type { SchemaSkeleton } from '../schema/schema-skeleton.js';
import type { SchemaInput } from '../schema/json-schema.js';
import type { FieldPolicies } from '../schema/field-policies.js';
import { getAtPointer } from './get-at-pointer.js';
import { createStreamView } from './stream-view.js';
import type { ValidationState } from './stream-view.js';
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
  /** The schema's layout, known before the first byte (`undefined` without a schema). */
  skeleton: SchemaSkeleton | undefined;
  /** Progressive validation state against `schema`. */
  validation: ValidationState;
  /** True when `status` is `complete` and the value passed the schema (or none was given). */
  valid: boolean;
}

/** Options of {@link createJsonStream}. */
export interface JsonStreamOptions<T = JsonValue> extends Omit<ReadProviderEventsOptions, 'signal'> {
  /**
   * Schema of the value: any Standard Schema (zod 4, valibot, arktype), a Standard JSON Schema or
   * a JSON Schema object. Gives the skeleton before the first byte, validates each node as it
   * completes (issues in `validation`, the node's status `invalid`, the stream goes on) and the
   * whole value at the end (`~standard.validate`).
   */
  schema?: SchemaInput;
  /** Reveal policies per JSON Pointer pattern; see {@link FieldPolicies}. */
  policies?: FieldPolicies;
  /** Value shown before the first byte (e.g. cached or placeholder data); replaced by the stream's. */
  initialValue?: T;
  /**
   * Called once per node of `value` when it completes, in document order of closing (children
   * before parents), whatever the chunking; `pointer` is an RFC 6901 JSON Pointer.
   */
  onFieldComplete?: (pointer: string, value: unknown) => void;
  /** Which part becomes `value`. Default `'auto'`; see {@link PartSelector}. */
  select?: PartSelector;
  /** Parser options (tolerant by default, limits). */
  parser?: JsonParserOptions;
  /** Publish rate while streaming. Default `'frame'`; see {@link Throttle}. */
  throttle?: Throttle;
  /** An outside abort signal; aborting it aborts the stream (status `aborted`). */
  signal?: AbortSignal;
  /** Called once when the stream reaches an end status. */
  onFinish?: (state: JsonStreamState<T>) => void;
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

function initialState<T>(
  initialValue: T | undefined,
  skeleton: SchemaSkeleton | undefined,
  validation: ValidationState,
): JsonStreamState<T> {
  return {
    value: initialValue,
    status: 'idle',
    error: undefined,
    finishReason: undefined,
    fieldStatus: absent,
    warnings: [],
    parts: [],
    selectedPart: undefined,
    skeleton,
    validation,
    valid: false,
  };
}

interface PartEntry {
  part: PartInfo;
  parser: JsonParser;
  toolOrdinal: number;
  /** Last snapshot taken, so each distinct snapshot's `completed` list is handled once. */
  last: JsonSnapshot | undefined;
  /** Completions seen before this part was selected. */
  pendingCompleted: string[];
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
 *
 * `source` is anything `openSource` accepts: a URL string or `URL` (with `init` and an optional
 * `fetch`), a `Response`, a `() => Promise<Response>`, a `ReadableStream` or an `AsyncIterable`
 * of bytes or strings. `throttle`: `'frame'` (default), a number of ms, or `false`.
 *
 * @example
 * ```ts
 * const stream = createJsonStream({ source: '/api/chat', init: { method: 'POST', body }, provider: 'anthropic' });
 * const stop = stream.subscribe(() => {
 *   const { status, value, fieldStatus } = stream.getSnapshot();
 *   render(value, status, fieldStatus('/title')); // e.g. 'streaming' while the title grows
 * });
 * stream.start();
 * ```
 */
export function createJsonStream<T = JsonValue>(options: JsonStreamOptions<T>): JsonStream<T> {
  const listeners = new Set<() => void>();
  let view = createStreamView(options);
  const serverState = initialState<T>(options.initialValue, view.skeleton, view.validation());
  let state: JsonStreamState<T> = serverState;
  let controller: AbortController | undefined;
  let generation = 0;
  let parts = new Map<string, PartEntry>();
  let selected: PartEntry | undefined;
  let finishReason: FinishReason | undefined;
  let status: StreamStatus = 'idle';
  let endError: RipenError | undefined;
  let unlinkSignal: (() => void) | undefined;

  /** Takes a part's snapshot, handling each distinct snapshot's completions exactly once. */
  const snapshotOf = (entry: PartEntry): JsonSnapshot => {
    const snapshot = entry.parser.snapshot();
    if (snapshot !== entry.last) {
      entry.last = snapshot;
      if (snapshot.completed.length > 0) {
        if (entry === selected) completeFields(entry, snapshot.completed);
        else entry.pendingCompleted.push(...snapshot.completed);
      }
    }
    return snapshot;
  };

  const completeFields = (entry: PartEntry, pointers: readonly string[]): void => {
    const raw = entry.last?.value;
    view.checkCompleted(raw, pointers);
    if (options.onFieldComplete)
      for (const pointer of pointers) options.onFieldComplete(pointer, getAtPointer(raw, pointer));
  };

  const publish = (): void => {
    const partStates: PartState[] = [];
    for (const entry of parts.values()) partStates.push({ part: entry.part, snapshot: snapshotOf(entry) });
    const chosen = selected;
    const snapshot = chosen?.last;
    // A node left open when the input stopped is reported `invalid` by the parser (error
    // `truncated`); the stream already says `truncated`, so that node reads as unfinished
    // (`streaming`) rather than unreadable.
    const cutAt = snapshot?.error?.code === 'truncated' ? snapshot.error.pointer : undefined;
    const statusAt = chosen
      ? (pointer: string): FieldStatus => {
          if (view.isInvalid(pointer)) return 'invalid';
          const found = chosen.parser.statusAt(pointer);
          return found === 'invalid' && pointer === cutAt ? 'streaming' : found;
        }
      : absent;
    const raw = snapshot?.value;
    const shown = raw === undefined ? undefined : view.present(raw, statusAt);
    const validation = view.validation();
    state = {
      value: (shown ??
        (status === 'connecting' || status === 'streaming' || status === 'idle' ? options.initialValue : undefined)) as
        | T
        | undefined,
      status,
      error: endError,
      finishReason,
      fieldStatus: statusAt,
      warnings: snapshot?.warnings ?? [],
      parts: partStates,
      selectedPart: chosen?.part,
      skeleton: view.skeleton,
      validation,
      valid: status === 'complete' && (validation.state === 'valid' || validation.state === 'none'),
    };
    for (const listener of [...listeners]) listener();
  };
  const scheduler = createCommitScheduler(publish, { throttle: options.throttle ?? 'frame' });

  const choose = (): void => {
    if (selected) return;
    const selector = options.select ?? 'auto';
    for (const entry of parts.values()) {
      if (entry.part.kind !== 'content' && entry.part.kind !== 'tool-call') continue;
      const matches =
        selector === 'auto'
          ? snapshotOf(entry).value !== undefined
          : matchesSelector(selector, entry.part, entry.toolOrdinal);
      if (matches) {
        selected = entry;
        const earlier = entry.pendingCompleted.splice(0);
        if (earlier.length > 0) completeFields(entry, earlier);
        return;
      }
    }
  };

  const entryFor = (part: PartInfo): PartEntry => {
    let entry = parts.get(part.id);
    if (!entry) {
      let toolOrdinal = 0;
      for (const other of parts.values())
        if (other.part.kind === 'tool-call' && other.part.choice === part.choice) toolOrdinal++;
      entry = { part, parser: createJsonParser(options.parser), toolOrdinal, last: undefined, pendingCompleted: [] };
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
    const announce = (): void => {
      publish();
      if (error && next === 'error') options.onError?.(error);
      options.onFinish?.(state);
    };
    if (next !== 'complete' || !selected) return announce();
    const finalSnapshot = snapshotOf(selected);
    const pending = view.finish(finalSnapshot.value);
    if (pending) {
      const myGeneration = generation;
      void pending.then(
        () => {
          if (myGeneration === generation) announce();
        },
        (cause: unknown) => {
          if (myGeneration !== generation) return;
          endError = new RipenError('schema-error', "The schema's validate function failed.", { cause });
          status = 'error';
          announce();
        },
      );
    } else announce();
  };

  const settle = (sawEnd: boolean, providerError: RipenError | undefined, refusal: string): void => {
    for (const entry of parts.values()) entry.parser.end();
    choose();
    // A body cut inside an SSE event is a truncation (handled with the missing end marker below).
    const cutMidEvent = providerError?.code === 'sse-truncated' ? providerError : undefined;
    if (providerError && !cutMidEvent) return finishWith('error', providerError);
    const snapshot = selected ? snapshotOf(selected) : undefined;
    if (!selected && refusal) {
      return finishWith(
        'error',
        new RipenError('refusal', `The model refused: ${refusal.slice(0, 500)}`, {
          provider: String(options.provider ?? 'auto'),
        }),
      );
    }
    if (snapshot?.error && snapshot.error.code !== 'truncated') return finishWith('error', snapshot.error);
    if (finishReason === 'length') {
      return finishWith(
        'truncated',
        new RipenError(
          'truncated',
          'The model stopped at its token limit (finish reason "length"); the value is incomplete.',
        ),
      );
    }
    if (!sawEnd || cutMidEvent) {
      return finishWith(
        'truncated',
        cutMidEvent ??
          new RipenError(
            'truncated',
            "The stream ended without the provider's end marker; the value may be incomplete.",
          ),
      );
    }
    if (!snapshot || snapshot.error) {
      return finishWith(
        'truncated',
        snapshot?.error ?? new RipenError('truncated', 'The stream ended before any JSON value arrived.'),
      );
    }
    finishWith('complete', undefined);
  };

  const run = async (myGeneration: number, signal: AbortSignal): Promise<void> => {
    let sawEnd = false;
    let providerError: RipenError | undefined;
    let refusal = '';
    try {
      const transport: ReadProviderEventsOptions = { source: options.source, signal };
      if (options.init) transport.init = options.init;
      if (options.provider) transport.provider = options.provider;
      if (options.fetch) transport.fetch = options.fetch;
      if (options.retry !== undefined) transport.retry = options.retry;
      if (options.resume !== undefined) transport.resume = options.resume;
      for await (const event of readProviderEvents(transport)) {
        if (myGeneration !== generation) return;
        handle(event);
      }
    } catch (error) {
      if (myGeneration !== generation) return;
      if (signal.aborted) return finishWith('aborted', undefined);
      return finishWith(
        'error',
        isRipenError(error) ? error : new RipenError('network-error', 'The stream failed.', { cause: error }),
      );
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
      view = createStreamView(options);
      state = initialState<T>(options.initialValue, view.skeleton, view.validation());
      stream.start();
    },
  };
  return stream;
}
