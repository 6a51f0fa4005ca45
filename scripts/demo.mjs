// `npm run demo`: the demo page on recorded real LLM streams from the shared corpus, or, when that
// folder is absent, on the mock provider's project-made streams (see examples/demo).
import { startDemoServer } from '../examples/demo/server.mjs';

const port = Number(process.env.PORT ?? 5173);
const { url, source } = await startDemoServer({ port });
const what =
  source === 'corpus'
    ? 'replays recorded real SSE transcripts from the shared corpus'
    : 'no shared corpus found: streams project-made scenarios from the mock provider (ripen/testing)';
console.log(`\n  ripen demo running at ${url}\n  (${what}; Ctrl+C to stop)`);
if (process.env.OPENAI_API_KEY || process.env.ANTHROPIC_API_KEY)
  console.log('  live route enabled: pick "Live" in the page');
