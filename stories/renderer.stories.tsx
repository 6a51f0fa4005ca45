import type { Meta, StoryObj } from '@storybook/react-vite';
import { createDefaultCatalog, Renderer } from '../src/components/index.js';
import spec from '../test/synthetic/renderer-spec.expected.json';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

const catalog = createDefaultCatalog();

const meta = {
  title: 'Components/Renderer',
  ...replayMeta(
    'synthetic-renderer',
    (result) => <Renderer spec={result.value} catalog={catalog} {...streamProps(result)} />,
    {
      delayMs: 8,
    },
  ),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A UI spec (synthetic) rendered only through the default catalog: stack → metric, card, table. */
export const OnCallSpec: Story = {
  play: (context) => expectStreamStory(context, { texts: ['Open tickets', 'On-call handover', 'INC-483'] }),
};

const partialSpec = { type: 'stack', children: [spec.children[0], { type: 'card', props: { title: 'On-call hand' } }] };

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        { state: 'skeleton', render: () => <Renderer spec={undefined} catalog={catalog} status="streaming" /> },
        { state: 'streaming', render: () => <Renderer spec={partialSpec} catalog={catalog} status="streaming" /> },
        {
          state: 'complete',
          render: () => <Renderer spec={spec} catalog={catalog} status="complete" announce={false} />,
        },
        { state: 'truncated', render: () => <Renderer spec={partialSpec} catalog={catalog} status="truncated" /> },
        { state: 'error', render: () => <Renderer spec={partialSpec} catalog={catalog} status="error" /> },
        {
          state: 'invalid',
          note: 'failed validation',
          render: () => (
            <Renderer spec={partialSpec} catalog={catalog} status="complete" fieldStatus={() => 'invalid'} />
          ),
        },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};
