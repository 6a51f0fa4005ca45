import type { Meta, StoryObj } from '@storybook/react-vite';
import { Metric } from '../src/components/index.js';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { member, replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

const meta = {
  title: 'Components/Metric',
  ...replayMeta(
    'synthetic-metric',
    (result) => {
      const metrics = member(result.value, 'metrics');
      const list = Array.isArray(metrics) ? metrics : [];
      return (
        <div className="story-grid">
          {[0, 1, 2, 3].map((index) => (
            <Metric key={index} value={list[index]} pointer={`/metrics/${index}`} {...streamProps(result)} />
          ))}
        </div>
      );
    },
    { delayMs: 15 },
  ),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four KPIs (synthetic) filling in one after another; the first one's states are asserted. */
export const Kpis: Story = {
  play: (context) => expectStreamStory(context, { texts: ['Revenue', 'p95 latency'] }),
};

/** Tokens-per-second pacing (60 tokens/s, a typical model speed). */
export const TokensPerSecond: Story = {
  args: { pacing: 'tokens-per-second', rate: 60 },
  play: (context) => expectStreamStory(context, { texts: ['Conversion'] }),
};

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        { state: 'skeleton', render: () => <Metric value={undefined} status="streaming" /> },
        {
          state: 'streaming',
          note: 'label, no number yet',
          render: () => <Metric value={{ label: 'Revenue' }} status="streaming" />,
        },
        {
          state: 'complete',
          render: () => (
            <Metric
              value={{ label: 'Revenue', value: 4812350, unit: 'USD', delta: 8.4 }}
              status="complete"
              announce={false}
            />
          ),
        },
        { state: 'truncated', render: () => <Metric value={{ label: 'Revenue' }} status="truncated" /> },
        { state: 'error', render: () => <Metric value={{ label: 'Revenue' }} status="error" /> },
        {
          state: 'invalid',
          note: 'failed validation',
          render: () => (
            <Metric value={{ label: 'Revenue', value: -1 }} status="complete" fieldStatus={() => 'invalid'} />
          ),
        },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};
