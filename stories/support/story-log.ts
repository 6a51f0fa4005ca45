import type { ComponentState } from '../../src/components/index.js';

/** What a story saw while its stream played: used by play functions to assert the sequence. */
export interface StoryLog {
  /** `data-state` of the subject's root element at each DOM change (consecutive repeats dropped). */
  states: ComponentState[];
  /** Stream statuses from the hook, in order (consecutive repeats dropped). */
  statuses: string[];
  /** Values from the hook, in order (each different from the previous). */
  values: unknown[];
  /** Every time something shown earlier was taken back (value shrank / changed, complete text changed). */
  violations: string[];
}

const logs = new Map<string, StoryLog>();

/** A fresh log for a story (called when its subject mounts). */
export function resetStoryLog(storyId: string): StoryLog {
  const log: StoryLog = { states: [], statuses: [], values: [], violations: [] };
  logs.set(storyId, log);
  return log;
}

/** The log of a story; empty until the story mounted. */
export function getStoryLog(storyId: string): StoryLog {
  return logs.get(storyId) ?? resetStoryLog(storyId);
}

/**
 * Checks that `next` only extends `previous`: strings grow at the end, arrays append, object keys
 * stay, scalars never change, types never change. Returns the pointer and reason of the first
 * difference, or undefined.
 */
export function findTakeBack(previous: unknown, next: unknown, pointer = ''): string | undefined {
  if (previous === undefined) return undefined;
  if (next === undefined) return `${pointer || '/'}: removed`;
  if (
    typeof previous !== typeof next ||
    Array.isArray(previous) !== Array.isArray(next) ||
    (previous === null) !== (next === null)
  ) {
    return `${pointer || '/'}: type changed`;
  }
  if (typeof previous === 'string') {
    return (next as string).startsWith(previous)
      ? undefined
      : `${pointer || '/'}: text ${JSON.stringify(previous)} became ${JSON.stringify(next)}`;
  }
  if (Array.isArray(previous)) {
    const list = next as unknown[];
    if (list.length < previous.length)
      return `${pointer || '/'}: array shrank from ${previous.length} to ${list.length}`;
    for (let index = 0; index < previous.length; index++) {
      const found = findTakeBack(previous[index], list[index], `${pointer}/${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof previous === 'object' && previous !== null) {
    const record = next as Record<string, unknown>;
    for (const key of Object.keys(previous)) {
      if (!Object.hasOwn(record, key)) return `${pointer}/${key}: key disappeared`;
      const found = findTakeBack((previous as Record<string, unknown>)[key], record[key], `${pointer}/${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(previous, next) ? undefined : `${pointer || '/'}: ${String(previous)} became ${String(next)}`;
}

/**
 * Watch a subject element: record its root `data-state` on every DOM change, and report when an
 * element inside it that was shown `complete` loses text it showed or leaves the complete state.
 * Returns the function that stops watching.
 */
export function watchSubject(subject: HTMLElement, log: StoryLog): () => void {
  const completeTexts = new Map<Element, string>();
  const sample = (): void => {
    const root = subject.querySelector('[data-state]');
    const state = root?.getAttribute('data-state') as ComponentState | null | undefined;
    if (state && log.states[log.states.length - 1] !== state) log.states.push(state);
    for (const [element, text] of completeTexts) {
      if (!element.isConnected) continue;
      const nowState = element.getAttribute('data-state');
      const nowText = element.textContent ?? '';
      if (nowState !== 'complete' && nowState !== null) {
        log.violations.push(`a complete element became ${nowState}: ${JSON.stringify(text.slice(0, 80))}`);
        completeTexts.delete(element);
      } else if (!nowText.includes(text) && element !== root) {
        // Text may be added (a live announcement), but what was shown complete must stay.
        let at = 0;
        while (at < text.length && text[at] === nowText[at]) at++;
        const from = Math.max(0, at - 30);
        log.violations.push(
          `complete text taken back at character ${at}: …${JSON.stringify(text.slice(from, at + 50))} → …${JSON.stringify(nowText.slice(from, at + 50))}`,
        );
        completeTexts.set(element, nowText);
      }
    }
    subject.querySelectorAll('[data-state="complete"]').forEach((element) => {
      if (element !== root && !completeTexts.has(element)) completeTexts.set(element, element.textContent ?? '');
    });
  };
  sample();
  const observer = new MutationObserver(sample);
  observer.observe(subject, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });
  return () => observer.disconnect();
}
