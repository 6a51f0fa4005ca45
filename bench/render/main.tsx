// Benchmark page. `?variant=ripen | ripen-all-rows | naive`. The driver (scripts/bench-render.mjs)
// calls `window.startRenderBench()` and waits for `window.renderBenchResult`.
import { onReactCommit } from './commit-hook.js';
import { useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/styles/ripen.css';
import { createBenchRecorder, type BenchResult } from './bench-recorder.js';
import { createBenchDocument, splitIntoTokens } from './dataset.js';
import { NaiveVariant } from './naive-variant.js';
import { NavigationProbe, type NavigationProbeHandle } from './navigation-probe.js';
import { createReplaySource } from './replay-source.js';
import { RipenVariant } from './ripen-variant.js';

declare global {
  interface Window {
    startRenderBench: () => void;
    renderBenchResult: BenchResult | undefined;
    renderBenchError: string | undefined;
  }
}

const TOKENS_PER_SECOND = 2000;
const TIME_TO_FIRST_BYTE = 300;
const TICK_INTERVAL = 8;

const variant = new URLSearchParams(location.search).get('variant') ?? 'ripen';

const document_ = createBenchDocument();
const text = JSON.stringify(document_);
const tokens = splitIntoTokens(text);
const container = document.getElementById('root')!;
const chartOffset = text.indexOf('"chart":');
const firstValueText = document_.table[0]!.name.slice(0, 3);
/** Characters that complete the first value: up to its first 3 characters. */
const firstValueEnd = text.indexOf(firstValueText) + firstValueText.length;
/** Where the probe's `startTransition` navigations start: mid-table and mid-chart. */
const navigationAt = [Math.round(chartOffset / 2), Math.round((chartOffset + text.length) / 2)];

window.addEventListener('error', (event) => (window.renderBenchError = String(event.message)));
window.addEventListener('unhandledrejection', (event) => (window.renderBenchError = String(event.reason)));

window.startRenderBench = () => {
  const recorder = createBenchRecorder(variant, container, firstValueText);
  const probe: NavigationProbeHandle = { navigate: () => {} };
  let navigationsStarted = 0;
  const source = createReplaySource(tokens, {
    tokensPerSecond: TOKENS_PER_SECOND,
    timeToFirstByte: TIME_TO_FIRST_BYTE,
    tickInterval: TICK_INTERVAL,
    onFirstByte: recorder.onFirstByte,
    onChunk: (charactersSent) => {
      recorder.onChunk(charactersSent, firstValueEnd);
      if (charactersSent > chartOffset) recorder.markChartPhase();
      const nextNavigation = navigationAt[navigationsStarted];
      if (nextNavigation !== undefined && charactersSent >= nextNavigation) {
        navigationsStarted++;
        probe.navigate(charactersSent);
      }
    },
  });
  function Bench() {
    const onComplete = useCallback((rowCount: number) => {
      void recorder.finish(rowCount).then((result) => {
        window.renderBenchResult = { ...result, tokens: tokens.length, characters: text.length };
      });
    }, []);
    return (
      <>
        {variant === 'naive' ? (
          <NaiveVariant source={source} recorder={recorder} onComplete={onComplete} />
        ) : (
          <RipenVariant
            source={source}
            recorder={recorder}
            virtualizeThreshold={variant === 'ripen-all-rows' ? Infinity : undefined}
            onComplete={onComplete}
          />
        )}
        <NavigationProbe recorder={recorder} handle={probe} />
      </>
    );
  }
  onReactCommit(recorder.onCommit);
  createRoot(container).render(<Bench />);
  recorder.checkSkeletonAfterMount();
};
