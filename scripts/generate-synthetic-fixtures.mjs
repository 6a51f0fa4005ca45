// Generates the synthetic (seeded, NOT recorded) UI-spec streams used by Storybook stories and
// tests: test/synthetic/*.sse, written as OpenAI Chat Completions SSE
// (`chat.completion.chunk` events with `delta.content`, a `finish_reason: "stop"` chunk, then
// `data: [DONE]`). The JSON text is cut into token-sized pieces (1–6 characters, cut more often
// at punctuation) by a seeded generator, so every run writes the same bytes.
//
// Run: `node scripts/generate-synthetic-fixtures.mjs` (or `npx node@24 …`); commit the output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputDirectory = join(root, 'test/synthetic');
const SEED = 20261130;

/** mulberry32: same seed, same sequence (the replayer uses the same generator). */
function createSeededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createSeededRandom(SEED);
const pick = (items) => items[Math.floor(random() * items.length)];
const between = (low, high) => low + random() * (high - low);
const integer = (low, high) => Math.floor(between(low, high + 1));
const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

const FIRST = [
  'Ada',
  'Björn',
  'Chen',
  'Dalia',
  'Emeka',
  'Fatima',
  'Giulia',
  'Hiro',
  'Inès',
  'Jonas',
  'Kavya',
  'Lucía',
  'Mateo',
  'Nadia',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tomás',
  'Uma',
  'Vera',
  'Wei',
  'Yara',
  'Zoë',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Wang',
  'Haddad',
  'Müller',
  'Rossi',
  'Tanaka',
  'Dubois',
  'García',
  'Novak',
  'Iyer',
  'Kowalski',
  'Silva',
  'Park',
  'Nguyen',
  'Smith',
  'Ahmed',
  'Jensen',
];
const COUNTRIES = [
  'Germany',
  'Japan',
  'Brazil',
  'Canada',
  'India',
  'France',
  'Nigeria',
  'Sweden',
  'Mexico',
  'Australia',
  'Spain',
  'Kenya',
];
const STATUSES = ['paid', 'paid', 'paid', 'shipped', 'shipped', 'pending', 'refunded'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dashboardCard() {
  return {
    title: 'Revenue dashboard',
    subtitle: 'Q3 2026 · all regions',
    badge: 'On track',
    summary:
      'Revenue grew for the third quarter in a row, led by APAC. Conversion dipped slightly after the checkout redesign; refunds are back to their Q1 level.',
    revenue_usd: 4_812_350.25,
    orders: 61_204,
    conversion_rate: 3.42,
    active_users: 1_204_551,
    top_region: 'APAC',
    last_updated: '2026-09-30T23:59:00Z',
    regions: ['APAC', 'EMEA', 'Americas', 'Africa'].map((region) => ({
      region,
      revenue_usd: round(between(400_000, 1_900_000), 2),
      growth_percent: round(between(-4, 18), 1),
    })),
    actions: [
      { id: 'export', label: 'Export CSV' },
      { id: 'details', label: 'Open report' },
    ],
  };
}

function ordersTable() {
  const orders = [];
  for (let index = 0; index < 200; index++) {
    orders.push({
      id: `ORD-${10_001 + index}`,
      customer: `${pick(FIRST)} ${pick(LAST)}`,
      country: pick(COUNTRIES),
      items: integer(1, 9),
      total_usd: round(between(9, 1_450), 2),
      status: pick(STATUSES),
    });
  }
  return { title: 'Orders, September 2026', orders };
}

function multiSeriesChart() {
  const months = [];
  for (let year = 2025; year <= 2026; year++) for (const month of MONTHS) months.push(`${month} ${year}`);
  const series = [
    ['Web', 120_000, 1.5],
    ['iOS', 80_000, 3.2],
    ['Android', 95_000, 2.6],
  ].map(([name, start, growth]) => {
    let level = start;
    return {
      name,
      data: months.map((x) => {
        level *= 1 + (growth + between(-2.5, 2.5)) / 100;
        return { x, y: Math.round(level) };
      }),
    };
  });
  return { title: 'Monthly active users by platform', type: 'line', series };
}

function agentSteps() {
  return {
    steps: [
      {
        type: 'thought',
        content:
          'The user wants the cheapest direct flight from Lisbon to Tokyo in March. I should search flights first.',
      },
      {
        type: 'tool_call',
        tool: 'search_flights',
        arguments: { from: 'LIS', to: 'HND', month: '2026-03', direct: true },
      },
      {
        type: 'observation',
        result: 'No direct flights found. 14 itineraries with one stop; cheapest €612 via Istanbul (IST), 19 h 40 min.',
      },
      {
        type: 'thought',
        content: 'No direct flight exists. I will compare the two cheapest one-stop options by duration.',
      },
      {
        type: 'tool_call',
        tool: 'compare_itineraries',
        arguments: { ids: ['TK-1760-52', 'LH-1173-716'], by: ['price', 'duration'] },
      },
      { type: 'observation', result: 'TK via IST: €612, 19 h 40 min. LH via FRA: €688, 17 h 05 min.' },
      {
        type: 'final',
        content:
          'There is no direct Lisbon–Tokyo flight in March. The cheapest is Turkish Airlines via Istanbul at €612 (19 h 40 min); Lufthansa via Frankfurt is €76 more but 2 h 35 min faster.',
      },
    ],
  };
}

function metrics() {
  return {
    metrics: [
      { label: 'Revenue', value: 4_812_350, unit: 'USD', delta: 8.4 },
      { label: 'Orders', value: 61_204, delta: 3.1 },
      { label: 'Conversion', value: 3.42, unit: '%', delta: -0.6 },
      { label: 'p95 latency', value: 182, unit: 'ms', delta: -12.5 },
    ],
  };
}

function releaseNotes() {
  return {
    title: 'ripen 0.2 release notes',
    items: [
      'Tables keep their column widths while rows stream in',
      'Charts grow their axes with nice steps and never jump back',
      'Truncated streams keep the last good value and say so',
      'Gemini JSON-array bodies are read without SSE framing',
      'Skeletons wait 150 ms before shimmering, so fast answers never flash',
      'Every component exposes its state as data-state and aria-busy',
      'Provider errors mid-stream end in a typed RipenError with a stable code',
      'Multibyte characters split across chunks decode correctly — 東京 🚄 ✓',
    ],
  };
}

function summaryText() {
  return {
    summary:
      'Tokyo in March: average highs of 14 °C and lows of 5 °C, with cherry blossoms (桜, sakura) usually opening in the last week.\n\n' +
      'Pack layers and a light rain jacket 🌂. Trains are punctual; a Suica card works on almost every line and in convenience stores.\n\n' +
      'Budget about ¥12,000 a day for food and transport outside hotels.',
  };
}

function rendererSpec() {
  return {
    type: 'stack',
    children: [
      { type: 'metric', props: { label: 'Open tickets', value: 37, delta: -12 } },
      {
        type: 'card',
        props: {
          title: 'On-call handover',
          body: 'Two incidents resolved overnight; one database failover is still being watched.',
        },
      },
      {
        type: 'table',
        props: {
          caption: 'Incidents',
          rows: [
            { id: 'INC-481', service: 'checkout', severity: 'high', minutes: 42 },
            { id: 'INC-482', service: 'search', severity: 'low', minutes: 7 },
            { id: 'INC-483', service: 'database', severity: 'medium', minutes: 95 },
          ],
        },
      },
    ],
  };
}

/**
 * Cut text into token-like pieces of `minimum`–`maximum` characters (default 1–6), often ending
 * early at punctuation or spaces. Long specs use larger pieces (fewer events, like a fast model
 * sending several tokens per chunk).
 */
function tokenize(text, minimum = 1, maximum = 6) {
  const pieces = [];
  let index = 0;
  while (index < text.length) {
    const length = integer(minimum, maximum);
    let end = Math.min(text.length, index + length);
    for (let probe = index + minimum; probe < end; probe++) {
      if ('",:{}[] \n'.includes(text[probe]) && random() < 0.5) {
        end = probe;
        break;
      }
    }
    // Never split a UTF-16 surrogate pair (a JSON string delta must be valid Unicode).
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end++;
    pieces.push(text.slice(index, end));
    index = end;
  }
  return pieces;
}

function openAiChatTranscript(name, text, [minimum, maximum]) {
  const id = `chatcmpl-synthetic-${name}`;
  const envelope = (delta, finish) =>
    `data: ${JSON.stringify({
      id,
      object: 'chat.completion.chunk',
      created: 1_764_460_800,
      model: 'synthetic-seeded',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    })}\n\n`;
  let body = envelope({ role: 'assistant', content: '', refusal: null }, null);
  for (const piece of tokenize(text, minimum, maximum)) body += envelope({ content: piece }, null);
  body += envelope({}, 'stop');
  body += 'data: [DONE]\n\n';
  return body;
}

const specs = [
  [
    'dashboard-card',
    JSON.stringify(dashboardCard(), null, 2),
    [1, 6],
    'Card: a revenue dashboard (title, subtitle, badge, summary, 6 scalar fields, a nested regions table, actions)',
  ],
  [
    'orders-table-200-rows',
    JSON.stringify(ordersTable()),
    [8, 24],
    'Table: `{ title, orders: [200 × { id, customer, country, items, total_usd, status }] }` (compact JSON)',
  ],
  [
    'multi-series-chart',
    JSON.stringify(multiSeriesChart()),
    [3, 10],
    'Chart: 3 line series × 24 months `{ title, type, series: [{ name, data: [{ x, y }] }] }`',
  ],
  [
    'agent-steps',
    JSON.stringify(agentSteps(), null, 2),
    [1, 6],
    'AgentSteps: thought → tool_call → observation ×2 → final',
  ],
  [
    'metric',
    JSON.stringify(metrics(), null, 2),
    [1, 6],
    'Metric: 4 KPIs `{ metrics: [{ label, value, unit?, delta }] }`',
  ],
  [
    'release-notes-list',
    JSON.stringify(releaseNotes(), null, 2),
    [1, 6],
    'List: `{ title, items: string[8] }` (last item has CJK + emoji)',
  ],
  [
    'summary-text',
    JSON.stringify(summaryText(), null, 2),
    [1, 6],
    'Text: `{ summary }`, three paragraphs with CJK, emoji and symbols',
  ],
  [
    'renderer-spec',
    JSON.stringify(rendererSpec(), null, 2),
    [1, 6],
    'Renderer: `{ type, props?, children? }` tree (stack → metric, card, table; default catalog names)',
  ],
  [
    'invalid-json',
    '{\n  "title": "Weekly sales",\n  "region": "EMEA",\n  "total": -,\n  "currency": "EUR"\n}',
    [1, 6],
    'Invalid JSON as a model might send it: a bare `-` where a number should be (error `invalid-number` / `unexpected-token`)',
  ],
];

mkdirSync(outputDirectory, { recursive: true });
const rows = [];
for (const [name, text, pieceSizes, description] of specs) {
  const transcript = openAiChatTranscript(name, text, pieceSizes);
  writeFileSync(join(outputDirectory, `${name}.sse`), transcript);
  if (name !== 'invalid-json')
    writeFileSync(join(outputDirectory, `${name}.expected.json`), `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  const events = transcript.split('\n\n').length - 1;
  rows.push(`| \`${name}.sse\` | ${description} | ${events} | ${Buffer.byteLength(transcript)} |`);
}

writeFileSync(
  join(outputDirectory, 'SOURCES.md'),
  `# Synthetic UI-spec streams — SOURCES

**Synthetic, not recorded.** Every file here is generated by
\`scripts/generate-synthetic-fixtures.mjs\` (seed ${SEED}, mulberry32) and committed. No model produced
this content and no API was called; names, numbers and texts are invented. Use the recorded
transcripts in \`../sse/\` for anything that must reflect real provider behaviour.

Format: OpenAI Chat Completions streaming (\`text/event-stream\`): a role chunk, one
\`chat.completion.chunk\` per token-sized piece of the JSON text in \`choices[0].delta.content\`, a
chunk with \`finish_reason: "stop"\`, then \`data: [DONE]\`. Model name \`synthetic-seeded\`.
\`<name>.expected.json\` is the final value (\`JSON.parse\` of the streamed text).

| file | content | SSE events | bytes |
|---|---|---|---|
${rows.join('\n')}

Licence: MIT, like the rest of ripen.
`,
);
console.log(`wrote ${specs.length} synthetic transcripts to ${outputDirectory}`);
