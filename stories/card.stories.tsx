import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { Card, MessagesProvider, NestedAutoViews } from '../src/components/index.js';
import dashboard from '../test/synthetic/dashboard-card.expected.json';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { getStoryLog } from './support/story-log.js';
import { replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

const meta = {
  title: 'Components/Card',
  ...replayMeta(
    'synthetic-dashboard',
    // Nested values (the regions table) render through AutoView where an app provides it.
    (result) => (
      <NestedAutoViews value={result.value}>
        <Card value={result.value} {...streamProps(result)} skeletonDelay={150} />
      </NestedAutoViews>
    ),
    {
      delayMs: 8,
    },
  ),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A dashboard card (synthetic, seeded) streamed as OpenAI Chat SSE; change speed, chunking and faults in Controls. */
export const Dashboard: Story = {
  play: (context) =>
    expectStreamStory(context, {
      texts: ['Revenue dashboard', 'Q3 2026 · all regions', 'APAC', 'Export CSV'],
    }),
};

/** A real Claude Sonnet 4.5 answer (recorded), re-chunked at seeded random byte offsets. */
export const RecordedAnthropicRandomChunks: Story = {
  args: { transcript: 'anthropic-dog', chunking: 'random', chunkBytes: 40, seed: 3, delayMs: 40 },
  play: (context) => expectStreamStory(context, { texts: ['Biscuit'] }),
};

/**
 * The same stream in a standalone Card (no AutoView or `NestedAutoViews` above): the nested
 * `regions` array is drawn plainly (numbered items of label/value rows), not as a count.
 */
export const Standalone: Story = {
  render: replayMeta('synthetic-dashboard', (result) => <Card value={result.value} {...streamProps(result)} />).render,
  play: async (context) => {
    await expectStreamStory(context, { texts: ['Revenue dashboard', 'APAC', 'Export CSV'] });
    const regions = context.canvasElement.querySelector('.ripen-card-section ol.ripen-nested');
    await expect(regions?.querySelectorAll(':scope > li').length).toBeGreaterThan(2);
  },
};

/**
 * A real Anthropic tool call streamed into a Card without a schema (`{"location": "Paris"}`): the
 * title line is held only until the first value shows it is not a title, so the card ends without a
 * blank band on top and nothing moved.
 */
export const ToolCallWithoutSchema: Story = {
  args: { transcript: 'anthropic-tool', delayMs: 40 },
  play: async (context) => {
    await expectStreamStory(context, { texts: ['Location', 'Paris'] });
    const card = context.canvasElement.querySelector('.ripen-card')!;
    await expect(card.querySelector('header, .ripen-card-title--reserved')).toBeNull();
  },
};

/** The provider fails mid-stream (an OpenAI-style `{"error":…}` event is injected at event 160). */
export const ProviderErrorMidStream: Story = {
  args: { fault: 'provider-error', faultAtEvent: 160 },
  play: (context) =>
    expectStreamStory(context, { states: ['skeleton', 'streaming', 'error'], texts: ['Revenue dashboard'] }),
};

/** The body ends at event 200 without `[DONE]`: the last good value stays, marked truncated. */
export const Truncated: Story = {
  args: { fault: 'truncate', faultAtEvent: 200 },
  play: (context) =>
    expectStreamStory(context, { states: ['skeleton', 'streaming', 'truncated'], texts: ['Revenue dashboard'] }),
};

/**
 * Starts paused: step event by event, scrub with the seek slider (everything up to that event
 * arrives at once), then resume. The play function drives the panel the way a reviewer would.
 */
export const PausedStepAndSeek: Story = {
  args: { startPaused: true },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const log = getStoryLog(context.id);
    await waitFor(() => expect(canvas.getByTestId('replay-status').textContent).toBe('paused'));
    await waitFor(() => expect(log.states).toEqual(['skeleton']));
    for (let step = 0; step < 3; step++) await userEvent.click(canvas.getByRole('button', { name: 'Step one event' }));
    await waitFor(() => expect(canvas.getByText(/^3 \/ 425/)).toBeTruthy());
    fireEvent.change(canvas.getByLabelText('Seek to event'), { target: { value: '120' } });
    await waitFor(() => expect(canvas.getByText(/^120 \/ 425/)).toBeTruthy());
    await waitFor(() => expect(log.states).toEqual(['skeleton', 'streaming']));
    expect(canvas.getByTestId('replay-status').textContent).toBe('paused');
    await userEvent.click(canvas.getByRole('button', { name: 'Resume' }));
    await expectStreamStory(context, { texts: ['Revenue dashboard', 'Export CSV'] });
  },
};

const partial = {
  title: dashboard.title,
  subtitle: dashboard.subtitle,
  badge: dashboard.badge,
  summary: dashboard.summary.slice(0, 60),
};

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        { state: 'skeleton', note: 'no value yet', render: () => <Card value={undefined} status="streaming" /> },
        { state: 'streaming', note: 'partial object', render: () => <Card value={partial} status="streaming" /> },
        {
          state: 'complete',
          note: 'nested values through AutoView',
          render: () => (
            <NestedAutoViews value={dashboard}>
              <Card value={dashboard} status="complete" announce={false} />
            </NestedAutoViews>
          ),
        },
        { state: 'truncated', note: 'cut off', render: () => <Card value={partial} status="truncated" /> },
        { state: 'error', note: 'stream failed', render: () => <Card value={partial} status="error" /> },
        { state: 'aborted', note: 'stopped', render: () => <Card value={partial} status="aborted" /> },
        { state: 'invalid', note: 'not an object', render: () => <Card value={[1, 2, 3]} status="complete" /> },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};

