import type { RipenError } from '../errors/ripen-error.js';

/**
 * Normalised finish reason. `stop` (normal end), `tool-calls` (stopped to call tools),
 * `length` (max tokens: the value is truncated), `content-filter`, `refusal`, `error`, `other`.
 */
export type FinishReason = 'stop' | 'tool-calls' | 'length' | 'content-filter' | 'refusal' | 'error' | 'other';

/**
 * What a part of the model's output is: the message `content`, one `tool-call`'s arguments,
 * `reasoning` (thinking) text, `refusal` text, or a `data` part (Vercel AI SDK `data-*` parts,
 * whose delta is the JSON of the part's `data`).
 */
export type PartKind = 'content' | 'tool-call' | 'reasoning' | 'refusal' | 'data';

/** Description of one output part (the message content, or one tool call), per choice. */
export interface PartInfo {
  /** Stable id within one stream, e.g. `content`, `choice1/content`, `tool/0`, `tool/call_abc`. */
  id: string;
  kind: PartKind;
  /** Choice / candidate index (OpenAI `n`, Gemini candidates). Default 0. */
  choice: number;
  /** Tool call index within the choice, for `tool-call` parts. */
  index?: number;
  /** Tool call id from the provider, when given. */
  callId?: string;
  /** Tool (function) name, when given; for `data` parts the part type (`data-weather`). */
  name?: string;
}

/** One normalised event produced by a provider dialect from SSE events. */
export type ProviderEvent =
  | { type: 'part-start'; part: PartInfo }
  | { type: 'delta'; part: PartInfo; text: string }
  | { type: 'part-end'; part: PartInfo }
  | { type: 'finish'; reason: FinishReason; rawReason?: string; choice?: number }
  | { type: 'usage'; usage: Record<string, number> }
  | { type: 'error'; error: RipenError }
  /** The provider's explicit end-of-stream marker (`[DONE]`, `message_stop`, `response.completed`). */
  | { type: 'end' };

/** Names of the built-in dialects. */
export type ProviderName =
  | 'openai-chat'
  | 'openai-responses'
  | 'anthropic'
  | 'gemini'
  | 'vercel-ai'
  | 'text'
  | 'ndjson';
