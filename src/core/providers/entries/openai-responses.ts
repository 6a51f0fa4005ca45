/** `ripen/providers/openai-responses`: the OpenAI Responses API dialect alone; pass it as `provider: openaiResponses`. */
export { openAiResponsesDialect as openaiResponses } from '../openai-responses.js';
