import type { Meta, StoryObj } from '@storybook/react-vite';
import { List } from '../src/components/index.js';
import notes from '../test/synthetic/release-notes-list.expected.json';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { member, replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

const meta = {
  title: 'Components/List',
  ...replayMeta(
    'synthetic-list',
    (result) => <List value={member(result.value, 'items')} pointer="/items" {...streamProps(result)} />,
    {
      delayMs: 15,
    },
  ),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Release notes (synthetic), one item at a time; the last item has CJK and an emoji. */
export const ReleaseNotes: Story = {
  play: (context) => expectStreamStory(context, { texts: ['Tables keep their column widths', '東京 🚄 ✓'] }),
};

/** The same, in 1-byte chunks with a UTF-8 character split: no replacement character ever shows. */
export const OneByteChunks: Story = {
  args: { chunking: 'fixed', chunkBytes: 1, fault: 'split-utf8', faultAtEvent: 150, delayMs: 10 },
  play: async (context) => {
    await expectStreamStory(context, { texts: ['東京 🚄 ✓'] });
    if ((context.canvasElement.textContent ?? '').includes('\uFFFD')) throw new Error('U+FFFD shown');
  },
};

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        { state: 'skeleton', render: () => <List value={undefined} status="streaming" /> },
        {
          state: 'streaming',
          render: () => <List value={[...notes.items.slice(0, 2), 'Truncated streams ke']} status="streaming" />,
        },
        { state: 'complete', render: () => <List value={notes.items} status="complete" announce={false} /> },
        { state: 'truncated', render: () => <List value={notes.items.slice(0, 3)} status="truncated" /> },
        { state: 'error', render: () => <List value={notes.items.slice(0, 3)} status="error" /> },
        { state: 'invalid', note: 'not an array', render: () => <List value={{ items: 'none' }} status="complete" /> },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};
