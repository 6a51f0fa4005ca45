// Measurements taken inside the page while one variant streams. Everything is in milliseconds of
// `performance.now()`. The recorder knows nothing about ripen or the baseline.

export interface BenchResult {
  variant: string;
  tokens: number;
  characters: number;
  /** From the first byte to the commit showing the complete value. */
  streamingDuration: number;
  frames: FrameSummary;
  /** Frames while the table streams, then while the chart streams. */
  tablePhaseFrames: FrameSummary;
  chartPhaseFrames: FrameSummary;
  longTasks: { count: number; totalDuration: number; max: number };
  commits: {
    count: number;
    perSecond: number;
    perFrameMax: number;
    perFrameP95: number;
    framesWithMoreThanOne: number;
    framesWithCommit: number;
  };
  rowRenders: {
    total: number;
    perCommitMean: number;
    perCommitP95: number;
    perCommitMax: number;
    inFinalCommit: number;
  };
  /** Renders of rows that had rendered before (a new row's first render is not counted). */
  rowRerenders: {
    total: number;
    perCommitMean: number;
    perCommitP95: number;
    perCommitMax: number;
    inFinalCommit: number;
  };
  seriesRenders: number;
  /** From the first byte to the DOM change showing the first value (before any paint). */
  firstByteToFirstValueInDom: number | undefined;
  firstByteToFirstPaintedValue: number | undefined;
  /**
   * From the chunk that completes the first value (its first 3 characters) to its paint: in ms,
   * and in frames (1 = painted in the first frame after those bytes arrived).
   */
  firstValueBytesToPaint: number | undefined;
  firstValueBytesToPaintFrames: number | undefined;
  /** Commits of the probe's `startTransition` navigations fired mid-stream (navigation-probe.tsx). */
  navigations: NavigationResult[];
  /** Milliseconds from the first byte of the frames that saw more than one commit. */
  framesWithMoreThanOneCommitAt: number[];
  skeleton: { paintedBeforeFirstByte: boolean; paintedAheadOfFirstByte: number | undefined };
  finalRowCount: number;
}

export interface NavigationResult {
  /** Characters sent when the navigation started. */
  atCharacter: number;
  /** Frames that began between `startTransition` and the navigation's commit (0 = same frame). */
  framesToCommit: number | undefined;
  msToCommit: number | undefined;
  /** Times the navigation's page was rendered (more than 1: interrupted and restarted). */
  renderAttempts: number;
}

export interface FrameSummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  over16_7: number;
}

function summarizeFrames(deltas: readonly number[]): FrameSummary {
  return {
    count: deltas.length,
    p50: percentile(deltas, 0.5),
    p95: percentile(deltas, 0.95),
    max: Math.max(0, ...deltas),
    over16_7: deltas.filter((delta) => delta > 16.7).length,
  };
}

function summarizeCounts(counts: readonly number[]) {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return {
    total,
    perCommitMean: counts.length ? total / counts.length : 0,
    perCommitP95: percentile(counts, 0.95),
    perCommitMax: Math.max(0, ...counts),
    inFinalCommit: counts[counts.length - 1] ?? 0,
  };
}

function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Runs `callback` in a new task: after the current frame's paint when called from a frame callback. */
function inNextTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(undefined);
}