const zhPartial = {
  title: '季度收入看板',
  subtitle: '2026 年第三季度 · 全部地区',
  summary: '亚太地区收入增长 18%，欧洲地区持平；退款',
};
const zhComplete = {
  ...zhPartial,
  summary: '亚太地区收入增长 18%，欧洲地区持平；退款率下降。',
  revenue: 4812350,
  updatedAt: '2026-10-01T09:30:00Z',
  regions: ['亚太', '欧洲', '北美'],
};

/**
 * Every state with the built-in Simplified Chinese copy (`MessagesProvider locale="zh-CN"`): notes,
 * announcements and summaries in Chinese, numbers and ISO dates formatted for zh-CN.
 */
export const StatesChinese: Story = {
  render: () => (
    <MessagesProvider locale="zh-CN">
      <StatesGrid
        cells={[
          { state: 'skeleton', note: 'no value yet', render: () => <Card value={undefined} status="streaming" /> },
          { state: 'streaming', note: 'partial object', render: () => <Card value={zhPartial} status="streaming" /> },
          { state: 'complete', render: () => <Card value={zhComplete} status="complete" announce={false} /> },
          { state: 'truncated', note: 'cut off', render: () => <Card value={zhPartial} status="truncated" /> },
          { state: 'error', note: 'stream failed', render: () => <Card value={zhPartial} status="error" /> },
          { state: 'aborted', note: 'stopped', render: () => <Card value={zhPartial} status="aborted" /> },
          { state: 'invalid', note: 'not an object', render: () => <Card value={[1, 2, 3]} status="complete" /> },
        ]}
      />
    </MessagesProvider>
  ),
  play: async ({ canvasElement }) => {
    await expectStatesGrid(canvasElement);
    const notes = [...canvasElement.querySelectorAll('.ripen-status-note')].map((note) => note.textContent);
    await expect(notes).toEqual([
      '…回答被截断，以下为已收到的内容。',
      '!回答出错，以下为已收到的内容。',
      '…已在结束前停止。',
      '!此内容与数据结构（schema）不符。',
    ]);
  },
};

/** The dashboard in the dark theme (the a11y check then covers dark colour contrast). */
export const DashboardDark: Story = {
  globals: { theme: 'dark' },
  play: (context) => expectStreamStory(context, { texts: ['Revenue dashboard'] }),
};

/** Every state in the dark theme. */
export const StatesDark: Story = { ...States, globals: { theme: 'dark' } };
