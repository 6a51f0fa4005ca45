import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PartInfo, ProviderEvent, ProviderName } from '../../../src/core/providers/types.js';
import { createSeededRandom } from '../../../src/testing/create-seeded-random.js';
import { corpusPath } from '../../../scripts/shared-folder.mjs';

/** Absolute path of the shared corpus folder (read in place, see scripts/shared-folder.mjs). */
export const fixturesDir = corpusPath();

/** Reads a fixture file as bytes. */
export function readFixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fixturesDir, relative)));
}

/** Reads a fixture file as text. */
export function readFixtureText(relative: string): string {
  return readFileSync(join(fixturesDir, relative), 'utf8');
}

/** One transcript row of test/fixtures/index.json. */
export interface TranscriptEntry {
  file: string;
  stats: {
    format?: string;
    done?: boolean | null;
    jsonParts: { part: string; chars: number }[];
    incompleteJsonParts: { part: string; chars: number }[] | null;
    expectedFile?: string;
    expectedKind?: string;
    partialFile?: string;
  };
}

/** Every SSE / JSON-array / data-stream transcript of the corpus (not `.chunks.txt` copies). */
export function loadTranscripts(): TranscriptEntry[] {
  const index = JSON.parse(readFixtureText('index.json')) as {
    files: (TranscriptEntry & { stats: TranscriptEntry['stats'] | null })[];
  };
  return index.files.filter(
    (entry): entry is TranscriptEntry =>
      entry.file.startsWith('sse/') && !entry.file.endsWith('.chunks.txt') && entry.stats !== null,
  );
}

/** The dialect each transcript folder is written in. */
export function providerFor(file: string): ProviderName {
  if (file.startsWith('sse/openai-chat/')) return 'openai-chat';
  if (file.startsWith('sse/openai-responses/')) return 'openai-responses';
  if (file.startsWith('sse/anthropic/')) return 'anthropic';
  if (file.startsWith('sse/gemini/')) return 'gemini';
  if (file.startsWith('sse/vercel-ai/')) return 'vercel-ai';
  if (file.includes('responses')) return 'openai-responses';
  return 'openai-chat';
}

/** Small seeded PRNG (mulberry32), for reproducible random chunkings. */
export const createRandom = createSeededRandom;

/** Splits bytes at random positions (1..maxSize bytes per piece). */
export function randomChunks(bytes: Uint8Array, random: () => number, maxSize = 64): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const size = 1 + Math.floor(random() * maxSize);
    chunks.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return chunks;
}

/** An async iterable over chunks (yields to the event loop between chunks). */
export async function* iterate<T>(chunks: readonly T[]): AsyncGenerator<T> {
  for (const chunk of chunks) {
    await Promise.resolve();
    yield chunk;
  }
}

/** Collects an async iterable; returns the items and the error it rejected with, if any. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

/** Concatenated delta text per part id, in order of first appearance, with the part info. */
export function partTexts(events: readonly ProviderEvent[]): { part: PartInfo; text: string }[] {
  const parts = new Map<string, { part: PartInfo; text: string }>();
  for (const event of events) {
    if (event.type === 'part-start' && !parts.has(event.part.id))
      parts.set(event.part.id, { part: event.part, text: '' });
    if (event.type === 'delta') {
      const entry = parts.get(event.part.id) ?? { part: event.part, text: '' };
      entry.text += event.text;
      parts.set(event.part.id, entry);
    }
  }
  return [...parts.values()];
}

/** The parts that carry JSON (content, tool call or data parts whose text parses). */
export function jsonPartTexts(events: readonly ProviderEvent[]): { part: PartInfo; text: string }[] {
  return partTexts(events).filter(({ part, text }) => {
    if (part.kind === 'reasoning' || part.kind === 'refusal') return false;
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  });
}
