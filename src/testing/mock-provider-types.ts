import type { ProviderName } from '../core/providers/types.js';
import type { ReplayChunking, ReplayTimers } from './replay-types.js';

/**
 * Wire format the mock provider writes. Each one is modelled on recorded real streams and on the
 * provider's streaming reference:
 * - `openai-chat`: OpenAI Chat Completions `stream: true` (`chat.completion.chunk` events, `delta.content`,
 *   `delta.tool_calls[]` with parallel calls by `index`, `finish_reason`, a usage chunk, `data: [DONE]`);
 *   https://platform.openai.com/docs/api-reference/chat-streaming
 * - `openai-responses`: OpenAI Responses API streaming (`event: response.created` … `response.output_text.delta`,
 *   `response.function_call_arguments.delta`, `response.completed` or `response.incomplete`, with `sequence_number`);
 *   https://platform.openai.com/docs/api-reference/responses-streaming
 * - `anthropic`: Anthropic Messages streaming (`message_start`, `content_block_start`, `ping`,
 *   `content_block_delta` with `text_delta` / `input_json_delta`, `content_block_stop`, `message_delta`,
 *   `message_stop`); https://docs.anthropic.com/en/docs/build-with-claude/streaming
 * - `gemini`: Gemini `streamGenerateContent?alt=sse` (SSE with CRLF line endings, `candidates[].content.parts[]`,
 *   `finishReason` on the last chunk, `usageMetadata`); https://ai.google.dev/api/generate-content
 * - `gemini-json-array`: the same chunks without `alt=sse`: one pretty-printed JSON array streamed element by
 *   element (`[{…}` then `\n,\r\n{…}` … `\n]`, `application/json`), as the REST endpoint sends it;
 * - `vercel-ai`: Vercel AI SDK UI message stream (v5 and later: `start`, `start-step`, `text-start` /
 *   `text-delta` / `text-end`, `tool-input-start` / `tool-input-delta` / `tool-input-available`, `finish-step`,
 *   `finish`, `data: [DONE]`; header `x-vercel-ai-ui-message-stream: v1`);
 *   https://ai-sdk.dev/docs/ai-sdk-ui/stream-protocol
 * - `vercel-ai-data-stream`: AI SDK v4 data stream (`TYPE:JSON` lines: `f:`, `0:`, `b:`, `c:`, `9:`, `e:`, `d:`;
 *   header `x-vercel-ai-data-stream: v1`);
 * - `ndjson`: newline-delimited JSON (`application/x-ndjson`), one array element per line;
 * - `text`: the bare text (`text/plain; charset=utf-8`), like the AI SDK's text stream response.
 */
export type MockDialect =
  | 'openai-chat'
  | 'openai-responses'
  | 'anthropic'
  | 'gemini'
  | 'gemini-json-array'
  | 'vercel-ai'
  | 'vercel-ai-data-stream'
  | 'ndjson'
  | 'text';

/** One tool (function) call the mock model makes. */
export interface MockToolCall {
  /** Tool (function) name. */
  name: string;
  /**
   * The call's arguments as a JSON value, written as compact JSON text and streamed token by token
   * (Gemini sends the whole `args` object in one chunk, so it must be a plain object there).
   * Give `input` or `inputText`.
   */
  input?: unknown;
  /** The arguments' exact text (may be invalid JSON, to test error paths). Not for Gemini. */
  inputText?: string;
  /** Call id. Default: generated from `seed` in the provider's style (`call_…`, `toolu_01…`). */
  id?: string;
}

/** A fault the mock injects. `afterTokens` counts output tokens sent before the fault (≥ 0). */
export type MockFault =
  /** The request fails: HTTP `status` (400–599) with the provider's JSON error body (or `body`). */
  | { kind: 'http-error'; status: number; message?: string; body?: string }
  /** After `afterTokens` tokens the provider sends its error event (Anthropic `overloaded_error`, …), then ends. */
  | { kind: 'provider-error'; afterTokens: number; message?: string }
  /**
   * The body ends after `afterTokens` tokens without the end marker (a dropped connection that
   * closed cleanly); `partialBytes` also sends the first bytes of the next event (a cut mid-event).
   */
  | { kind: 'truncate'; afterTokens: number; partialBytes?: number }
  /** The connection breaks after `afterTokens` tokens: the body errors (`RipenError` `network-error`). */
  | { kind: 'abort'; afterTokens: number }
  /** Nothing arrives for `durationMs` ms after `afterTokens` tokens (not scaled by `timeFactor`). */
  | { kind: 'stall'; afterTokens: number; durationMs: number };

/** Tokens per event: a fixed count, or a seeded random count between `min` and `max` (inclusive). */
export type MockTokensPerEvent = number | { min: number; max: number };

/**
 * Splits text into tokens: a built-in BPE encoding of `gpt-tokenizer` (`o200k_base`: GPT-4o, GPT-4.1,
 * GPT-5 and o-series; `cl100k_base`: GPT-4 and GPT-3.5), `'characters'` (one token per Unicode code
 * point, needs no package), or a function returning pieces that concatenate to the text.
 */
export type MockTokenizer =
  | 'o200k_base'
  | 'cl100k_base'
  | 'characters'
  | ((text: string) => readonly string[] | Promise<readonly string[]>);

