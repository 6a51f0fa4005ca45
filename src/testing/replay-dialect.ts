import type { ReplayDialect, TranscriptFormat } from './replay-types.js';

type Format = Exclude<TranscriptFormat, 'auto'>;
type Dialect = Exclude<ReplayDialect, 'auto'>;

/**
 * Guess the wire dialect of a transcript from its text (only used to write injected errors):
 * Anthropic (`message_start`), OpenAI Responses (`response.created`), AI SDK UI message stream
 * (`"type":"start"` / `text-delta`), AI SDK v4 data stream (`0:"` lines), Gemini (`candidates`),
 * OpenAI Chat (`chat.completion.chunk`, or any other `data:` JSON), else `text`.
 */
export function detectReplayDialect(text: string, format: Format): Dialect {
  if (/"type"\s*:\s*"message_start"|event:\s*message_start/.test(text)) return 'anthropic';
  if (/"type"\s*:\s*"response\.(created|output_text\.delta|in_progress)"/.test(text)) return 'openai-responses';
  if (/"type"\s*:\s*"(start|text-delta|tool-input-delta|start-step)"/.test(text)) return 'vercel-ai';
  if (format === 'lines' && /(^|\n)[0-9a-z]:/.test(text)) return 'vercel-ai-data-stream';
  if (/"candidates"\s*:/.test(text)) return 'gemini';
  if (format === 'sse' && /(^|\n)data:/.test(text)) return 'openai-chat';
  return 'text';
}

/** Is this event one of the provider's explicit end-of-stream markers? */
export function isEndMarkerEvent(text: string, format: Format): boolean {
  if (format === 'json-array') return /^\s*\]\s*$/.test(text);
  if (format === 'lines') return /^d:/.test(text);
  return (
    /(^|\n)data:\s*\[DONE\]/.test(text) ||
    /"type"\s*:\s*"(message_stop|response\.completed|response\.incomplete|finish)"/.test(text)
  );
}

const PAYLOAD_KEYS = new Set([
  'content',
  'text',
  'partial_json',
  'arguments',
  'delta',
  'refusal',
  'thinking',
  'textDelta',
]);

/**
 * Characters of model output carried by one event (text, content, tool arguments, refusal and
 * reasoning deltas), without the JSON envelope. Used to pace replays by characters or tokens.
 * Data that is not JSON counts as its own length; `[DONE]` counts 0.
 */
export function countPayloadCharacters(text: string, format: Format): number {
  if (format === 'sse') {
    const data = text
      .split(/\r\n|\r|\n/)
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
      .join('\n');
    if (data === '' || data.trim() === '[DONE]') return 0;
    return countJsonPayload(data);
  }
  if (format === 'lines') {
    const match = /^[0-9a-z]:(.*)$/s.exec(text.trim());
    return countJsonPayload(match?.[1] ?? text.trim());
  }
  const element = text.replace(/^[\s,[]+/, '').replace(/[\s\]]+$/, '');
  return element === '' ? 0 : countJsonPayload(element);
}

function countJsonPayload(data: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return data.length;
  }
  if (typeof parsed === 'string') return parsed.length;
  return sumPayloadStrings(parsed, 0);
}

function sumPayloadStrings(value: unknown, depth: number): number {
  if (depth > 12 || typeof value !== 'object' || value === null) return 0;
  let total = 0;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') {
      if (PAYLOAD_KEYS.has(key)) total += child.length;
    } else {
      total += sumPayloadStrings(child, depth + 1);
    }
  }
  return total;
}

/**
 * The bytes a provider sends when it fails mid-stream, in the given dialect:
 * - OpenAI Chat: `data: {"error":{"message":…,"type":"server_error",…}}`
 * - OpenAI Responses: `event: error` with `{"type":"error","code":"server_error",…}`
 * - Anthropic: `event: error` with `{"type":"error","error":{"type":"overloaded_error",…}}`
 * - Gemini: `data: {"error":{"code":500,…,"status":"INTERNAL"}}` (SSE) or a `,{"error":…}` array
 *   element (JSON-array body)
 * - AI SDK UI message stream: `data: {"type":"error","errorText":…}`; AI SDK v4: `3:"…"`
 * - text: `event: error` with `{"error":{"message":…}}`
 */
export function createProviderErrorText(dialect: Dialect, format: Format, message: string): string {
  const quoted = JSON.stringify(message);
  switch (dialect) {
    case 'openai-chat':
      return `data: {"error":{"message":${quoted},"type":"server_error","param":null,"code":null}}\n\n`;
    case 'openai-responses':
      return `event: error\ndata: {"type":"error","code":"server_error","message":${quoted},"param":null}\n\n`;
    case 'anthropic':
      return `event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":${quoted}}}\n\n`;
    case 'gemini': {
      const body = `{"error":{"code":500,"message":${quoted},"status":"INTERNAL"}}`;
      return format === 'json-array' ? `,\n${body}\n` : `data: ${body}\n\n`;
    }
    case 'vercel-ai':
      return `data: {"type":"error","errorText":${quoted}}\n\n`;
    case 'vercel-ai-data-stream':
      return `3:${quoted}\n`;
    case 'text':
      return `event: error\ndata: {"error":{"message":${quoted}}}\n\n`;
    default: {
      const unreachable: never = dialect;
      return unreachable;
    }
  }
}
