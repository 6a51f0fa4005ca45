import { RipenError } from '../core/errors/ripen-error.js';
import { createReplayPlan, type ReplayPlanStep } from './create-replay-plan.js';
import type {
  ReplayController,
  ReplayOptions,
  ReplayState,
  ReplayStatus,
  ReplayStream,
  ReplayTimers,
} from './replay-types.js';

/** Default delay before each event when no speed is given, in milliseconds. */
export const DEFAULT_REPLAY_DELAY_MS = 30;

const globalTimers: ReplayTimers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

/**
 * Replay a recorded stream transcript as a `ReadableStream<Uint8Array>`, with controls and faults.
 *
 * The transcript (an SSE body, an NDJSON / AI SDK data stream, or a streamed JSON array) is cut
 * into events (see `splitTranscript`); each event is delivered after a delay (default
 * {@link DEFAULT_REPLAY_DELAY_MS} ms; or by payload characters / tokens per second), cut into
 * chunks per `chunking`. Faults (`stall`, `abort`, `provider-error`, `truncate`, `buffering`,
 * `split-utf8`) are applied up front, deterministically: the same transcript, options and seed
 * always deliver the same chunks in the same order at the same times.
 *
 * Timers come from `options.timers` (default: the global ones, looked up at call time, so fake
 * timers work). With a clock (`timers.now`, default `Date.now`) the replay keeps to its schedule:
 * when timers fire late (clamping, a busy page) the overdue events are delivered at once. Aborting (`controller.abort()`, `options.signal`) or cancelling the stream clears
 * the pending timer.
 *
 * Errors the stream with: `RipenError` `network-error` (fault `abort`), `RipenError` `aborted`
 * (`controller.abort()` without a reason), or the signal's / given reason.
 *
 * @example
 * ```ts
 * const { stream, controller } = createReplayStream(transcript, { delayMs: 20, chunking: 'random', seed: 7 });
 * const response = new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
 * controller.pause(); controller.step(); controller.seek(40);
 * ```
 *
 * @throws TypeError on invalid options (two speeds at once, rates ≤ 0, negative indices)
 */