/**
 * Options of `createMockProvider`. Give `value` or `text` (the message content) and/or `toolCalls`.
 * Every option is checked when the mock is created: a wrong type or value throws `RipenError` with
 * code `invalid-option`, naming the option and what is allowed.
 */
export interface MockProviderOptions {
  /** Wire format to write. Required. */
  dialect: MockDialect;
  /**
   * The message content as a JSON value (written as compact JSON). For `ndjson` an array: one element
   * per line. Not with `text`.
   */
  value?: unknown;
  /** The message content as exact text (prose, Markdown fences, invalid JSON…). Not with `value`. */
  text?: string;
  /** Tool calls, after the content, in order; two or more are parallel calls. Not for `ndjson` / `text`. */
  toolCalls?: readonly MockToolCall[];
  /** Output rate, in tokens per second. Default {@link DEFAULT_MOCK_TOKENS_PER_SECOND} (81, measured). */
  tokensPerSecond?: number;
  /** Wait before the first byte, in ms. Default {@link DEFAULT_MOCK_TIME_TO_FIRST_TOKEN_MS} (1032, measured). */
  timeToFirstTokenMs?: number;
  /** Speed multiplier for every wait: 2 plays twice as fast. Default 1. */
  timeFactor?: number;
  /** `false`: no waits at all, every byte is enqueued at once (unit tests). Default `true`. */
  realtime?: boolean;
  /** Timer functions (fake timers work with the defaults too, looked up at call time). */
  timers?: ReplayTimers;
  /**
   * Tokens per streamed event. Default per dialect, as the recordings show: 1 (OpenAI, AI SDK, NDJSON,
   * text), 1–4 (Anthropic), 2–10 (Gemini).
   */
  tokensPerEvent?: MockTokensPerEvent;
  /**
   * How bytes are cut into `ReadableStream` chunks: `'event'` (default, one chunk per event),
   * `'random'` (seeded sizes of 1 to `maxChunkBytes` bytes, cutting inside lines and UTF-8
   * characters), or a number of bytes. Same type as the replayer's.
   */
  chunking?: ReplayChunking;
  /** Largest chunk for `chunking: 'random'`, in bytes. Default 32. */
  maxChunkBytes?: number;
  /** Seed of every random choice (ids, tokens per event, random chunking). Default 1. */
  seed?: number;
  /** Tokenizer. Default `'o200k_base'` (loaded on the first stream, not on import). */
  tokenize?: MockTokenizer;
  /** Stop after this many output tokens with the provider's max-tokens finish (`length`, `max_tokens`, …). */
  maxTokens?: number;
  /**
   * Gemini only: stream each function call's arguments as Vertex AI does with
   * `toolConfig.functionCallingConfig.streamFunctionCallArguments` — a first part with the `name` and
   * `willContinue: true`, then one `partialArgs` entry per chunk (`jsonPath`, `stringValue` in token
   * pieces then `""`, `numberValue`, `boolValue`, `nullValue: "NULL_VALUE"`), then an empty
   * `functionCall` that ends the call (as recorded from gemini-3.1-pro). Arguments holding an empty
   * object or array below the root cannot be expressed that way and are sent whole. Default `false`
   * (whole `args` in one chunk).
   */
  streamFunctionCallArguments?: boolean;
  /** Fault(s) to inject; the earliest ending fault wins. */
  fault?: MockFault | readonly MockFault[];
  /** Model name written into the envelopes. Default per dialect (e.g. `gpt-4o-mini-mock`). */
  model?: string;
  /** Prompt tokens reported in the usage data. Default 0. */
  inputTokens?: number;
  /** Extra response headers (merged over the dialect's own). */
  headers?: Record<string, string>;
}

/** Metadata of one streamed event of the mock's body. */
export interface MockEvent {
  /** The event's exact text (an SSE event with its blank line, a line, an array element, a text piece). */
  text: string;
  /** Output tokens this event carries (0 for envelope events such as `message_start`). */
  tokens: number;
}

/** A mock provider: a fresh streamed response per request, as `Response`, `fetch` or Node handler. */
export interface MockProvider {
  /** The ripen dialect that reads this mock's output (pass it as `provider`). */
  readonly provider: ProviderName;
  /** The dialect written. */
  readonly dialect: MockDialect;
  /** Response headers (content type and the dialect's own). */
  readonly headers: Readonly<Record<string, string>>;
  /** A new streamed `Response` (each call streams from the start; a body can be read only once). */
  response(init?: { signal?: AbortSignal }): Response;
  /** A `fetch` replacement answering every request with {@link MockProvider.response}; honours `init.signal`. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /**
   * Node `http` request handler streaming the same bytes with the same pacing; stops when the
   * client goes away. Works with `http.createServer(mock.handler)` or inside a router.
   */
  handler(request: MockNodeRequest, response: MockNodeResponse): void;
  /** The events the body is made of, with their token counts (no waits; loads the tokenizer). */
  events(): Promise<MockEvent[]>;
  /** The whole body as text, with faults applied (no waits). */
  body(): Promise<string>;
}

/** The part of Node's `IncomingMessage` the handler uses. */
export interface MockNodeRequest {
  on(event: 'close', listener: () => void): unknown;
}

/** The part of Node's `ServerResponse` the handler uses. */
export interface MockNodeResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: Uint8Array): unknown;
  end(chunk?: string | Uint8Array): unknown;
  flushHeaders?(): void;
  destroy?(error?: Error): unknown;
  readonly headersSent?: boolean;
}
