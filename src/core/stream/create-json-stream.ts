// Longer than the house ~400 lines, mostly TSDoc: what stays here is the store's lifecycle
// (start / abort / restart), the provider-event handler and publishing, which share one stream's
// mutable state. The separable jobs have their own files: the end-status resolver
// (resolve-end-status.ts), the part registry (part-registry.ts), the state shapes
// (json-stream-types.ts, initial-state.ts), option checks, the callback guard and the idle timer.
import { RipenError, isRipenError, messageOf } from '../errors/ripen-error.js';
import type { FieldStatus, JsonSnapshot, JsonValue } from '../json/types.js';
import { normalizeUsage } from '../providers/normalize-usage.js';
import { preloadDialects } from '../providers/load-dialect.js';
import { checkProviderName } from '../providers/provider-names.js';
import type { TokenUsage } from '../providers/normalize-usage.js';
import type { FinishReason, ProviderEvent } from '../providers/types.js';
import { cancelSource, isRepeatableSource } from '../transport/open-source.js';
import { readProviderEvents } from '../transport/read-provider-events.js';
import type { ReadProviderEventsOptions } from '../transport/read-provider-events.js';
import { checkStreamOptions } from './check-stream-options.js';
import { createCallbackGuard } from './create-callback-guard.js';
import { createIdleTimer } from './create-idle-timer.js';
import { createCommitScheduler } from './commit-scheduler.js';
import { getAtPointer } from './get-at-pointer.js';
import { createPartRegistry, publishPart } from './part-registry.js';
import type { PartEntry, PartRegistry } from './part-registry.js';
import { matchesSelector } from './part-selector.js';
import type { PartSelector } from './part-selector.js';
import { resolveEndStatus } from './resolve-end-status.js';
import { createStreamView } from './stream-view.js';
import { schemaVerdict } from '../schema/schema-verdict.js';
import type { StandardTypedV1 } from '@standard-schema/spec';
import { isEndStatus } from './types.js';
import type { FieldStatusReader, StreamPart, StreamStatus } from './types.js';
import { absent, initialState } from './initial-state.js';
import type { JsonStream, JsonStreamOptions, JsonStreamState } from './json-stream-types.js';

export { createFailedStream } from './initial-state.js';
export type { JsonStream, JsonStreamOptions, JsonStreamState, JsonStreamStateBase } from './json-stream-types.js';

/** Default `idleTimeout`: 120,000 ms. */
export const DEFAULT_IDLE_TIMEOUT = 120_000;

/** Characters of refusal text kept (the error message shows the first 500). */
const MAX_REFUSAL_TEXT = 4_096;

/** Transport options handed to `readProviderEvents` as given (nothing dropped). */
const TRANSPORT_KEYS = ['init', 'provider', 'fetch', 'retry', 'resume', 'maxBufferSize'] as const;