export function createReplayStream(transcript: string | Uint8Array, options: ReplayOptions = {}): ReplayStream {
  validateSpeed(options);
  const plan = createReplayPlan(transcript, options);
  const timers = options.timers ?? globalTimers;
  let timeFactor = options.timeFactor ?? 1;

  let status: ReplayStatus = options.paused === true ? 'paused' : 'playing';
  let nextStep = 0;
  let position = 0;
  let delivered = 0;
  let chunkCount = 0;
  let timer: { handle: unknown } | undefined;
  /** Scheduled time of the last delivered step (catch-up pacing, when `timers.now` exists). */
  let scheduleBase: number | undefined;
  let streamController: ReadableStreamDefaultController<Uint8Array> | undefined;
  const listeners = new Set<(state: ReplayState) => void>();
  let resolveFinished: (status: ReplayStatus) => void = () => {};
  const finished = new Promise<ReplayStatus>((resolve) => {
    resolveFinished = resolve;
  });
  let state = snapshot();

  function snapshot(): ReplayState {
    return {
      status,
      position,
      eventCount: plan.events.length,
      deliveredBytes: delivered,
      totalBytes: plan.body.length,
      chunkCount,
      utf8SplitOffset: plan.utf8SplitOffset,
      format: plan.format,
      dialect: plan.dialect,
    };
  }

  function publish(): void {
    state = snapshot();
    for (const listener of listeners) listener(state);
  }

  function isOver(): boolean {
    return status === 'done' || status === 'errored' || status === 'cancelled';
  }

  function clearTimer(): void {
    if (timer !== undefined) timers.clearTimeout(timer.handle);
    timer = undefined;
  }

  function enqueue(end: number): void {
    streamController?.enqueue(plan.body.slice(delivered, end));
    delivered = end;
    chunkCount++;
  }

  /** Deliver the completed chunks up to `limit`; with `atOnce`, everything up to `limit` as one chunk. */
  function deliverTo(limit: number, atOnce: boolean): void {
    if (atOnce) {
      if (limit > delivered) enqueue(limit);
      return;
    }
    for (const boundary of plan.boundaries) {
      if (boundary <= delivered) continue;
      if (boundary > limit) break;
      enqueue(boundary);
    }
  }

  function settle(final: ReplayStatus): void {
    clearTimer();
    status = final;
    options.signal?.removeEventListener('abort', onSignalAbort);
    publish();
    resolveFinished(final);
  }

  function finish(): void {
    if (plan.ending.kind === 'error') {
      streamController?.error(plan.ending.error);
      settle('errored');
      return;
    }
    deliverTo(plan.body.length, false);
    streamController?.close();
    settle('done');
  }

  function runStep(step: ReplayPlanStep, atOnce: boolean): void {
    nextStep++;
    if (step.flush && !atOnce) deliverTo(step.end, false);
    if (!step.injected && step.end > step.start) position = Math.max(position, step.eventIndex + 1);
    else if (!step.injected) position = Math.max(position, step.eventIndex);
  }

  function delayOf(step: ReplayPlanStep, ordinal: number): number {
    let base: number;
    if (ordinal === 0 && options.initialDelayMs !== undefined) base = options.initialDelayMs;
    else if (options.charactersPerSecond !== undefined)
      base = (step.payloadCharacters * 1000) / options.charactersPerSecond;
    else if (options.tokensPerSecond !== undefined)
      base = (Math.ceil(step.payloadCharacters / 4) * 1000) / options.tokensPerSecond;
    else base = options.delayMs ?? DEFAULT_REPLAY_DELAY_MS;
    return base / timeFactor + step.stallMs;
  }

  /** Schedule the next step; steps with a zero delay run at once (in a loop, not recursively). */
  function schedule(): void {
    clearTimer();
    while (status === 'playing') {
      const step = plan.steps[nextStep];
      if (step === undefined) {
        finish();
        return;
      }
      const delayMs = delayOf(step, nextStep);
      const now = timers.now?.();
      if (now !== undefined && scheduleBase === undefined) scheduleBase = now;
      const dueAt = now === undefined || scheduleBase === undefined ? undefined : scheduleBase + delayMs;
      const waitMs = dueAt === undefined || now === undefined ? delayMs : dueAt - now;
      if (waitMs > 0) {
        const handle = { handle: undefined as unknown };
        timer = handle;
        handle.handle = timers.setTimeout(() => {
          if (timer !== handle) return;
          timer = undefined;
          scheduleBase = dueAt;
          advance();
        }, waitMs);
        return;
      }
      scheduleBase = dueAt;
      if (!advanceOnly()) return;
    }
  }

  /** Run the next step; returns false when the replay finished. */
  function advanceOnly(): boolean {
    const step = plan.steps[nextStep];
    if (step !== undefined) runStep(step, false);
    if (nextStep >= plan.steps.length) {
      finish();
      return false;
    }
    publish();
    return true;
  }

  function advance(): void {
    if (advanceOnly()) schedule();
  }

  function onSignalAbort(): void {
    controller.abort(options.signal?.reason);
  }

  const controller: ReplayController = {
    events: plan.events,
    finished,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    pause() {
      if (status !== 'playing') return;
      clearTimer();
      status = 'paused';
      publish();
    },
    resume() {
      if (status !== 'paused') return;
      status = 'playing';
      scheduleBase = undefined;
      publish();
      schedule();
    },
    step() {
      if (isOver()) return false;
      clearTimer();
      scheduleBase = undefined;
      advance();
      return true;
    },
    seek(eventIndex) {
      if (!Number.isInteger(eventIndex) || eventIndex < 0) {
        throw new TypeError(`seek(eventIndex): an integer ≥ 0 is required, got ${String(eventIndex)}.`);
      }
      if (eventIndex < position) {
        throw new TypeError(
          `seek(${eventIndex}) goes backwards (at event ${position}): delivered bytes cannot be taken back; create a new replay.`,
        );
      }
      if (isOver()) return;
      clearTimer();
      scheduleBase = undefined;
      let limit = delivered;
      for (
        let step = plan.steps[nextStep];
        step !== undefined && step.eventIndex < eventIndex;
        step = plan.steps[nextStep]
      ) {
        runStep(step, true);
        limit = Math.max(limit, step.end);
      }
      deliverTo(limit, true);
      if (nextStep >= plan.steps.length) finish();
      else {
        publish();
        schedule();
      }
    },
    setTimeFactor(value) {
      if (!(value > 0)) throw new TypeError(`setTimeFactor(value): a number > 0 is required, got ${String(value)}.`);
      timeFactor = value;
    },
    abort(reason) {
      if (isOver()) return;
      streamController?.error(reason ?? new RipenError('aborted', 'Replay aborted by the caller', {}));
      settle('errored');
    },
  };

  const stream = new ReadableStream<Uint8Array>({
    start(readableController) {
      streamController = readableController;
      if (options.signal?.aborted === true) {
        controller.abort(options.signal.reason);
        return;
      }
      options.signal?.addEventListener('abort', onSignalAbort, { once: true });
      schedule();
    },
    cancel() {
      if (!isOver()) settle('cancelled');
    },
  });

  return { stream, controller };
}

function validateSpeed(options: ReplayOptions): void {
  const given = [options.delayMs, options.charactersPerSecond, options.tokensPerSecond].filter(
    (value) => value !== undefined,
  );
  if (given.length > 1) {
    throw new TypeError(
      'Give at most one of delayMs, charactersPerSecond and tokensPerSecond (use timeFactor to scale).',
    );
  }
  if (options.delayMs !== undefined && !(options.delayMs >= 0))
    throw new TypeError('delayMs must be ≥ 0 (milliseconds).');
  if (options.initialDelayMs !== undefined && !(options.initialDelayMs >= 0)) {
    throw new TypeError('initialDelayMs must be ≥ 0 (milliseconds).');
  }
  for (const [name, value] of [
    ['charactersPerSecond', options.charactersPerSecond],
    ['tokensPerSecond', options.tokensPerSecond],
    ['timeFactor', options.timeFactor],
  ] as const) {
    if (value !== undefined && !(value > 0)) throw new TypeError(`${name} must be > 0, got ${String(value)}.`);
  }
}
