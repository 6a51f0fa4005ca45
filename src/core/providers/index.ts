// Provider dialects: SSE events → normalised ProviderEvents.
export type { FinishReason, PartInfo, PartKind, ProviderEvent, ProviderName } from './types.js';
export type { DialectContext, DialectDecoder, ProviderDialect } from './dialect.js';
export { openAiChatDialect, mapOpenAiFinishReason } from './openai-chat.js';
export { openAiResponsesDialect } from './openai-responses.js';
export { anthropicDialect, mapAnthropicStopReason } from './anthropic.js';
export { geminiDialect, mapGeminiFinishReason } from './gemini.js';
export { vercelAiDialect, mapVercelFinishReason } from './vercel-ai.js';
export { textDialect } from './text.js';
export { ndjsonDialect } from './ndjson.js';
export { createCustomDialect } from './custom-dialect.js';
export type { CustomDialectFunction, CustomDialectOptions } from './custom-dialect.js';
export { providerDialects, resolveDialect } from './provider-dialects.js';
export type { ProviderOption } from './provider-dialects.js';
export { detectProvider } from './detect-provider.js';
export { createJsonPathWriter, parseJsonPath } from './create-json-path-writer.js';
export type { JsonPathWriter, PartialArgument } from './create-json-path-writer.js';
export { createProviderError, flattenUsage } from './dialect-helpers.js';
