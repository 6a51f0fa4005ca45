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
}

/**
 * Play-function assertion for a replayed stream story: waits for the last expected state, then
 * checks the exact state sequence, that nothing shown was taken back (hook values only extend,
 * complete parts keep their text), and the final texts.
 */
export async function expectStreamStory(
  context: { id: string; canvasElement: HTMLElement },
  { states = ['skeleton', 'streaming', 'complete'], texts = [], timeout = 20_000 }: StreamStoryExpectation = {},
): Promise<void> {
  const log = getStoryLog(context.id);
  const end = states[states.length - 1];
  await waitFor(() => expect(log.states[log.states.length - 1]).toBe(end), { timeout, interval: 50 });
  expect(log.states).toEqual(states);
  expect(log.violations).toEqual([]);
  const text = context.canvasElement.textContent ?? '';
  for (const expected of texts) expect(text).toContain(expected);
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
