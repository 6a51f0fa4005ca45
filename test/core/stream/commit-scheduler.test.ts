import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommitScheduler } from '../../../src/core/stream/index.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

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
});
