/**
 * How often a stream publishes a new state to its subscribers while bytes arrive:
 * - `'frame'` (default): at most once per animation frame (`requestAnimationFrame`), and no more
 *   often than keeps the stream's share of the main thread near `mainThreadShare` (default 20%):
 *   after a publish whose work took W ms (the publish, the render it caused and the paint, timed
 *   from the frame to the first task after them), the next one waits at least W / share ms, in
 *   whole frames. The first 6 publishes of a burst (data after 100 ms without a publish: the
 *   first words of an answer) are not held back. In a hidden tab, where frames stop, a timer
 *   publishes every `maxLatency` ms instead, and a frame that does not come within `hiddenAfter`
 *   ms (the tab was hidden meanwhile) is replaced by the timer;
 * - a number: at most once per that many milliseconds;
 * - `false`: after every chunk (synchronously).
 * Whatever the setting, the end of a stream is published at once.
 */
export type Throttle = 'frame' | number | false;

/** A scheduler that coalesces many `schedule()` calls into one `flush` call. */
export interface CommitScheduler {
  /** Ask for a flush; several calls before it runs give one flush. */
  schedule(): void;
  /** Run a pending flush now (no-op when none is pending). */
  flushNow(): void;
  /** Drop a pending flush and release its timers. */
  cancel(): void;
}

/** Options of {@link createCommitScheduler}. */
export interface CommitSchedulerOptions {
  throttle: Throttle;
  /** With `'frame'`: publish interval in ms while the document is hidden. Default 100 ms. */
  maxLatency?: number;
  /**
   * With `'frame'` in a visible document: how long to wait for the frame before publishing by
   * timer anyway (the tab may be hidden meanwhile). Default 1,000 ms — long enough that a slow
   * frame after a long task does not get a second, timer-driven commit.
   */
  hiddenAfter?: number;
  /**
   * With `'frame'`: the share of the main thread (0 < share ≤ 1) the stream's publishes and the
   * renders they cause may take once a burst is past its first {@link BURST_PUBLISHES}
   * publishes. Default 0.2. `1` publishes every frame.
   */
  mainThreadShare?: number;
}

/** Milliseconds without a publish after which new data starts a burst. */
export const BURST_GAP = 100;
/** Publishes at the start of a burst that the main-thread budget does not hold back. */
export const BURST_PUBLISHES = 6;
/** Longest wait, in ms, the main-thread budget puts between two publishes (one slow task is not a trend). */
const MAX_WAIT = 200;

type FrameApi = {
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
};

/**
 * Creates a {@link CommitScheduler} that calls `flush` at most once per frame / interval.
 * Holds no timer while nothing is pending, so an idle or aborted stream leaves nothing behind.
 */
export function createCommitScheduler(flush: () => void, options: CommitSchedulerOptions): CommitScheduler {
  const { throttle } = options;
  const maxLatency = options.maxLatency ?? 100;
  const hiddenAfter = options.hiddenAfter ?? 1000;
  const share = options.mainThreadShare ?? 0.2;
  let frameHandle: number | undefined;
  let timerHandle: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  /** Budget of main-thread time: no frame publishes before this time (performance.now()). */
  let notBefore = Number.NEGATIVE_INFINITY;
  let burstPublishes = 0;
  let lastPublishAt = Number.NEGATIVE_INFINITY;

  const clear = (): void => {
    const frames = globalThis as FrameApi;
    if (frameHandle !== undefined) frames.cancelAnimationFrame?.(frameHandle);
    if (timerHandle !== undefined) clearTimeout(timerHandle);
    frameHandle = undefined;
    timerHandle = undefined;
  };

  const run = (): void => {
    clear();
    if (!pending) return;
    pending = false;
    flush();
  };

  /** Measures the publish started at `startedAt`: to the first task after its render and paint. */
  const measure = (startedAt: number): void => {
    if (typeof MessageChannel !== 'function' || share >= 1) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      const endedAt = performance.now();
      notBefore = startedAt + Math.min(MAX_WAIT, (endedAt - startedAt) / share);
      // A quiet spell is counted from the end of the publish's work, not its start.
      lastPublishAt = endedAt;
    };
    // Posted after the microtasks the publish queued (React schedules its render task in one).
    queueMicrotask(() => queueMicrotask(() => channel.port2.postMessage(undefined)));
  };

  const runInFrame = (): void => {
    if (!pending) return clear();
    const now = performance.now();
    if (now < notBefore && burstPublishes >= BURST_PUBLISHES) {
      // Over budget: wait for a later frame (the hidden-tab timer stays armed).
      frameHandle = (globalThis as FrameApi).requestAnimationFrame?.(runInFrame);
      return;
    }
    burstPublishes++;
    run();
    lastPublishAt = performance.now();
    measure(now);
  };

  return {
    schedule() {
      if (throttle === false) {
        flush();
        return;
      }
      if (pending) return;
      pending = true;
      if (throttle === 'frame') {
        // New data after a quiet spell starts a burst (not a wait for budget: `pending` was false).
        const now = performance.now();
        if (now - lastPublishAt > BURST_GAP) burstPublishes = 0;
        const frames = globalThis as FrameApi;
        const hidden = (globalThis as { document?: { hidden?: boolean } }).document?.hidden === true;
        if (typeof frames.requestAnimationFrame === 'function' && !hidden) {
          frameHandle = frames.requestAnimationFrame(runInFrame);
          timerHandle = setTimeout(run, hiddenAfter);
        } else if (hidden) {
          timerHandle = setTimeout(run, maxLatency);
        } else {
          timerHandle = setTimeout(run, 16);
        }
      } else {
        timerHandle = setTimeout(run, throttle);
      }
    },
    flushNow: run,
    cancel() {
      pending = false;
      clear();
    },
  };
}
