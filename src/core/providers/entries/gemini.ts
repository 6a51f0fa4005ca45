/** `ripen/providers/gemini`: the Google Gemini dialect alone (SSE and JSON array); pass it as `provider: gemini`. */
export { geminiDialect as gemini, mapGeminiFinishReason } from '../gemini.js';
