import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from '../src/components/index.js';
import summary from '../test/synthetic/summary-text.expected.json';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { member, replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

const meta = {
  title: 'Components/Text',
  ...replayMeta(
    'synthetic-text',
    (result, args) =>
      args.transcript === 'responses-dog' ? (
        <Text value={member(result.value, 'bio')} pointer="/bio" {...streamProps(result)} />
      ) : (
        <Text value={member(result.value, 'summary')} pointer="/summary" {...streamProps(result)} />
      ),
    { delayMs: 25 },
  ),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three paragraphs (synthetic) with CJK and emoji, re-chunked randomly with a UTF-8 split. */
export const SummaryWithUtf8: Story = {
  args: { chunking: 'random', chunkBytes: 16, seed: 5, fault: 'split-utf8', faultAtEvent: 20 },
  play: (context) => expectStreamStory(context, { texts: ['桜, sakura', '🌂', '¥12,000'] }),
};

/** A real gpt-4o-mini Responses API answer (recorded): the `bio` string grows word by word. */
export const RecordedResponsesBio: Story = {
  args: { transcript: 'responses-dog', delayMs: 20 },
  play: (context) => expectStreamStory(context, { texts: ['Barkley brings joy to everyone he meets.'] }),
};

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        { state: 'skeleton', render: () => <Text value={undefined} status="streaming" /> },
        { state: 'streaming', render: () => <Text value={summary.summary.slice(0, 90)} status="streaming" /> },
        { state: 'complete', render: () => <Text value={summary.summary} status="complete" announce={false} /> },
        { state: 'truncated', render: () => <Text value={summary.summary.slice(0, 90)} status="truncated" /> },
        { state: 'error', render: () => <Text value={summary.summary.slice(0, 90)} status="error" /> },
        {
          state: 'invalid',
          note: 'failed validation',
          render: () => <Text value={summary.summary.slice(0, 90)} status="complete" fieldStatus={() => 'invalid'} />,
        },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};
