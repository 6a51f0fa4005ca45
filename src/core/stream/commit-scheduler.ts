/**
 * How often a stream publishes a new state to its subscribers while bytes arrive:
 * - `'frame'` (default): at most once per animation frame (`requestAnimationFrame`); in a hidden
 *   tab, where frames stop, a timer publishes every `maxLatency` ms instead, and a frame that
 *   does not come within `hiddenAfter` ms (the tab was hidden meanwhile) is replaced by the timer;
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
}

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
  let frameHandle: number | undefined;
  let timerHandle: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

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

  return {
    schedule() {
      if (throttle === false) {
        flush();
        return;
      }
      if (pending) return;
      pending = true;
      if (throttle === 'frame') {
        const frames = globalThis as FrameApi;
        const hidden = (globalThis as { document?: { hidden?: boolean } }).document?.hidden === true;
        if (typeof frames.requestAnimationFrame === 'function' && !hidden) {
          frameHandle = frames.requestAnimationFrame(run);
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
