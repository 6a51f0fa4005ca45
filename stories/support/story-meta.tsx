import type { ReactNode } from 'react';
import type { UseJsonStreamResult } from '../../src/react/index.js';
import { defaultReplayArgs, replayArgTypes, type ReplayArgs } from './replay-args.js';
import { StreamStory } from './stream-story.js';
import { transcriptIds, transcripts, type TranscriptId } from './transcripts.js';

/** Args of a replayed component story: the replay controls plus the transcript. */
export interface ComponentStoryArgs extends ReplayArgs {
  transcript: TranscriptId;
}

/** Stream props every ripen component takes, from the hook result. */
export function streamProps(result: UseJsonStreamResult<unknown>) {
  return { status: result.status, fieldStatus: result.fieldStatus } as const;
}

/** The member `key` of a (partial) object value, or undefined. */
export function member(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Shared meta for a component's replayed stories (spread it next to a literal `title`, which
 * Storybook's indexer needs statically): args (replay controls + transcript select), and a render that replays the transcript through `useJsonStream` into `renderSubject`.
 */
export function replayMeta(
  transcript: TranscriptId,
  renderSubject: (result: UseJsonStreamResult<unknown>, args: ComponentStoryArgs) => ReactNode,
  args: Partial<ComponentStoryArgs> = {},
) {
  return {
    args: { ...defaultReplayArgs, transcript, ...args },
    argTypes: { ...replayArgTypes, transcript: { control: 'select' as const, options: transcriptIds } },
    render: (storyArgs: ComponentStoryArgs, context: { id: string }) => (
      <StreamStory
        key={JSON.stringify(storyArgs)}
        storyId={context.id}
        transcript={transcripts[storyArgs.transcript]}
        replay={storyArgs}
      >
        {(result) => renderSubject(result as UseJsonStreamResult<unknown>, storyArgs)}
      </StreamStory>
    ),
  };
}
