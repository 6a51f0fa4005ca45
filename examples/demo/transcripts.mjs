// The recorded real LLM streams the demo replays (files in the shared corpus sse folder, read in place; see SOURCES.md
// there for origin and licence). `provider` is the ripen dialect that reads them.
// JSON Schemas the demo passes to useJsonStream where the recording's request defined one (or
// its shape is known): with a schema the card / table skeleton shows before the first byte.
const dogSchema = {
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer' }, bio: { type: 'string' } },
  required: ['name', 'age', 'bio'],
};

export const transcripts = [
  {
    id: 'openai-tool-call-table',
    title: 'OpenAI Chat · tool call (answers table) · gpt-4o',
    file: 'openai-chat/pydantic-ai_gpt-4o_tool-call-answers-table.sse',
    provider: 'openai-chat',
    schema: {
      type: 'object',
      properties: {
        answers: {
          type: 'array',
          minItems: 3,
          items: {
            type: 'object',
            properties: { label: { type: 'string', title: 'Label' }, answer: { type: 'string', title: 'Answer' } },
            required: ['label', 'answer'],
          },
        },
      },
      required: ['answers'],
    },
  },
  {
    id: 'openai-json-object-weather',
    title: 'OpenAI Chat · JSON content (nested weather) · gpt-4o',
    file: 'openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse',
    provider: 'openai-chat',
    schema: {
      type: 'object',
      properties: {
        location: { type: 'string' },
        weather: {
          type: 'object',
          properties: {
            temperature: { type: 'string' },
            condition: { type: 'string' },
            humidity: { type: 'string' },
            windSpeed: { type: 'string' },
            windDirection: { type: 'string' },
          },
        },
        forecast: {
          type: 'array',
          minItems: 3,
          items: {
            type: 'object',
            properties: {
              day: { type: 'string' },
              high: { type: 'string' },
              low: { type: 'string' },
              condition: { type: 'string' },
            },
          },
        },
      },
    },
  },
  {
    id: 'openai-json-schema-location',
    title: 'OpenAI Chat · json_schema content · gpt-4o',
    file: 'openai-chat/openai-python_gpt-4o_json-schema-location.sse',
    provider: 'openai-chat',
    schema: {
      type: 'object',
      properties: {
        city: { type: 'string' },
        temperature: { type: 'number' },
        units: { type: 'string', enum: ['c', 'f'] },
      },
      required: ['city', 'temperature', 'units'],
    },
  },
  {
    id: 'openai-parallel-tool-calls',
    title: 'OpenAI Chat · parallel tool calls (every part shown) · gpt-4o',
    file: 'openai-chat/openai-python_gpt-4o_parallel-tool-calls.sse',
    provider: 'openai-chat',
  },
  {
    id: 'openai-truncated',
    title: 'OpenAI Chat · json_schema cut by max_tokens (truncated)',
    file: 'openai-chat/openai-python_gpt-4o_json-schema-truncated-max-tokens.sse',
    provider: 'openai-chat',
  },
  {
    id: 'openai-responses-dog',
    title: 'OpenAI Responses · json_schema output text · gpt-4o-mini',
    file: 'openai-responses/llm-openai-plugin_gpt-4o-mini_json-schema-dog.sse',
    provider: 'openai-responses',
    schema: dogSchema,
  },
  {
    id: 'anthropic-tool-elements',
    title: 'Anthropic · input_json_delta tool use (elements) · claude-haiku-4-5',
    file: 'anthropic/vercel-ai_claude-haiku-4-5_json-tool-elements.sse',
    provider: 'anthropic',
  },
  {
    id: 'anthropic-tool-use',
    title: 'Anthropic · tool use, recording cut inside its last event (→ truncated)',
    file: 'anthropic/anthropic-sdk-python_tool-use-weather.sse',
    provider: 'anthropic',
  },
  {
    id: 'anthropic-parallel-tool-use',
    title: 'Anthropic · parallel tool use (every part shown) · claude-sonnet-4-6',
    file: 'anthropic/pydantic-ai_claude-sonnet-4-6_parallel-tool-use.sse',
    provider: 'anthropic',
  },
  {
    id: 'anthropic-json-dog',
    title: 'Anthropic · JSON text · claude-opus-4-6',
    file: 'anthropic/llm-anthropic_claude-opus-4-6_json-schema-dog.sse',
    provider: 'anthropic',
    schema: dogSchema,
  },
  {
    id: 'anthropic-truncated',
    title: 'Anthropic · tool input cut by max_tokens (truncated)',
    file: 'anthropic/anthropic-sdk-python_incomplete-partial-json-max-tokens.sse',
    provider: 'anthropic',
  },
  {
    id: 'gemini-city',
    title: 'Gemini · JSON text · gemini-3-flash',
    file: 'gemini/pydantic-ai_gemini-3-flash-preview_json-schema-city.sse',
    provider: 'gemini',
    schema: {
      type: 'object',
      properties: { city: { type: 'string' }, country: { type: 'string' } },
      required: ['city', 'country'],
    },
  },
  {
    id: 'gemini-recipe',
    title: 'Gemini · streamed function args (recipe) · gemini-3.1-pro (via AI SDK)',
    file: 'gemini/vercel-ai_gemini-3.1-pro-preview_streamed-function-args-recipe.sse',
    provider: 'gemini',
  },
  {
    id: 'vercel-ai-characters',
    title: 'Vercel AI SDK · UI message stream (characters) · claude',
    file: 'vercel-ai/ai-v7-ui-message-stream_from-claude-characters-json.sse',
    provider: 'vercel-ai',
    schema: {
      type: 'object',
      properties: {
        characters: {
          type: 'array',
          minItems: 3,
          items: {
            type: 'object',
            properties: { name: { type: 'string' }, class: { type: 'string' }, description: { type: 'string' } },
          },
        },
      },
    },
  },
  {
    id: 'openrouter-error',
    title: 'OpenRouter · provider error after reasoning, before any content',
    file: 'other/pydantic-ai_openrouter-minimax_comments-then-midstream-error.sse',
    provider: 'openai-chat',
  },
];
