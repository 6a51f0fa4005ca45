import type { Meta, StoryObj } from '@storybook/react-vite';
import { Chart } from '../src/components/index.js';
import chart from '../test/synthetic/multi-series-chart.expected.json';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

const meta = {
  title: 'Components/Chart',
  ...replayMeta('synthetic-chart', (result) => <Chart value={result.value} {...streamProps(result)} />, {
    delayMs: 10,
  }),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three series × 24 months (synthetic, seeded); axes only grow, drawn points never move back. */
export const MultiSeries: Story = {
  play: (context) => expectStreamStory(context, { texts: ['Monthly active users by platform', 'Android'] }),
};

/** Seeded random 1–12 byte chunks and a 1.5 s stall at event 100. */
export const RandomChunksAndStall: Story = {
  args: { chunking: 'random', chunkBytes: 12, seed: 11, fault: 'stall', faultAtEvent: 100, faultAmount: 1500 },
  play: (context) => expectStreamStory(context, { texts: ['Monthly active users by platform'] }),
};

const partialChart = {
  title: chart.title,
  type: chart.type,
  series: [chart.series[0], { name: chart.series[1]?.name ?? 'iOS', data: chart.series[1]?.data.slice(0, 9) ?? [] }],
};

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        { state: 'skeleton', render: () => <Chart value={undefined} status="streaming" /> },
        {
          state: 'streaming',
          note: 'second series arriving',
          render: () => <Chart value={partialChart} status="streaming" />,
        },
        { state: 'complete', render: () => <Chart value={chart} status="complete" announce={false} /> },
        { state: 'truncated', render: () => <Chart value={partialChart} status="truncated" /> },
        { state: 'error', render: () => <Chart value={partialChart} status="error" /> },
        {
          state: 'invalid',
          note: 'no numeric series',
          render: () => <Chart value={{ title: 'Oops', series: 'none' }} status="complete" />,
        },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};

/** Every state in the dark theme (series colours against the dark background). */
export const StatesDark: Story = { ...States, globals: { theme: 'dark' } };
