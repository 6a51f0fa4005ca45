import type { Meta, StoryObj } from '@storybook/react-vite';
import { KeyValue } from '../src/components/index.js';
import weatherText from '@shared/corpus/sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.expected.json?raw';
import { expectStatesGrid, expectStreamStory } from './support/expect-stream-story.js';
import { StatesGrid } from './support/states-grid.js';
import { member, replayMeta, streamProps, type ComponentStoryArgs } from './support/story-meta.js';

const weather = JSON.parse(weatherText) as { location: string; weather: Record<string, string | number> };

const meta = {
  title: 'Components/KeyValue',
  ...replayMeta(
    'openai-weather',
    (result, args) =>
      args.transcript === 'openai-weather' ? (
        <KeyValue value={member(result.value, 'weather')} pointer="/weather" {...streamProps(result)} />
      ) : (
        <KeyValue value={result.value} {...streamProps(result)} />
      ),
    { delayMs: 15 },
  ),
} satisfies Meta<ComponentStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Real gpt-4o json_object answer (recorded): the nested `weather` object, field by field. */
export const RecordedOpenAiWeather: Story = {
  play: (context) => expectStreamStory(context, { texts: ['Partly Cloudy', '15 km/h'] }),
};

/** Real Gemini 3 Flash structured output (recorded, CRLF SSE). */
export const RecordedGeminiCity: Story = {
  args: { transcript: 'gemini-city', delayMs: 120 },
  play: (context) => expectStreamStory(context, { texts: ['Mexico City'] }),
};

/** The connection breaks at event 60: error state, the fields received so far stay. */
export const ConnectionLost: Story = {
  args: { fault: 'abort', faultAtEvent: 60 },
  play: (context) => expectStreamStory(context, { states: ['skeleton', 'streaming', 'error'], texts: ['18°C'] }),
};

const partial = { temperature: weather.weather.temperature, condition: weather.weather.condition, humidity: '7' };

/** Every state side by side, from static props. */
export const States: Story = {
  render: () => (
    <StatesGrid
      cells={[
        { state: 'skeleton', render: () => <KeyValue value={undefined} status="streaming" /> },
        { state: 'streaming', render: () => <KeyValue value={partial} status="streaming" /> },
        { state: 'complete', render: () => <KeyValue value={weather.weather} status="complete" announce={false} /> },
        { state: 'truncated', render: () => <KeyValue value={partial} status="truncated" /> },
        { state: 'error', render: () => <KeyValue value={partial} status="error" /> },
        { state: 'invalid', note: 'not an object', render: () => <KeyValue value="sunny" status="complete" /> },
      ]}
    />
  ),
  play: ({ canvasElement }) => expectStatesGrid(canvasElement),
};
