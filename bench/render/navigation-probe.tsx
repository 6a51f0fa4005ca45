// The transition probe: a "navigation" (a state change wrapped in `startTransition`) fired
// mid-stream, in the same React root as the variant. The new page is 40 items whose render does
// a fixed amount of arithmetic (about 8 ms in all at 1× on the bench machine, 4× as long under
// 4× CPU throttling), so React renders it in time slices and can be interrupted. The recorder
// counts the frames from `startTransition` to the page's commit and how many times the page was
// rendered (an urgent update arriving meanwhile makes React throw the half-done render away and
// start again: the starvation the AI SDK saw with `useSyncExternalStore` in `useChat`).
import { memo, startTransition, useLayoutEffect, useState } from 'react';
import type { BenchRecorder } from './bench-recorder.js';

const ITEMS = 40;
const WORK_PER_ITEM = 40_000;

const ProbeItem = memo(function ProbeItem({ page, index }: { page: number; index: number }) {
  let total = 0;
  for (let step = 0; step < WORK_PER_ITEM; step++) total += Math.sqrt(step * (index + 1) + page) % 7;
  return (
    <li>
      Page {page}, item {index}: {total.toFixed(0)}
    </li>
  );
});

function ProbePage({ page, recorder }: { page: number; recorder: BenchRecorder }) {
  recorder.onNavigationRender();
  useLayoutEffect(() => recorder.onNavigationCommit(), [recorder]);
  return (
    <ol aria-label={`Page ${page}`}>
      {Array.from({ length: ITEMS }, (_, index) => (
        <ProbeItem key={index} page={page} index={index} />
      ))}
    </ol>
  );
}

export interface NavigationProbeHandle {
  /** Starts a navigation to the next page in `startTransition`. */
  navigate: (atCharacter: number) => void;
}

/** Renders the current page; `handle.navigate` is set once mounted. */
export function NavigationProbe({ recorder, handle }: { recorder: BenchRecorder; handle: NavigationProbeHandle }) {
  const [page, setPage] = useState(0);
  handle.navigate = (atCharacter: number) => {
    recorder.onNavigationStart(atCharacter);
    startTransition(() => setPage((current) => current + 1));
  };
  return <nav>{page === 0 ? null : <ProbePage key={page} page={page} recorder={recorder} />}</nav>;
}
