import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitTranscript } from '../../src/testing/index.js';
import { readFixture } from './read-fixture.js';

const decoder = new TextDecoder();

/** Concatenated `delta.content` of an OpenAI Chat SSE transcript. */
function streamedText(bytes: Uint8Array): { text: string; finish: string[]; done: boolean } {
  let text = '';
  const finish: string[] = [];
  let done = false;
  for (const piece of splitTranscript(bytes, 'sse')) {
    const data = decoder
      .decode(piece)
      .replace(/^data: /, '')
      .trim();
    if (data === '[DONE]') {
      done = true;
      continue;
    }
    const chunk = JSON.parse(data) as { choices: Array<{ delta: { content?: string }; finish_reason: string | null }> };
    text += chunk.choices[0]?.delta.content ?? '';
    if (chunk.choices[0]?.finish_reason) finish.push(chunk.choices[0].finish_reason);
  }
  return { text, finish, done };
}

describe('synthetic fixtures (scripts/generate-synthetic-fixtures.mjs)', () => {
  const names = readdirSync(resolve(process.cwd(), 'test/synthetic')).filter((name) => name.endsWith('.sse'));

  it('exist', () => {
    expect(names).toContain('orders-table-200-rows.sse');
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  it.each(names)('%s streams its expected JSON as OpenAI Chat chunks ending in stop + [DONE]', (name) => {
    const { text, finish, done } = streamedText(readFixture(`synthetic/${name}`));
    expect(finish).toEqual(['stop']);
    expect(done).toBe(true);
    if (name === 'invalid-json.sse') {
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      return;
    }
    const expected: unknown = JSON.parse(
      decoder.decode(readFixture(`synthetic/${name.replace(/\.sse$/, '.expected.json')}`)),
    );
    expect(JSON.parse(text)).toEqual(expected);
  });

  it('the table has 200 rows', () => {
    const { text } = streamedText(readFixture('synthetic/orders-table-200-rows.sse'));
    expect((JSON.parse(text) as { orders: unknown[] }).orders).toHaveLength(200);
  });
});
