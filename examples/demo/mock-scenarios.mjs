// Project-made scenarios the demo streams from ripen/testing's mock provider when the shared corpus
// (recorded real transcripts) is absent: every dialect ripen reads, written byte for byte like the
// provider, tokenized with a real BPE tokenizer and paced at measured rates. All data here is
// invented for the demo. `provider` is the ripen dialect that reads the stream; `mock` is passed
// to createMockProvider; `complete` marks the scenarios that end complete (the browser test runs
// one per dialect).

const productSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    tagline: { type: 'string' },
    price: { type: 'number' },
    rating: { type: 'number' },
    inStock: { type: 'boolean' },
    features: { type: 'array', minItems: 3, items: { type: 'string' } },
  },
  required: ['name', 'tagline', 'price', 'rating', 'inStock', 'features'],
};
const product = {
  name: 'Halden burr grinder',
  tagline: 'Forty steps from espresso to cold brew, quiet enough for 6 a.m.',
  price: 189,
  rating: 4.7,
  inStock: true,
  features: ['54 mm conical steel burrs', 'Single-dose hopper with bellows', 'Timer accurate to 0.1 s'],
};

const regionRows = {
  type: 'object',
  properties: {
    rows: {
      type: 'array',
      minItems: 4,
      items: {
        type: 'object',
        properties: { region: { type: 'string' }, revenue: { type: 'number' }, growth: { type: 'number' } },
        required: ['region', 'revenue', 'growth'],
      },
    },
  },
  required: ['rows'],
};
const regions = {
  rows: [
    { region: 'Nordics', revenue: 1284000, growth: 0.12 },
    { region: 'Iberia', revenue: 942500, growth: 0.07 },
    { region: 'Benelux', revenue: 1105300, growth: -0.02 },
    { region: 'Baltics', revenue: 388900, growth: 0.21 },
  ],
};

const orderSchema = {
  type: 'array',
  minItems: 5,
  items: {
    type: 'object',
    properties: {
      order: { type: 'string' },
      customer: { type: 'string' },
      items: { type: 'integer' },
      total: { type: 'number' },
      status: { type: 'string' },
    },
    required: ['order', 'customer', 'items', 'total', 'status'],
  },
};
const orders = [
  { order: 'A-1042', customer: 'Ines Duarte', items: 3, total: 74.9, status: 'shipped' },
  { order: 'A-1043', customer: 'Jonas Lind', items: 1, total: 19.5, status: 'packing' },
  { order: 'A-1044', customer: 'Mei Tanaka', items: 5, total: 212.4, status: 'shipped' },
  { order: 'A-1045', customer: 'Omar Haddad', items: 2, total: 48, status: 'awaiting payment' },
  { order: 'A-1046', customer: 'Zoë Martin', items: 4, total: 131.75, status: 'delivered' },
];

const signups = [
  { month: 'Jan', signups: 412, cancellations: 61 },
  { month: 'Feb', signups: 455, cancellations: 58 },
  { month: 'Mar', signups: 530, cancellations: 72 },
  { month: 'Apr', signups: 498, cancellations: 66 },
  { month: 'May', signups: 611, cancellations: 70 },
  { month: 'Jun', signups: 689, cancellations: 75 },
];

const tripSchema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    destination: { type: 'string' },
    days: { type: 'integer' },
    budget: { type: 'number' },
    highlights: { type: 'array', minItems: 3, items: { type: 'string' } },
    note: { type: 'string' },
  },
  required: ['title', 'destination', 'days', 'budget', 'highlights', 'note'],
};
const trip = {
  title: 'Four days in Porto',
  destination: 'Porto, Portugal',
  days: 4,
  budget: 920,
  highlights: ['Ribeira at sunset', 'Port lodges in Gaia', 'Tram 1 to Foz do Douro', 'Livraria Lello early morning'],
  note: 'Book the lodges a day ahead; evenings by the river get busy from June.',
};

const recipeSchema = {
  type: 'object',
  properties: {
    recipe: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        minutes: { type: 'integer' },
        vegetarian: { type: 'boolean' },
        steps: { type: 'array', minItems: 4, items: { type: 'string' } },
      },
      required: ['name', 'minutes', 'vegetarian', 'steps'],
    },
  },
  required: ['recipe'],
};
const recipe = {
  recipe: {
    name: 'Lemon barley risotto',
    minutes: 40,
    vegetarian: true,
    steps: [
      'Toast the pearl barley in olive oil with a chopped shallot.',
      'Add hot stock a ladle at a time, stirring, for about 30 minutes.',
      'Fold in lemon zest, juice and grated pecorino.',
      'Rest for two minutes, then finish with black pepper and parsley.',
    ],
  },
};

const weatherCall = { name: 'get_weather', input: { city: 'Lisbon', unit: 'celsius', days: 3 } };
const rateCall = { name: 'get_exchange_rate', input: { from: 'EUR', to: 'NOK', date: '2026-12-04' } };

