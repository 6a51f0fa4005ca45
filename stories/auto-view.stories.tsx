import type { Meta, StoryObj } from '@storybook/react-vite';
import { AutoView } from '../src/components/index.js';
import answersText from '@shared/corpus/sse/openai-chat/pydantic-ai_gpt-4o_tool-call-answers-table.expected.json?raw';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

/** Real gpt-4o tool-call arguments (recorded, read from the shared corpus). */
const answers = JSON.parse(answersText) as { answers: { label: string; answer: string }[] };

const meta = {
  title: 'Components/AutoView',
  ...replayMeta('ai-sdk-characters', (result) => <AutoView value={result.value} {...streamProps(result)} />, {
    delayMs: 12,
  }),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** AI SDK UI message stream (generated from a real Claude answer): an object holding a list of characters. */
export const AiSdkCharacters: Story = {
  play: (context) => expectStreamStory(context, { texts: ['Theron Ironheart', 'Lyra Starweaver'] }),
};

/** A real Gemini JSON-array body (not SSE), as `streamGenerateContent` sends it without `alt=sse`. */
export const RecordedGeminiJsonArray: Story = {
  args: { transcript: 'gemini-dogs-array', delayMs: 150 },
  play: (context) => expectStreamStory(context, { texts: ['Shadow', 'Zephyr', 'Baron'] }),
};

/** A real Anthropic tool call cut by max_tokens: partial JSON, truncated. */
export const RecordedMaxTokens: Story = {
  args: { transcript: 'anthropic-max-tokens', delayMs: 40 },
  play: (context) => expectStreamStory(context, { states: ['skeleton', 'streaming', 'truncated'] }),
};

/**
 * Synthetic invalid JSON (a bare `-` where a number should be): the tolerant parser skips the bad
 * value and reports a `skipped-invalid-value` warning; the other fields stream as usual.
 */
export const InvalidJson: Story = {
  args: { transcript: 'synthetic-invalid', delayMs: 20 },
  play: async (context) => {
    await expectStreamStory(context, { texts: ['Weekly sales', 'EUR', 'skipped-invalid-value'] });
    if ((context.canvasElement.textContent ?? '').includes('Total')) throw new Error('the invalid total was shown');
  },
};

/** The provider reports an error mid-stream (AI SDK `{"type":"error"}` event injected at event 40). */
export const ProviderError: Story = {
  args: { fault: 'provider-error', faultAtEvent: 40 },
  play: (context) => expectStreamStory(context, { states: ['skeleton', 'streaming', 'error'], texts: ['Theron'] }),
};

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        { state: 'skeleton', render: () => <AutoView value={undefined} status="streaming" /> },
        {
          state: 'streaming',
          render: () => <AutoView value={{ answers: answers.answers.slice(0, 1) }} status="streaming" />,
        },
        { state: 'complete', render: () => <AutoView value={answers} status="complete" announce={false} /> },
        {
          state: 'truncated',
          render: () => <AutoView value={{ answers: answers.answers.slice(0, 1) }} status="truncated" />,
        },
        { state: 'error', render: () => <AutoView value={{ answers: answers.answers.slice(0, 1) }} status="error" /> },
        {
          state: 'invalid',
          note: 'field marked invalid',
          render: () => <AutoView value={{ answers: 'x' }} status="complete" fieldStatus={() => 'invalid'} />,
        },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};
