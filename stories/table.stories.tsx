import type { Meta, StoryObj } from '@storybook/react-vite';
import { Table } from '../src/components/index.js';
import orders from '../test/synthetic/orders-table-200-rows.expected.json';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { member, replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

const meta = {
  title: 'Components/Table',
  ...replayMeta(
    'synthetic-table',
    (result, args) =>
      args.transcript === 'openai-table-tool' ? (
        <Table
          value={member(result.value, 'answers')}
          pointer="/answers"
          caption="Answers (gpt-4o tool call)"
          {...streamProps(result)}
        />
      ) : (
        <Table
          value={member(result.value, 'orders')}
          pointer="/orders"
          caption="Orders, September 2026"
          maxHeight={360}
          {...streamProps(result)}
        />
      ),
    { delayMs: 4, initialDelayMs: 200 },
  ),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 200 orders (synthetic, seeded) streaming row by row; columns keep their widths. */
export const Orders200Rows: Story = {
  play: (context) => expectStreamStory(context, { texts: ['ORD-10001', 'ORD-10200'], timeout: 90_000 }),
};

/** A real gpt-4o tool call whose arguments are a table (recorded, pydantic-ai). */
export const RecordedToolCall: Story = {
  args: { transcript: 'openai-table-tool', delayMs: 30 },
  play: (context) => expectStreamStory(context, { texts: ['The capital of Mexico is Mexico City.'] }),
};

/** A buffering proxy releases the stream in bursts of 150 events. */
export const BufferingProxy: Story = {
  args: { fault: 'buffering', faultAmount: 150 },
  play: (context) => expectStreamStory(context, { texts: ['ORD-10200'], timeout: 90_000 }),
};

const rows = orders.orders.slice(0, 6);
const partialRows = [...rows.slice(0, 3), { id: rows[3]?.id ?? 'ORD', customer: 'Ad' }];

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        {
          state: 'skeleton',
          note: 'no rows yet',
          render: () => <Table value={undefined} status="streaming" caption="Orders" />,
        },
        {
          state: 'streaming',
          note: 'fourth row arriving',
          render: () => <Table value={partialRows} status="streaming" caption="Orders" />,
        },
        { state: 'complete', render: () => <Table value={rows} status="complete" caption="Orders" announce={false} /> },
        { state: 'truncated', render: () => <Table value={partialRows} status="truncated" caption="Orders" /> },
        { state: 'error', render: () => <Table value={partialRows} status="error" caption="Orders" /> },
        {
          state: 'invalid',
          note: 'not an array',
          render: () => <Table value={{ rows: 3 }} status="complete" caption="Orders" />,
        },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};
