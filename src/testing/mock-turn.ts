import type { MockEvent } from './mock-provider-types.js';

/** A piece of streamed text carried by one event, with the number of tokens it holds. */
export interface MockDelta {
  text: string;
  tokens: number;
}

/** The message content of a mock turn, as it is sent. */
export interface MockContentPart {
  deltas: readonly MockDelta[];
  /** Everything sent (the deltas joined): the full content, or its first tokens when cut. */
  text: string;
  /** False when `maxTokens` cut the content short. */
  complete: boolean;
}

/** One tool call of a mock turn, as it is sent. */
export interface MockToolPart {
  name: string;
  id: string;
  deltas: readonly MockDelta[];
  /** The arguments text sent (the deltas joined). */
  text: string;
  /** False when `maxTokens` cut the arguments short. */
  complete: boolean;
  /** Tokens of the whole arguments text (Gemini sends them in one chunk). */
  tokens: number;
  /** Gemini `partialArgs` entries, one per chunk, when the arguments are streamed that way. */
  partialArgs?: readonly { argument: Record<string, unknown>; tokens: number }[];
}

/**
 * What the mock model says in one turn, already tokenized and grouped into events, for the wire
 * writers. Ids are generated from the seed so that the same options always give the same bytes.
 */
export interface MockTurn {
  model: string;
  content: MockContentPart | undefined;
  toolCalls: readonly MockToolPart[];
  /** `length` when `maxTokens` stopped the turn, else `tool-calls` with calls, else `stop`. */
  finish: 'stop' | 'tool-calls' | 'length';
  inputTokens: number;
  outputTokens: number;
  /** Seeded random numbers in [0, 1), for the writers' ids. */
  random: () => number;
}

/** A fixed creation time (2026-01-01T00:00:00Z, in seconds) so that outputs are reproducible. */
export const MOCK_CREATED_AT = 1767225600;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** A provider-style id: `prefix` + `length` characters from the seeded generator. */
export function createMockId(
  random: () => number,
  prefix: string,
  length: number,
  alphabet: 'alnum' | 'hex' = 'alnum',
): string {
  const characters = alphabet === 'hex' ? HEX : ALPHANUMERIC;
  let id = prefix;
  for (let index = 0; index < length; index++) id += characters[Math.floor(random() * characters.length)] ?? 'a';
  return id;
}

/** One SSE event: optional `event:` line, one `data:` line, a blank line (LF endings unless `lineEnd`). */
export function sseEvent(data: string, tokens = 0, eventName?: string, lineEnd = '\n'): MockEvent {
  const head = eventName === undefined ? '' : `event: ${eventName}${lineEnd}`;
  return { text: `${head}data: ${data}${lineEnd}${lineEnd}`, tokens };
}

/** `JSON.stringify` that writes `{}` for `undefined` (a value checked at creation is never undefined). */
export function json(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}
