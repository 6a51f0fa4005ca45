/** `ripen/providers/vercel-ai`: the Vercel AI SDK dialect alone (UI message stream and v4 data stream); pass it as `provider: vercelAi`. */
export { vercelAiDialect as vercelAi, mapVercelFinishReason } from '../vercel-ai.js';
