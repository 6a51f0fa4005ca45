import { RipenError } from '../errors/ripen-error.js';
import { redactSecrets } from '../transport/redact-secrets.js';
import type { PartInfo, ProviderEvent } from './types.js';

/** A JSON object as received from a provider (untrusted). */
export type JsonRecord = Record<string, unknown>;

/** Parses `text` as JSON; `undefined` when it is not valid JSON. Never throws. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `value` when it is a plain JSON object, else `undefined`. */
export function asRecord(value: unknown): JsonRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : undefined;
}

/** `value` when it is a string, else `undefined`. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `value` when it is a finite number, else `undefined`. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Flattens a provider usage object into `{ name: number }`, nested objects joined with `.`
 * (`completion_tokens_details.reasoning_tokens`). Non-numbers are dropped; depth ≤ 3, ≤ 64 keys.
 */
export function flattenUsage(usage: unknown): Record<string, number> {
  const result: Record<string, number> = Object.create(null) as Record<string, number>;
  let count = 0;
  const walk = (value: unknown, prefix: string, depth: number): void => {
    const record = asRecord(value);
    if (!record || depth > 3) return;
    for (const [key, item] of Object.entries(record)) {
      if (count >= 64) return;
      const name = prefix ? `${prefix}.${key}` : key;
      const number = asNumber(item);
      if (number !== undefined) {
        result[name] = number;
        count++;
      } else walk(item, name, depth + 1);
    }
  };
  walk(usage, '', 0);
  return { ...result };
}

/**
 * Builds a `provider-error` from a provider's error payload: `{ type, code, status, message }`
 * objects (OpenAI, Anthropic, Gemini) or a plain string. `providerType` is the first string of
 * `type`, `status`, `code` (numbers are stringified). The message is redacted (API keys,
 * bearer tokens) and cut to 500 characters.
 */
export function createProviderError(
  provider: string,
  payload: unknown,
  fallbackMessage = 'The provider reported an error.',
): RipenError {
  const record = asRecord(payload);
  if (!record) {
    const message = typeof payload === 'string' && payload.length > 0 ? payload : fallbackMessage;
    return new RipenError('provider-error', redactSecrets(message).slice(0, 500), { provider });
  }
  const message = asString(record.message) ?? fallbackMessage;
  const code = record.code;
  const providerType =
    asString(record.type) ?? asString(record.status) ?? (typeof code === 'number' ? String(code) : asString(code));
  return new RipenError('provider-error', redactSecrets(message).slice(0, 500), {
    provider,
    ...(providerType === undefined ? {} : { providerType }),
  });
}

/**
 * Reads a stray (non-SSE) text block as a provider error when it is a JSON object with an
 * `error` member (`{"error":{"code":499,"status":"CANCELLED",...}}`, Vertex AI mid-stream).
 * Returns `[]` for anything else.
 */
export function parseStrayError(provider: string, text: string): ProviderEvent[] {
  const record = asRecord(parseJson(text.trim()));
  if (!record || record.error === undefined) return [];
  return [{ type: 'error', error: createProviderError(provider, record.error) }];
}

/** Keeps track of which parts were started / ended, so each gets one `part-start` and one `part-end`. */
export interface PartTracker {
  /** Emits `part-start` unless the part was already started. Returns the stored part info. */
  open(part: PartInfo, out: ProviderEvent[]): PartInfo;
  /** Emits `part-start` if needed, then a `delta` (empty text is skipped). */
  delta(part: PartInfo, text: string, out: ProviderEvent[]): void;
  /** Emits `part-end` for an open part. */
  close(id: string, out: ProviderEvent[]): void;
  /** Emits `part-end` for every open part (of one choice, when given). */
  closeAll(out: ProviderEvent[], choice?: number): void;
  /** The stored info of a part by id. */
  get(id: string): PartInfo | undefined;
  /** Number of delta characters seen for a part. */
  length(id: string): number;
}

/** Creates a {@link PartTracker}. */
export function createPartTracker(): PartTracker {
  const parts = new Map<string, { part: PartInfo; open: boolean; length: number }>();
  const tracker: PartTracker = {
    open(part, out) {
      const entry = parts.get(part.id);
      if (entry) return entry.part;
      parts.set(part.id, { part, open: true, length: 0 });
      out.push({ type: 'part-start', part });
      return part;
    },
    delta(part, text, out) {
      const stored = tracker.open(part, out);
      if (text.length === 0) return;
      const entry = parts.get(part.id);
      if (entry) entry.length += text.length;
      out.push({ type: 'delta', part: stored, text });
    },
    close(id, out) {
      const entry = parts.get(id);
      if (!entry || !entry.open) return;
      entry.open = false;
      out.push({ type: 'part-end', part: entry.part });
    },
    closeAll(out, choice) {
      for (const [id, entry] of parts) {
        if (entry.open && (choice === undefined || entry.part.choice === choice)) tracker.close(id, out);
      }
    },
    get: (id) => parts.get(id)?.part,
    length: (id) => parts.get(id)?.length ?? 0,
  };
  return tracker;
}

/** Part id of the message content of a choice: `content`, `choice1/content`, … */
export function contentPartId(choice: number, kind: 'content' | 'reasoning' | 'refusal' = 'content'): string {
  return choice === 0 ? kind : `choice${choice}/${kind}`;
}

/** Part id of the n-th tool call of a choice: `tool/0`, `choice1/tool/0`, … */
export function toolPartId(choice: number, index: number): string {
  return choice === 0 ? `tool/${index}` : `choice${choice}/tool/${index}`;
}
