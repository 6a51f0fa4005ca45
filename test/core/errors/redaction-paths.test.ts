import { describe, expect, it } from 'vitest';
import type { RipenError } from '../../../src/core/errors/ripen-error.js';
import { createJsonStream } from '../../../src/core/stream/index.js';
import type { JsonStreamOptions } from '../../../src/core/stream/index.js';

const OPENAI = 'sk-proj-Z9x8Y7w6V5u4T3s2R1q0PpOoNnMm';
const GOOGLE = 'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI';
const ANTHROPIC = 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx-0123456789';

/** Every text an error carries: message, excerpt, and the whole cause chain (messages and stacks). */
function textsOf(error: RipenError | undefined): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth++) {
    parts.push(current.message, current.stack ?? '');
    if ('bodyExcerpt' in current) parts.push(String((current as RipenError).bodyExcerpt));
    current = current.cause;
  }
  if (typeof current === 'string') parts.push(current);
  return parts.join('\n');
}

function endError(options: JsonStreamOptions): Promise<RipenError | undefined> {
  const stream = createJsonStream({ throttle: false, retry: false, idleTimeout: false, ...options });
  return new Promise((resolve) => {
    stream.subscribe(() => {
      const state = stream.getSnapshot();
      if (state.status === 'error' || state.status === 'complete') resolve(state.error);
    });
    stream.start();
  });
}

describe('no path out of ripen forgets the redactor', () => {
  it('network-error: a fetch wrapper whose failure quotes the request headers and URL', async () => {
    const error = await endError({
      source: `https://generativelanguage.googleapis.com/v1beta/models/x:streamGenerateContent?alt=sse&key=${GOOGLE}`,
      provider: 'gemini',
      fetch: async (input) => {
        const failure = new TypeError(`fetch failed for ${String(input)} (Authorization: Bearer ${OPENAI})`);
        throw new Error('proxy wrapper failed', { cause: failure });
      },
    });
    expect(error?.code).toBe('network-error');
    const texts = textsOf(error);
    expect(texts).toContain('[redacted]');
    for (const secret of [GOOGLE, OPENAI, 'SyDdI0hCZtE6vySjMm', 'Z9x8Y7w6V5u4']) expect(texts).not.toContain(secret);
  });

  it('http-error: status text and body excerpt', async () => {
    const error = await endError({
      source: async () =>
        new Response(
          JSON.stringify({ error: { type: 'authentication_error', message: `invalid x-api-key: ${ANTHROPIC}` } }),
          {
            status: 401,
            statusText: `Unauthorized (x-api-key: ${ANTHROPIC})`,
            headers: { 'content-type': 'application/json' },
          },
        ),
      provider: 'anthropic',
    });
    expect(error?.code).toBe('http-error');
    expect(error?.status).toBe(401);
    const texts = textsOf(error);
    expect(texts).toContain('x-api-key: [redacted]');
    expect(texts).not.toContain('AbCdEfGhIjKlMnOp');
  });
});
