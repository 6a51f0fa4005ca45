/**
 * `ripen/providers/openai-chat`: the OpenAI Chat Completions dialect alone (also OpenRouter,
 * DeepSeek, Mistral, LM Studio and other compatible hosts). Pass it as `provider: openaiChat`:
 * no other dialect and no detection code is loaded.
 */
export { openAiChatDialect as openaiChat, mapOpenAiFinishReason } from '../openai-chat.js';