/**
 * Creates a {@link JsonStream}: source → SSE → provider dialect → incremental parser → store.
 * Nothing is fetched until `start()`. Every option is validated here: a wrong type or value
 * throws `RipenError` code `invalid-option` naming the option (an unknown provider name throws
 * `unknown-provider`).
 *
 * End states (see `resolveEndStatus` for the order): `complete` only after the provider's end
 * marker with a normal finish reason and a finished JSON document; `truncated` when the finish
 * reason is `length` (max tokens), when the body ends without an end marker, or when the
 * document is unfinished; `error` with the cause's code: `http-error`, `network-error` (only a
 * failed fetch or body read), `provider-error`, `refusal` / `content-filter` (safety stops),
 * `not-json` (a prose answer: its text in `text`), `unexpected-content-type` (an HTML page),
 * `idle-timeout`, a fatal parse error or limit (`unexpected-token`, `depth-limit`,
 * `string-limit`, `size-limit`: the stream stops at once and the body is cancelled),
 * `schema-error`, `callback-error` (a throwing custom dialect), `internal-error` (a bug in
 * ripen, or a part loaded on demand that could not be loaded, with `cause`); `aborted` after
 * `abort()`. The last good value is kept in every case.
 *
 * Loaded on demand, while the request is made: with `schema` or `policies`, the checks while
 * streaming, the final verdict and the policy filter (the skeleton and the option checks stay
 * synchronous); without a provider or with a non-SSE dialect, framing detection; with a provider
 * name or none, the dialect registry. No event is handed out before what it needs is loaded.
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
export function createJsonStream<Schema extends StandardTypedV1, T = StandardTypedV1.InferInput<Schema>>(
  options: JsonStreamOptions<T, StandardTypedV1.InferOutput<Schema>> & { schema: Schema },
): JsonStream<T, StandardTypedV1.InferOutput<Schema>>;
export function createJsonStream<T = JsonValue, Output = T>(
  options: JsonStreamOptions<T, Output>,
): JsonStream<T, Output>;
export function createJsonStream<T = JsonValue, Output = T>(
  options: JsonStreamOptions<T, Output>,
): JsonStream<T, Output> {
  checkStreamOptions(options);
  // An unknown provider name is a programming error: `unknown-provider` from the create call.
  if (typeof options.provider === 'string') checkProviderName(options.provider);
  // Names and detection read the dialect registry, a chunk loaded on demand: start loading it now.
  if (typeof options.provider === 'string' || options.provider === undefined) preloadDialects();
  const listeners = new Set<() => void>();
  let view = createStreamView(options);
  const serverState = initialState<T, Output>(options.initialValue, view.skeleton, view.validation());
  const selector: PartSelector = options.select ?? 'auto';
  const idleTimeout = options.idleTimeout ?? DEFAULT_IDLE_TIMEOUT;
  const oneShot = !isRepeatableSource(options.source);
  let state: JsonStreamState<T, Output> = serverState;
  let controller: AbortController | undefined;
  let generation = 0;
  let registry: PartRegistry = createPartRegistry(options.parser);
  let selected: PartEntry | undefined;
  let finishReason: FinishReason | undefined;
  let status: StreamStatus = 'idle';
  let endError: RipenError | undefined;
  let unlinkSignal: (() => void) | undefined;
  let usageFields: Record<string, number> = {};
  let usage: TokenUsage | undefined;
  let started = false;

  // User callbacks: a throw is reported once as `callback-error`, never escapes.
  const guard = createCallbackGuard(options.onError);
  const reportCallbackError = guard.failed;
  const callOnError = guard.callOnError;

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
    const callback = options.onFieldComplete;
    if (!callback) return;
    for (const pointer of pointers) {
      try {
        callback(pointer, getAtPointer(raw, pointer));
      } catch (cause) {
        reportCallbackError('onFieldComplete', cause);
      }
    }
  };

  const contentText = (): string => {
    if (selected?.info.kind === 'content') return selected.text;
    for (const entry of registry.entries.values()) if (entry.info.kind === 'content') return entry.text;
    return '';
  };

  const publish = (): void => {
    const parts: StreamPart[] = [];
    for (const entry of registry.entries.values()) parts.push(publishPart(entry, snapshotOf(entry), status));
    const chosen = selected?.published;
    const snapshot = selected?.last;
    const validation = view.validation();
    const { issues } = validation;
    let invalid: Set<string> | undefined;
    const base = chosen?.fieldStatus;
    const fieldStatus: FieldStatusReader = base
      ? (pointer): FieldStatus => {
          if (issues.length > 0) {
            invalid ??= new Set(issues.map((issue) => issue.pointer));
            if (invalid.has(pointer)) return 'invalid';
          }
          return base(pointer);
        }
      : absent;
    const raw = snapshot?.value;
    const shown = raw === undefined ? undefined : view.present(raw, fieldStatus);
    state = {
      // A top-level `null` is a value: only an absent one falls back to `initialValue`.
      value: (raw !== undefined ? shown : isEndStatus(status) ? undefined : options.initialValue) as T | undefined,
      status,
      error: endError,
      finishReason,
      fieldStatus,
      warnings: snapshot?.warnings ?? [],
      text: contentText(),
      usage,
      parts,
      selectedPart: chosen,
      skeleton: view.skeleton,
      validation,
      ...schemaVerdict(status === 'complete', validation, view.output() as Output | undefined),
    };
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (cause) {
        reportCallbackError('subscriber', cause);
      }
    }
  };
  const scheduler = createCommitScheduler(publish, { throttle: options.throttle ?? 'frame' });

  const choose = (): void => {
    if (selected) return;
    const found = registry.find(selector, snapshotOf);
    if (!found) return;
    selected = found;
    const earlier = found.pendingCompleted.splice(0);
    if (earlier.length > 0) completeFields(found, earlier);
  };

  /** Could this part still become `value`? (For a fatal error before anything was selected.) */
  const couldSelect = (entry: PartEntry): boolean =>
    selector === 'auto' || matchesSelector(selector, entry.info, entry.toolOrdinal);

  // Idle timeout: the stream stops when no record arrived for `idleTimeout` ms.
  const idle = createIdleTimer(idleTimeout, () => {
    if (status !== 'connecting' && status !== 'streaming') return;
    const error = new RipenError(
      'idle-timeout',
      `Nothing arrived for ${idleTimeout} ms (idleTimeout); the stream was stopped and the value so far kept.`,
    );
    const current = controller;
    generation++;
    current?.abort(error);
    finishWith('error', error);
  });
  const touch = idle.touch;

  const finishWith = (next: StreamStatus, error: RipenError | undefined): void => {
    status = next;
    endError = error;
    idle.stop();
    unlinkSignal?.();
    unlinkSignal = undefined;
    controller = undefined;
    scheduler.cancel();
    const announce = (): void => {
      publish();
      if (status === 'error' && endError) callOnError(endError);
      if (!options.onFinish) return;
      try {
        options.onFinish(state);
      } catch (cause) {
        reportCallbackError('onFinish', cause);
      }
    };
    if (next !== 'complete' || !selected) return announce();
    const finalSnapshot = snapshotOf(selected);
    const schemaFailed = (cause: unknown): void => {
      endError =
        isRipenError(cause) && cause.code === 'schema-error'
          ? cause
          : new RipenError('schema-error', `The schema's validate function failed: ${messageOf(cause)}`, { cause });
      status = 'error';
      announce();
    };
    let pending: Promise<void> | void;
    try {
      pending = view.finish(finalSnapshot.value);
    } catch (cause) {
      return schemaFailed(cause);
    }
    if (!pending) return announce();
    const myGeneration = generation;
    pending.then(
      () => {
        if (myGeneration === generation) announce();
      },
      (cause: unknown) => {
        if (myGeneration === generation) schemaFailed(cause);
      },
    );
  };

  const settle = (sawEnd: boolean, providerError: RipenError | undefined, refusal: string): void => {
    for (const entry of registry.entries.values()) entry.parser.end();
    choose();
    const snapshot = selected ? snapshotOf(selected) : undefined;
    let candidateError: RipenError | undefined;
    if (!selected) {
      for (const entry of registry.entries.values()) {
        const error = snapshotOf(entry).error;
        // `truncated` / `unexpected-end` only say the input stopped: a prose answer, not a parse error.
        if (error && error.code !== 'truncated' && error.code !== 'unexpected-end' && couldSelect(entry)) {
          candidateError = error;
          break;
        }
      }
    }
    let unmatched: { selector: string; parts: string } | undefined;
    if (!selected && selector !== 'auto') {
      const seen = [...registry.entries.values()].filter((entry) => snapshotOf(entry).value !== undefined);
      if (seen.length > 0)
        unmatched = {
          selector: typeof selector === 'function' ? '(a function)' : JSON.stringify(selector),
          parts: seen.map((entry) => `${entry.info.id}${entry.info.name ? ` ${entry.info.name}` : ''}`).join(', '),
        };
    }
    const end = resolveEndStatus({
      ...(unmatched === undefined ? {} : { unmatched }),
      sawEnd,
      providerError,
      refusal,
      finishReason,
      selected: snapshot,
      candidateError,
      text: contentText(),
      provider: typeof options.provider === 'string' ? options.provider : (options.provider?.name ?? 'auto'),
    });
    finishWith(end.status, end.error);
  };

  const run = async (myGeneration: number, signal: AbortSignal): Promise<void> => {
    let sawEnd = false;
    let providerError: RipenError | undefined;
    let refusal = '';
    let stopError: RipenError | undefined;

    const handle = (event: ProviderEvent): void => {
      switch (event.type) {
        case 'part-start':
          if (event.part.kind === 'content' || event.part.kind === 'tool-call')
            registry.entryFor(event.part as PartEntry['info']);
          return;
        case 'delta': {
          if (event.part.kind === 'refusal') {
            // Only the start is shown (in the `refusal` error message): bounded.
            if (refusal.length < MAX_REFUSAL_TEXT) refusal += event.text.slice(0, MAX_REFUSAL_TEXT - refusal.length);
            return;
          }
          if (event.part.kind !== 'content' && event.part.kind !== 'tool-call') return;
          if (status === 'connecting') status = 'streaming';
          const entry = registry.entryFor(event.part as PartEntry['info']);
          entry.ended = false;
          // parser.error is read without a snapshot (a snapshot per chunk would copy the changed path)
          if (entry.parser.error) return;
          entry.text += event.text;
          entry.parser.push(event.text);
          choose();
          const fatal = entry.parser.error;
          if (fatal && (entry === selected || (!selected && couldSelect(entry)))) stopError = fatal;
          scheduler.schedule();
          return;
        }
        case 'part-end': {
          const entry = registry.entries.get(event.part.id);
          if (!entry) return;
          entry.ended = true;
          scheduler.schedule();
          return;
        }
        case 'usage':
          usageFields = { ...usageFields, ...event.usage };
          usage = normalizeUsage(usageFields);
          scheduler.schedule();
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
    };

    // The schema checks (a chunk loaded on demand) load while the request is made; the first
    // event waits for them, so nothing is handed out before they are ready and nothing reorders.
    let loading = view.load();
    loading?.catch(() => undefined);
    const ready = async (): Promise<boolean> => {
      if (loading) {
        await loading;
        loading = undefined;
      }
      return myGeneration === generation;
    };

    try {
      const transport: ReadProviderEventsOptions = { source: options.source, signal, onActivity: touch };
      for (const key of TRANSPORT_KEYS)
        if (options[key] !== undefined) Object.assign(transport, { [key]: options[key] });
      for await (const event of readProviderEvents(transport)) {
        if (myGeneration !== generation || !(await ready())) return;
        handle(event);
        // Leaving the loop returns the iterator: the body reader is cancelled at once.
        if (stopError) break;
      }
    } catch (error) {
      if (myGeneration !== generation) return;
      if (signal.aborted) return finishWith('aborted', undefined);
      return finishWith(
        'error',
        isRipenError(error)
          ? error
          : new RipenError('internal-error', `ripen failed while reading the stream: ${messageOf(error)}`, {
              cause: error,
            }),
      );
    }
    if (myGeneration !== generation) return;
    if (stopError) return finishWith('error', stopError);
    if (signal.aborted) return finishWith('aborted', undefined);
    try {
      if (!(await ready())) return;
    } catch (error) {
      if (myGeneration === generation) finishWith('error', error as RipenError);
      return;
    }
    settle(sawEnd, providerError, refusal);
  };

  const stream: JsonStream<T, Output> = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    getServerSnapshot: () => serverState,
    start() {
      if (status !== 'idle') return;
      if (oneShot && started) {
        finishWith(
          'error',
          new RipenError(
            'invalid-option',
            'restart() needs a source that can be requested again (a URL or a function returning a Response); a Response, ReadableStream or AsyncIterable can be read only once.',
          ),
        );
        return;
      }
      started = true;
      if (options.signal?.aborted) {
        if (oneShot) cancelSource(options.source, options.signal.reason);
        return finishWith('aborted', undefined);
      }
      const abortController = new AbortController();
      controller = abortController;
      if (options.signal) {
        const outer = options.signal;
        const onAbort = (): void => stream.abort();
        outer.addEventListener('abort', onAbort, { once: true });
        unlinkSignal = () => outer.removeEventListener('abort', onAbort);
      }
      status = 'connecting';
      idle.start();
      publish();
      const myGeneration = generation;
      run(myGeneration, abortController.signal).catch((cause: unknown) => {
        if (myGeneration !== generation || isEndStatus(status)) return;
        finishWith(
          'error',
          new RipenError('internal-error', `ripen failed while handling the stream: ${messageOf(cause)}`, { cause }),
        );
      });
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
      registry = createPartRegistry(options.parser);
      selected = undefined;
      finishReason = undefined;
      endError = undefined;
      usageFields = {};
      usage = undefined;
      status = 'idle';
      view = createStreamView(options);
      state = initialState<T, Output>(options.initialValue, view.skeleton, view.validation());
      stream.start();
    },
  };
  return stream;
}