const taskSchema = {
  type: 'object',
  properties: {
    tasks: {
      type: 'array',
      minItems: 3,
      items: {
        type: 'object',
        properties: { title: { type: 'string' }, owner: { type: 'string' }, done: { type: 'boolean' } },
      },
    },
  },
  required: ['tasks'],
};
const tasks = {
  tasks: [
    { title: 'Draft the release notes', owner: 'Priya', done: true },
    { title: 'Record the onboarding video', owner: 'Tomasz', done: false },
    { title: 'Review the pricing page copy', owner: 'Amara', done: false },
  ],
};

export const mockScenarios = [
  {
    id: 'mock-openai-card',
    title: 'OpenAI Chat · JSON content (product card)',
    provider: 'openai-chat',
    schema: productSchema,
    complete: true,
    mock: { dialect: 'openai-chat', value: product },
  },
  {
    id: 'mock-openai-tool-table',
    title: 'OpenAI Chat · tool call (regions table)',
    provider: 'openai-chat',
    schema: regionRows,
    mock: { dialect: 'openai-chat', toolCalls: [{ name: 'render_table', input: regions }] },
  },
  {
    id: 'mock-openai-parallel',
    title: 'OpenAI Chat · parallel tool calls (every part shown)',
    provider: 'openai-chat',
    mock: { dialect: 'openai-chat', toolCalls: [weatherCall, rateCall] },
  },
  {
    id: 'mock-openai-max-tokens',
    title: 'OpenAI Chat · cut by max_tokens (truncated)',
    provider: 'openai-chat',
    schema: productSchema,
    mock: { dialect: 'openai-chat', value: product, maxTokens: 30 },
  },
  {
    id: 'mock-responses-table',
    title: 'OpenAI Responses · JSON output text (orders table)',
    provider: 'openai-responses',
    schema: orderSchema,
    complete: true,
    mock: { dialect: 'openai-responses', value: orders },
  },
  {
    id: 'mock-responses-function',
    title: 'OpenAI Responses · function call',
    provider: 'openai-responses',
    mock: { dialect: 'openai-responses', toolCalls: [weatherCall] },
  },
  {
    id: 'mock-anthropic-tool',
    title: 'Anthropic · input_json_delta tool use (trip card)',
    provider: 'anthropic',
    schema: tripSchema,
    complete: true,
    mock: {
      dialect: 'anthropic',
      text: "I'll lay the trip out as a card.",
      toolCalls: [{ name: 'show_trip', input: trip }],
    },
  },
  {
    id: 'mock-anthropic-parallel',
    title: 'Anthropic · parallel tool use (every part shown)',
    provider: 'anthropic',
    mock: { dialect: 'anthropic', toolCalls: [weatherCall, rateCall] },
  },
  {
    id: 'mock-anthropic-error',
    title: 'Anthropic · overloaded_error after 25 tokens (error)',
    provider: 'anthropic',
    schema: tripSchema,
    mock: {
      dialect: 'anthropic',
      value: trip,
      fault: { kind: 'provider-error', afterTokens: 25, message: 'Overloaded (mock provider fault)' },
    },
  },
  {
    id: 'mock-gemini-chart',
    title: 'Gemini · JSON text, alt=sse (signups chart)',
    provider: 'gemini',
    // No schema: AutoView decides by shape (labelled numeric rows → chart); a schema's table
    // skeleton would fix the view as a table.
    complete: true,
    mock: { dialect: 'gemini', value: signups },
  },
  {
    id: 'mock-gemini-streamed-args',
    title: 'Gemini · streamed function-call arguments, partialArgs (recipe card)',
    provider: 'gemini',
    schema: recipeSchema,
    mock: { dialect: 'gemini', toolCalls: [{ name: 'show_recipe', input: recipe }], streamFunctionCallArguments: true },
  },
  {
    id: 'mock-gemini-array-table',
    title: 'Gemini · streamed JSON array body (regions table)',
    provider: 'gemini',
    schema: regionRows,
    complete: true,
    mock: { dialect: 'gemini-json-array', value: regions },
  },
  {
    id: 'mock-vercel-ai-card',
    title: 'Vercel AI SDK · UI message stream (trip card)',
    provider: 'vercel-ai',
    schema: tripSchema,
    complete: true,
    mock: { dialect: 'vercel-ai', value: trip },
  },
  {
    id: 'mock-vercel-ai-data-stream',
    title: 'Vercel AI SDK v4 · data stream (task list)',
    provider: 'vercel-ai',
    schema: taskSchema,
    complete: true,
    mock: { dialect: 'vercel-ai-data-stream', value: tasks },
  },
  {
    id: 'mock-ndjson-orders',
    title: 'NDJSON · one order per line (table)',
    provider: 'ndjson',
    schema: orderSchema,
    complete: true,
    mock: { dialect: 'ndjson', value: orders },
  },
  {
    id: 'mock-text-card',
    title: 'Plain text body · JSON (product card)',
    provider: 'text',
    schema: productSchema,
    complete: true,
    mock: { dialect: 'text', value: product },
  },
];