export function createBenchRecorder(variant: string, container: HTMLElement, firstValueText: string) {
  const frameDeltas: number[] = [];
  const frameTimes: number[] = [];
  const rowRerendersPerCommit: number[] = [];
  const renderedRows = new Set<number>();
  let rowRerendersSinceCommit = 0;
  let chartPhaseAt: number | undefined;
  const commitsPerFrame: number[] = [];
  const rowRendersPerCommit: number[] = [];
  const longTasks: PerformanceEntry[] = [];
  let commitsSinceFrame = 0;
  let rowRendersSinceCommit = 0;
  let seriesRenders = 0;
  let commitCount = 0;
  let firstByteAt: number | undefined;
  let endAt: number | undefined;
  let skeletonPaintedAt: number | undefined;
  let firstValuePaintedAt: number | undefined;
  let firstValueInDomAt: number | undefined;
  let recordingFrames = false;
  let lastFrameAt: number | undefined;
  // Animation frames seen since the recorder started (every frame, recording or not).
  let frameCount = 0;
  let firstValueBytesAt: number | undefined;
  let firstValueBytesFrame: number | undefined;
  let firstValuePaintedFrame: number | undefined;
  const framesWithMoreThanOneCommitAt: number[] = [];
  let navigationCommitting = false;
  const navigations: (NavigationResult & { startedAt: number; startFrame: number })[] = [];
  // True from the start of this recorder's frame callback (registered in the previous frame, so
  // it runs before callbacks registered later, like a store's frame-coalesced publish) until the
  // first task after that frame: a DOM change made meanwhile is painted in this frame.
  let insideFrame = false;
  /** Runs `callback` in the first task after the paint that shows the DOM as it is now. */
  const afterNextPaint = (callback: () => void): void => {
    if (insideFrame) inNextTask(callback);
    else requestAnimationFrame(() => inNextTask(callback));
  };

  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
      type: 'longtask',
      buffered: true,
    });
  }

  const frameLoop = (now: number) => {
    frameCount++;
    insideFrame = true;
    inNextTask(() => (insideFrame = false));
    if (recordingFrames) {
      if (lastFrameAt !== undefined) {
        frameDeltas.push(now - lastFrameAt);
        frameTimes.push(now);
        commitsPerFrame.push(commitsSinceFrame);
        if (commitsSinceFrame > 1) framesWithMoreThanOneCommitAt.push(lastFrameAt - (firstByteAt ?? 0));
      }
      commitsSinceFrame = 0;
      lastFrameAt = now;
    }
    if (endAt === undefined || now < endAt + 100) requestAnimationFrame(frameLoop);
  };
  requestAnimationFrame(frameLoop);

  // The first painted value: the container first shows the start of the first row's name.
  const observer = new MutationObserver(() => {
    if (firstValuePaintedAt !== undefined || firstByteAt === undefined) return;
    if (!(container.textContent ?? '').includes(firstValueText)) return;
    firstValuePaintedAt = -1;
    firstValueInDomAt = performance.now();
    firstValuePaintedFrame = insideFrame ? frameCount : frameCount + 1;
    afterNextPaint(() => (firstValuePaintedAt = performance.now()));
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true });

  return {
    /** After the first render: is a skeleton (or any placeholder with `data-state="skeleton"`) on screen? */
    checkSkeletonAfterMount() {
      afterNextPaint(() => {
        if (firstByteAt === undefined && container.querySelector('[data-state="skeleton"]'))
          skeletonPaintedAt = performance.now();
      });
    },
    onFirstByte() {
      firstByteAt = performance.now();
      performance.mark('render-bench:first-byte');
      recordingFrames = true;
    },
    /** The replay enqueued a chunk; `charactersSent` so far. `firstValueEnd`: characters that complete the first value. */
    onChunk(charactersSent: number, firstValueEnd: number) {
      if (firstValueBytesAt !== undefined || charactersSent < firstValueEnd) return;
      firstValueBytesAt = performance.now();
      firstValueBytesFrame = frameCount;
    },
    /** A `startTransition` navigation starts now (see navigation-probe.tsx). */
    onNavigationStart(atCharacter: number) {
      navigations.push({
        atCharacter,
        startedAt: performance.now(),
        startFrame: frameCount,
        framesToCommit: undefined,
        msToCommit: undefined,
        renderAttempts: 0,
      });
    },
    /** The navigation's page rendered (counted per attempt: React restarts an interrupted render). */
    onNavigationRender() {
      const navigation = navigations[navigations.length - 1];
      if (navigation) navigation.renderAttempts++;
    },
    /** The navigation committed (layout effect of the new page). */
    onNavigationCommit() {
      const navigation = navigations[navigations.length - 1];
      if (!navigation || navigation.msToCommit !== undefined) return;
      navigationCommitting = true;
      navigation.msToCommit = performance.now() - navigation.startedAt;
      navigation.framesToCommit = frameCount - navigation.startFrame;
    },
    onRowRender(index: number) {
      rowRendersSinceCommit++;
      if (renderedRows.has(index)) rowRerendersSinceCommit++;
      else renderedRows.add(index);
    },
    /** The first chunk holding the chart's key was enqueued. */
    markChartPhase() {
      if (chartPhaseAt !== undefined) return;
      chartPhaseAt = performance.now();
      performance.mark('render-bench:chart-phase');
    },
    onSeriesRender() {
      seriesRenders++;
    },
    /** Called once per React commit (see commit-hook.ts). */
    onCommit() {
      // The probe's navigation is the app's commit, not the variant's: not counted per frame.
      if (navigationCommitting) {
        navigationCommitting = false;
        return;
      }
      if (firstByteAt === undefined) {
        rowRendersSinceCommit = 0;
        rowRerendersSinceCommit = 0;
        return;
      }
      commitCount++;
      commitsSinceFrame++;
      rowRendersPerCommit.push(rowRendersSinceCommit);
      rowRerendersPerCommit.push(rowRerendersSinceCommit);
      rowRendersSinceCommit = 0;
      rowRerendersSinceCommit = 0;
    },
    /** Call once the complete value is committed; resolves with the results after a few frames. */
    finish(finalRowCount: number): Promise<BenchResult> {
      endAt = performance.now();
      return new Promise((resolve) => {
        setTimeout(() => {
          recordingFrames = false;
          observer.disconnect();
          const start = firstByteAt ?? 0;
          const windowTasks = longTasks.filter(
            (entry) => entry.startTime + entry.duration >= start && entry.startTime <= endAt!,
          );
          const duration = endAt! - start;
          const framesWithCommit = commitsPerFrame.filter((count) => count > 0).length;
          resolve({
            variant,
            tokens: 0,
            characters: 0,
            streamingDuration: duration,
            frames: summarizeFrames(frameDeltas),
            tablePhaseFrames: summarizeFrames(
              frameDeltas.filter((_, index) => chartPhaseAt === undefined || frameTimes[index]! <= chartPhaseAt),
            ),
            chartPhaseFrames: summarizeFrames(
              frameDeltas.filter((_, index) => chartPhaseAt !== undefined && frameTimes[index]! > chartPhaseAt),
            ),
            longTasks: {
              count: windowTasks.length,
              totalDuration: windowTasks.reduce((sum, entry) => sum + entry.duration, 0),
              max: Math.max(0, ...windowTasks.map((entry) => entry.duration)),
            },
            commits: {
              count: commitCount,
              perSecond: commitCount / (duration / 1000),
              perFrameMax: Math.max(0, ...commitsPerFrame),
              perFrameP95: percentile(commitsPerFrame, 0.95),
              framesWithMoreThanOne: commitsPerFrame.filter((count) => count > 1).length,
              framesWithCommit,
            },
            rowRenders: summarizeCounts(rowRendersPerCommit),
            rowRerenders: summarizeCounts(rowRerendersPerCommit),
            seriesRenders,
            firstByteToFirstValueInDom: firstValueInDomAt !== undefined ? firstValueInDomAt - start : undefined,
            firstByteToFirstPaintedValue:
              firstValuePaintedAt !== undefined && firstValuePaintedAt > 0 ? firstValuePaintedAt - start : undefined,
            firstValueBytesToPaint:
              firstValuePaintedAt !== undefined && firstValuePaintedAt > 0 && firstValueBytesAt !== undefined
                ? firstValuePaintedAt - firstValueBytesAt
                : undefined,
            firstValueBytesToPaintFrames:
              firstValuePaintedFrame !== undefined && firstValueBytesFrame !== undefined
                ? firstValuePaintedFrame - firstValueBytesFrame
                : undefined,
            navigations: navigations.map(({ atCharacter, framesToCommit, msToCommit, renderAttempts }) => ({
              atCharacter,
              framesToCommit,
              msToCommit,
              renderAttempts,
            })),
            framesWithMoreThanOneCommitAt,
            skeleton: {
              paintedBeforeFirstByte: skeletonPaintedAt !== undefined && skeletonPaintedAt <= start,
              paintedAheadOfFirstByte: skeletonPaintedAt !== undefined ? start - skeletonPaintedAt : undefined,
            },
            finalRowCount,
          });
        }, 200);
      });
    },
  };
}

export type BenchRecorder = ReturnType<typeof createBenchRecorder>;
