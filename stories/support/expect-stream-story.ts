import { expect, waitFor } from 'storybook/test';
import type { ComponentState } from '../../src/components/index.js';
import { getStoryLog } from './story-log.js';

/** What a replayed story must show, in order. */
export interface StreamStoryExpectation {
  /** Root `data-state` values in order, consecutive repeats collapsed. Default skeleton → streaming → complete. */
  states?: readonly ComponentState[];
  /** Texts that must be on screen at the end. */
  texts?: readonly string[];
  /** Longest wait for the end state, in ms. Default 20 000. */
  timeout?: number;
  /**
   * Largest layout shift allowed inside the subject (sum of `layout-shift` entry values whose
   * sources are in the subject, as CLS counts them). Default 0.01 (issue 14: nothing moves because
   * of arrival order or end states).
   */
  maxLayoutShift?: number;
  /**
   * Take-backs accepted as known component defects, matched against the violation messages;
   * anything else still fails. Keep this list empty (no story uses it today).
   */
  knownViolations?: readonly RegExp[];
}

/**
 * Play-function assertion for a replayed stream story: waits for the last expected state, then
 * checks the exact state sequence, that nothing shown was taken back (hook values only extend,
 * complete parts keep their text), the final texts, and that the subject's layout shift stays
 * within `maxLayoutShift`.
 */
export async function expectStreamStory(
  context: { id: string; canvasElement: HTMLElement },
  {
    states = ['skeleton', 'streaming', 'complete'],
    texts = [],
    timeout = 20_000,
    knownViolations = [],
    maxLayoutShift = 0.01,
  }: StreamStoryExpectation = {},
): Promise<void> {
  const shifts = watchLayoutShifts(context.canvasElement);
  const log = getStoryLog(context.id);
  const end = states[states.length - 1];
  const ended = ['complete', 'truncated', 'aborted', 'error'];
  const error = () => context.canvasElement.querySelector('[data-testid="detail-error"]')?.textContent;
  // The stream must have ended (several subjects may share one stream) and the subject show its end state.
  await waitFor(
    () => {
      expect(ended).toContain(log.statuses[log.statuses.length - 1]);
      expect({ state: log.states[log.states.length - 1], statuses: log.statuses, error: error() }).toMatchObject({
        state: end,
      });
    },
    { timeout, interval: 50 },
  );
  expect({ states: log.states, statuses: log.statuses, error: error() }).toMatchObject({ states });
  expect(log.violations.filter((violation) => !knownViolations.some((pattern) => pattern.test(violation)))).toEqual([]);
  const text = context.canvasElement.textContent ?? '';
  for (const expected of texts) expect(text).toContain(expected);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const measured = shifts();
  console.info(`${context.id}: layout shift inside the subject ${measured.toFixed(4)}`);
  expect(measured).toBeLessThanOrEqual(maxLayoutShift);
}

interface LayoutShiftEntry extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: ReadonlyArray<{ node?: Node | null }>;
}

/**
 * Sums `layout-shift` entries (buffered since the page loaded) whose moved nodes are inside the
 * story's subject; returns a reader for the total so far.
 */
function watchLayoutShifts(canvas: HTMLElement): () => number {
  const entries: LayoutShiftEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShiftEntry[])));
  observer.observe({ type: 'layout-shift', buffered: true });
  return () => {
    entries.push(...(observer.takeRecords() as LayoutShiftEntry[]));
    observer.disconnect();
    const subject = canvas.querySelector('[data-testid="subject"]') ?? canvas;
    return entries
      .filter((entry) => !entry.hadRecentInput)
      .filter((entry) => (entry.sources ?? []).some((source) => source.node && subject.contains(source.node)))
      .reduce((sum, entry) => sum + entry.value, 0);
  };
}

/** Play-function assertion for a states grid: each figure's subject shows the state it names. */
export async function expectStatesGrid(canvasElement: HTMLElement): Promise<void> {
  const figures = [...canvasElement.querySelectorAll<HTMLElement>('figure[data-expected-state]')];
  expect(figures.length).toBeGreaterThanOrEqual(5);
  for (const figure of figures) {
    const root = figure.querySelector('[data-state]');
    expect({ figure: figure.dataset['expectedState'], state: root?.getAttribute('data-state') }).toEqual({
      figure: figure.dataset['expectedState'],
      state: figure.dataset['expectedState'],
    });
  }
}
