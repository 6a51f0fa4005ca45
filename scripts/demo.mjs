// `npm run demo`: the demo page on recorded real LLM streams (see examples/demo).
import { startDemoServer } from '../examples/demo/server.mjs';

const port = Number(process.env.PORT ?? 5173);
const { url } = await startDemoServer({ port });
console.log(`\n  ripen demo running at ${url}\n  (replays recorded real SSE transcripts; Ctrl+C to stop)`);
if (process.env.OPENAI_API_KEY || process.env.ANTHROPIC_API_KEY)
  console.log('  live route enabled: pick "Live" in the page');
