import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { JsonValue } from '../../src/core/json/types.js';
import type { PartSelector } from '../../src/core/stream/part-selector.js';
import { useJsonStream, type UseJsonStreamResult } from '../../src/react/index.js';
import { createReplayFetch } from '../../src/testing/index.js';
import { ReplayPanel } from './replay-panel.js';
import { toReplayOptions, type ReplayArgs } from './replay-args.js';
import { findTakeBack, resetStoryLog, watchSubject } from './story-log.js';
import type { StoryTranscript } from './transcripts.js';

/** Props of {@link StreamStory}. */
export interface StreamStoryProps<T> {
  /** Storybook story id (`context.id`): the play function reads the log under this id. */
  storyId: string;
  transcript: StoryTranscript;
  replay: ReplayArgs;
  /** Which output part becomes the value (default `'auto'`). */
  select?: PartSelector;
  /** Renders the component under test from the hook's result. */
  children: (result: UseJsonStreamResult<T>) => ReactNode;
}

/**
 * Replays a transcript through `createReplayFetch` → `useJsonStream` and renders the component
 * with the hook's state, plus the replay panel. Records the states and values it shows for the
 * play function ({@link getStoryLog}). Remount it (React `key`) to replay with new args.
 */
export function StreamStory<T = JsonValue>({ storyId, transcript, replay, select, children }: StreamStoryProps<T>) {
  const [replayFetch] = useState(() => createReplayFetch(transcript.text, toReplayOptions(replay)));
  const controller = useSyncExternalStore(
    (listener) => replayFetch.onReplay(listener),
    () => replayFetch.latest(),
  );
  const result = useJsonStream<T>({
    source: `https://replay.invalid/${encodeURIComponent(transcript.source)}`,
    provider: transcript.provider,
    fetch: replayFetch.fetch,
    ...(select === undefined ? {} : { select }),
  });

  const subjectRef = useRef<HTMLDivElement>(null);
  const [log] = useState(() => resetStoryLog(storyId));
  useLayoutEffect(() => {
    if (!subjectRef.current) return undefined;
    return watchSubject(subjectRef.current, log);
  }, [log]);
  useEffect(() => {
    if (log.statuses[log.statuses.length - 1] !== result.status) log.statuses.push(result.status);
    const previous = log.values[log.values.length - 1];
    if (result.value !== undefined && result.value !== previous) {
      const takeBack = findTakeBack(previous, result.value);
      if (takeBack) log.violations.push(`value taken back at ${takeBack}`);
      log.values.push(result.value);
    }
  }, [log, result.status, result.value]);

  return (
    <div>
      <div ref={subjectRef} data-testid="subject">
        {children(result)}
      </div>
      <ReplayPanel
        controller={controller}
        details={{
          stream: result.status,
          error: result.error ? `${result.error.code}: ${result.error.message}` : '–',
          finish: result.finishReason ?? '–',
          warnings: result.warnings.length === 0 ? '–' : result.warnings.map((warning) => warning.kind).join(', '),
          source: `${transcript.source}${transcript.synthetic ? ' (synthetic)' : ' (recorded)'}`,
        }}
      />
    </div>
  );
}
