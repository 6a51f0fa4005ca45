// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffDelay, resolveRetry } from '../../../src/core/transport/backoff.js';
import { isRepeatableSource, openSource } from '../../../src/core/transport/open-source.js';
import { createBodyExcerpt, redactSecrets } from '../../../src/core/transport/redact-secrets.js';
import { decodeText } from '../../../src/core/sse/decode-text.js';
import { collect, iterate } from '../sse/fixture-helpers.js';

const text = async (body: Parameters<typeof decodeText>[0]): Promise<string> =>
  (await collect(decodeText(body))).items.join('');

describe('openSource', () => {
  it('accepts a Response, a factory, a ReadableStream and an AsyncIterable', async () => {
    expect(await text((await openSource(new Response('data: 1\n\n'))).body)).toBe('data: 1\n\n');
    const factoryCalls: unknown[] = [];
    const fromFactory = await openSource(
      (context) => {
        factoryCalls.push(context);
        return new Response('x', { headers: { 'content-type': 'text/event-stream' } });
      },
      { lastEventId: '7', attempt: 2 },
    );
    expect(fromFactory.contentType).toBe('text/event-stream');
    expect(factoryCalls).toEqual([{ signal: undefined, lastEventId: '7', attempt: 2 }]);
    const stream = new ReadableStream<string>({
      start(controller) {
        controller.enqueue('a');
        controller.close();
      },
    });
    expect(await text((await openSource(stream)).body)).toBe('a');
    expect(await text((await openSource(iterate(['b', new TextEncoder().encode('c')]))).body)).toBe('bc');
  });

  it('passes method, body, headers and Last-Event-ID to fetch', async () => {
    const seen: { input: string; init: RequestInit | undefined }[] = [];
    const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ input: String(input), init });
      return Promise.resolve(new Response('ok'));
    }) as typeof fetch;
    await openSource('https://example.test/v1', {
      init: { method: 'PUT', body: 'b', headers: { 'x-a': '1' }, credentials: 'include' },
      fetch: fetchImpl,
      lastEventId: '42',
    });
    const init = seen[0]?.init;
    expect(seen[0]?.input).toBe('https://example.test/v1');
    expect(init?.method).toBe('PUT');
    expect(init?.body).toBe('b');
    expect(init?.credentials).toBe('include');
    expect(new Headers(init?.headers).get('x-a')).toBe('1');
    expect(new Headers(init?.headers).get('last-event-id')).toBe('42');
  });

  it('maps failures: http-error (status, excerpt), network-error, aborted, invalid-option for bad sources', async () => {
    await expect(
      openSource(
        new Response('{"error":{"type":"invalid_request_error","message":"bad key sk-ant-api03-secretsecret"}}', {
          status: 401,
        }),
      ),
    ).rejects.toMatchObject({
      code: 'http-error',
      status: 401,
      providerType: 'invalid_request_error',
      bodyExcerpt: '{"error":{"type":"invalid_request_error","message":"bad key sk-[redacted]"}}',
    });
    const failing = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    await expect(openSource('https://example.test', { fetch: failing })).rejects.toMatchObject({
      code: 'network-error',
    });
    // A source function: fetch's TypeError is the network; any other rejection is the app's code.
    await expect(openSource(() => Promise.reject(new TypeError('fetch failed')))).rejects.toMatchObject({
      code: 'network-error',
      message: 'The request failed: fetch failed',
    });
    const refresh = new Error('token refresh failed: 401');
    await expect(openSource(async () => Promise.reject(refresh))).rejects.toMatchObject({
      code: 'callback-error',
      message: 'source() rejected: token refresh failed: 401',
      cause: refresh,
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      openSource('https://example.test', { fetch: failing, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'aborted' });
    await expect(openSource(42 as never)).rejects.toMatchObject({
      code: 'invalid-option',
      message: expect.stringContaining('source must be'),
    });
  });

  it('knows which sources can be requested again', () => {
    expect(isRepeatableSource('https://a.test')).toBe(true);
    expect(isRepeatableSource(new URL('https://a.test'))).toBe(true);
    expect(isRepeatableSource(() => new Response(''))).toBe(true);
    expect(isRepeatableSource(new Response(''))).toBe(false);
    expect(isRepeatableSource(iterate(['x']))).toBe(false);
  });
});

describe('redaction', () => {
  it('removes common credentials and bounds the excerpt', () => {
    const input = [
      'Authorization: Bearer eyJhbGciOi.abc-def_ghi',
      'key=sk-proj-1234567890abcdef',
      'google AIzaSyA1234567890abcdefghijklmnop',
      '{"api_key": "abc123", "x-api-key":"zzz", "password":"hunter2"}',
      'https://x.test/v1?key=AIzaSecret123&alt=sse',
      'prompt_tokens: 12',
    ].join('\n');
    const output = redactSecrets(input);
    for (const secret of ['eyJhbGciOi', '1234567890abcdef', 'SyA1234567890', 'abc123', 'zzz', 'hunter2', 'Secret123'])
      expect(output).not.toContain(secret);
    expect(output).toContain('prompt_tokens: 12');
    expect(output).toContain('alt=sse');
    const excerpt = createBodyExcerpt('x'.repeat(2000));
    expect(excerpt).toHaveLength(500);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});

describe('backoff', () => {
  it('grows exponentially, honours Retry-After, caps at maxDelay', () => {
    const policy = resolveRetry({ initialDelay: 100, factor: 2, maxDelay: 1000 });
    if (!policy) throw new Error('policy expected');
    expect([0, 1, 2, 3, 4].map((index) => backoffDelay(policy, index, null))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(policy, 0, '0.5')).toBe(500);
    expect(backoffDelay(policy, 0, '120')).toBe(1000);
    expect(backoffDelay(policy, 0, new Date(10_300).toUTCString(), 10_000)).toBe(0);
    expect(resolveRetry(false)).toBeUndefined();
    expect(resolveRetry(true)?.attempts).toBe(2);
  });
});

describe('readProviderEvents limits', () => {
  it('rejects with size-limit for an oversized event and never resumes on it', async () => {
    const { readProviderEvents } = await import('../../../src/core/transport/read-provider-events.js');
    const { items, error } = await collect(
      readProviderEvents({
        source: iterate([`id: 1\ndata: ${'x'.repeat(3000)}`]),
        provider: 'text',
        maxBufferSize: 1000,
        resume: true,
      }),
    );
    expect(items).toEqual([]);
    expect(error).toMatchObject({ code: 'size-limit' });
  });
});

describe('after the end marker', () => {
  it('a connection failure after [DONE] is not an error; before it, it is', async () => {
    const { readProviderEvents } = await import('../../../src/core/transport/read-provider-events.js');
    async function* breaking(afterDone: boolean): AsyncGenerator<string> {
      yield `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: '{}' }, finish_reason: 'stop' }] })}\n\n`;
      if (afterDone) yield 'data: [DONE]\n\n';
      throw new Error('ECONNRESET');
    }
    const complete = await collect(readProviderEvents({ source: breaking(true), provider: 'openai-chat' }));
    expect(complete.error).toBeUndefined();
    expect(complete.items.at(-1)).toEqual({ type: 'end' });
    const cut = await collect(readProviderEvents({ source: breaking(false), provider: 'openai-chat' }));
    expect(cut.error).toMatchObject({ code: 'network-error' });
  });
});
