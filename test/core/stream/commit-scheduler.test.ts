import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommitScheduler } from '../../../src/core/stream/index.js';
import { BURST_GAP, BURST_PUBLISHES } from '../../../src/core/stream/commit-scheduler.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Lets the scheduler's measurement (a MessageChannel message after the publish) arrive. */
async function afterMeasurement(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function stubFrames() {
  const frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  return frames;
}

describe('createCommitScheduler', () => {
  it("'frame': many schedules in a frame give one flush, on the frame", () => {
    vi.useFakeTimers();
    const frames = stubFrames();
    const flush = vi.fn();
    const scheduler = createCommitScheduler(flush, { throttle: 'frame' });
    for (let index = 0; index < 500; index++) scheduler.schedule();
    expect(flush).not.toHaveBeenCalled();
    frames.shift()!();
    expect(flush).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000); // the safety timer was cleared: no second flush
    expect(flush).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("'frame': a slow frame (long task) does not get a second, timer-driven flush", () => {
    vi.useFakeTimers();
    const frames = stubFrames();
    const flush = vi.fn();
    const scheduler = createCommitScheduler(flush, { throttle: 'frame' });
    scheduler.schedule();
    vi.advanceTimersByTime(300); // frame delayed by a 300 ms task
    expect(flush).not.toHaveBeenCalled();
    frames.shift()!();
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it("'frame' in a hidden document publishes by timer every maxLatency ms", () => {
    vi.useFakeTimers();
    const frames = stubFrames();
    vi.stubGlobal('document', { hidden: true });
    const flush = vi.fn();
    const scheduler = createCommitScheduler(flush, { throttle: 'frame', maxLatency: 100 });
    scheduler.schedule();
    expect(frames).toHaveLength(0);
    vi.advanceTimersByTime(99);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it("'frame': a frame that never comes (tab hidden meanwhile) is replaced after hiddenAfter ms", () => {
    vi.useFakeTimers();
    stubFrames();
    const flush = vi.fn();
    const scheduler = createCommitScheduler(flush, { throttle: 'frame', hiddenAfter: 1000 });
    scheduler.schedule();
    vi.advanceTimersByTime(1000);
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('a number throttles to that interval; false flushes at once; cancel leaves no timer', () => {
    vi.useFakeTimers();
    const flush = vi.fn();
    const every50 = createCommitScheduler(flush, { throttle: 50 });
    every50.schedule();
    every50.schedule();
    vi.advanceTimersByTime(50);
    expect(flush).toHaveBeenCalledTimes(1);
    const immediate = createCommitScheduler(flush, { throttle: false });
    immediate.schedule();
    expect(flush).toHaveBeenCalledTimes(2);
    every50.schedule();
    every50.cancel();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(100);
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it("'frame': past a burst's first publishes, a publish whose work took W ms holds the next back W / share ms, in whole frames", async () => {
    const frames = stubFrames();
    let clock = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const flush = vi.fn(() => {
      clock += 10; // the publish and the render it causes: 10 ms
    });
    const scheduler = createCommitScheduler(flush, { throttle: 'frame', mainThreadShare: 0.5 });
    for (let publish = 1; publish <= BURST_PUBLISHES; publish++) {
      scheduler.schedule();
      clock += 6.7;
      frames.shift()!();
      await afterMeasurement();
      expect(flush).toHaveBeenCalledTimes(publish); // the burst's first publishes: every frame
    }
    const lastStartedAt = clock - 10;
    scheduler.schedule();
    clock += 6.7; // 16.7 ms after the last publish started: 20 ms are due (10 ms / 0.5)
    frames.shift()!();
    expect(flush).toHaveBeenCalledTimes(BURST_PUBLISHES);
    expect(frames).toHaveLength(1); // waits for a later frame
    clock = lastStartedAt + 33.4;
    frames.shift()!();
    expect(flush).toHaveBeenCalledTimes(BURST_PUBLISHES + 1);
    expect(frames).toHaveLength(0);
    await afterMeasurement();

    // New data after BURST_GAP ms without a publish starts a new burst: not held back.
    clock += BURST_GAP + 1;
    scheduler.schedule();
    frames.shift()!();
    expect(flush).toHaveBeenCalledTimes(BURST_PUBLISHES + 2);
    scheduler.cancel();
  });

  it("'frame': one slow publish holds the next back at most 200 ms; mainThreadShare 1 never holds back", async () => {
    const frames = stubFrames();
    let clock = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let cost = 1;
    const flush = vi.fn(() => {
      clock += cost;
    });
    const scheduler = createCommitScheduler(flush, { throttle: 'frame' });
    for (let publish = 1; publish <= BURST_PUBLISHES; publish++) {
      scheduler.schedule();
      clock += 16;
      frames.shift()!();
      await afterMeasurement();
    }
    cost = 400; // 400 ms / 0.2 would be 2 s
    scheduler.schedule();
    clock += 16;
    frames.shift()!();
    await afterMeasurement();
    const slowStartedAt = clock - 400;
    scheduler.schedule();
    clock = slowStartedAt + 199;
    frames.shift()!();
    expect(flush).toHaveBeenCalledTimes(BURST_PUBLISHES + 1);
    clock = slowStartedAt + 200;
    frames.shift()!();
    expect(flush).toHaveBeenCalledTimes(BURST_PUBLISHES + 2);

    const unlimited = vi.fn(() => {
      clock += 400;
    });
    const everyFrame = createCommitScheduler(unlimited, { throttle: 'frame', mainThreadShare: 1 });
    for (let publish = 1; publish <= BURST_PUBLISHES + 3; publish++) {
      everyFrame.schedule();
      clock += 16;
      frames.shift()!();
      await afterMeasurement();
      expect(unlimited).toHaveBeenCalledTimes(publish);
    }
    scheduler.cancel();
  });
});
