// @vitest-environment node
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRipenError } from '../../../src/core/errors/ripen-error.js';
import type { RipenError } from '../../../src/core/errors/ripen-error.js';
import type { ProviderEvent } from '../../../src/core/providers/types.js';
import { readProviderEvents } from '../../../src/core/transport/read-provider-events.js';
import type { ReadProviderEventsOptions } from '../../../src/core/transport/read-provider-events.js';
import {
  collect,
  createRandom,
  iterate,
  jsonPartTexts,
  loadTranscripts,
  partTexts,
  providerFor,
  randomChunks,
  readFixtureBytes,
} from '../sse/fixture-helpers.js';

const wait = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds));

const transcripts = loadTranscripts();
const requestCounts = new Map<string, number>();
const seenHeaders = new Map<string, IncomingMessage['headers']>();

const contentTypeFor = (file: string): string =>
  file.endsWith('.sse')
    ? 'text/event-stream'
    : file.endsWith('.txt')
      ? 'text/plain; charset=utf-8'
      : 'application/json';

/** Writes bytes in random pieces (seeded) with small random pauses; chunked transfer encoding. */
async function writeSlowly(response: ServerResponse, bytes: Uint8Array, seed: number): Promise<void> {
  const random = createRandom(seed);
  for (const piece of randomChunks(bytes, random, 97)) {
    if (response.destroyed) return;
    response.write(piece);
    const roll = random();
    await (roll < 0.1 ? wait(1 + Math.floor(random() * 3)) : new Promise((resolve) => setImmediate(resolve)));
  }
}

const encoder = new TextEncoder();
const chatChunk = (text: string): string =>
  JSON.stringify({
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta: { content: text }, finish_reason: null }],
  });
const RESUME_PIECES = ['{"ro', 'ws":[', '1,2', ',3', ']', '}'];

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const key = url.pathname + (url.searchParams.get('key') ?? '');
  requestCounts.set(key, (requestCounts.get(key) ?? 0) + 1);
  seenHeaders.set(key, request.headers);
  const route = url.pathname;
  if (route === '/transcript') {
    const file = url.searchParams.get('file') ?? '';
    response.writeHead(200, { 'content-type': contentTypeFor(file) });
    await writeSlowly(response, readFixtureBytes(file), Number(url.searchParams.get('seed') ?? '1'));
    response.end();
    return;
  }
  if (route === '/disconnect') {
    const bytes = readFixtureBytes('sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse');
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    await writeSlowly(response, bytes.subarray(0, Math.floor(bytes.length / 2)), 5);
    response.socket?.destroy();
    return;
  }
  if (route === '/status') {
    const status = Number(url.searchParams.get('code'));
    response.writeHead(status, { 'content-type': 'application/json', 'retry-after': '0' });
    response.end(
      JSON.stringify({
        error: {
          type: status === 429 ? 'rate_limit_error' : 'api_error',
          message: `Failed for key sk-proj-abcdef1234567890 with Bearer abc.def.ghi ${'x'.repeat(900)}`,
        },
      }),
    );
    return;
  }
  if (route === '/flaky') {
    if ((requestCounts.get(key) ?? 0) === 1) {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('busy');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    await writeSlowly(response, readFixtureBytes('sse/openai-chat/openai-python_gpt-4o_json-schema-location.sse'), 9);
    response.end();
    return;
  }
  if (route === '/error-after-200') {
    const bytes = readFixtureBytes('sse/anthropic/llm-anthropic_claude-sonnet-4-5_json-schema-dog.sse');
    const text = new TextDecoder().decode(bytes);
    const cut = text.indexOf('event: content_block_stop');
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    await writeSlowly(response, encoder.encode(text.slice(0, cut)), 3);
    response.end('event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n');
    return;
  }
  if (route === '/no-end') {
    const text = new TextDecoder().decode(
      readFixtureBytes('sse/anthropic/llm-anthropic_claude-sonnet-4-5_json-schema-dog.sse'),
    );
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    await writeSlowly(response, encoder.encode(text.slice(0, text.indexOf('event: message_stop'))), 4);
    response.end();
    return;
  }
  if (route === '/echo') {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const echo = JSON.stringify({
      method: request.method,
      body: JSON.parse(body) as unknown,
      header: request.headers['x-test'] ?? null,
    });
    response.end(`data: ${echo}\n\ndata: [DONE]\n\n`);
    return;
  }
  if (route === '/resume') {
    // Sends ids 1..6; the first connection breaks after id 3. On reconnection the server resends
    // from the Last-Event-ID it got (inclusive, an overlap the client must drop).
    const last = request.headers['last-event-id'];
    const from = typeof last === 'string' ? Number(last) : 1;
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write('retry: 5\n\n');
    for (let id = from; id <= RESUME_PIECES.length; id++) {
      response.write(`id: ${id}\ndata: ${chatChunk(RESUME_PIECES[id - 1] ?? '')}\n\n`);
      await wait(1);
      if (last === undefined && id === 3) {
        response.write('data: {"choices":[{"index":0,"delta":{"content":"LOST'); // unfinished event
        await wait(1);
        response.socket?.destroy();
        return;
      }
    }
    response.end('data: [DONE]\n\n');
    return;
  }
  response.writeHead(404);
  response.end();
}

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function read(
  options: ReadProviderEventsOptions,
): Promise<{ events: ProviderEvent[]; error: RipenError | undefined }> {
  const { items, error } = await collect(readProviderEvents(options));
  if (error !== undefined && !isRipenError(error)) throw error;
  return { events: items, error: error as RipenError | undefined };
}

describe('readProviderEvents over a real HTTP server (127.0.0.1, chunked, random boundaries and pauses)', () => {
  it.each(transcripts.map((entry) => [entry.file] as const))('%s: same events as reading the file', async (file) => {
    const reference = await collect(
      readProviderEvents({ source: iterate([readFixtureBytes(file)]), provider: providerFor(file) }),
    );
    const url = `${base}/transcript?file=${encodeURIComponent(file)}&seed=${file.length}`;
    const { events, error } = await read({ source: url });
    expect(error).toBeUndefined();
    expect(events).toEqual(reference.items);
  });

  it('a mid-stream disconnect rejects with network-error after the events that arrived', async () => {
    const { events, error } = await read({ source: `${base}/disconnect`, provider: 'openai-chat' });
    expect(error?.code).toBe('network-error');
    const text = partTexts(events)[0]?.text ?? '';
    expect(text.length).toBeGreaterThan(50);
    expect(events.some((event) => event.type === 'end')).toBe(false);
  });

  it.each([429, 500])('HTTP %i rejects with http-error, status and a short redacted body excerpt', async (status) => {
    const { events, error } = await read({ source: `${base}/status?code=${status}`, provider: 'anthropic' });
    expect(events).toEqual([]);
    expect(error?.code).toBe('http-error');
    expect(error?.status).toBe(status);
    expect(error?.providerType).toBe(status === 429 ? 'rate_limit_error' : 'api_error');
    expect(error?.bodyExcerpt?.length).toBeLessThanOrEqual(500);
    expect(error?.bodyExcerpt).toContain('sk-[redacted]');
    expect(error?.bodyExcerpt).toContain('Bearer [redacted]');
    expect(error?.bodyExcerpt).not.toContain('abcdef1234567890');
    expect(error?.message).not.toContain('abc.def.ghi');
  });

  it('never re-sends a request by default; opt-in retry recovers from a 503 before the first byte', async () => {
    const once = await read({ source: `${base}/flaky?key=a`, provider: 'openai-chat' });
    expect(once.error?.status).toBe(503);
    expect(requestCounts.get('/flakya')).toBe(1);

    const retried = await read({
      source: `${base}/flaky?key=b`,
      provider: 'openai-chat',
      retry: { attempts: 2, initialDelay: 1 },
    });
    expect(retried.error).toBeUndefined();
    expect(requestCounts.get('/flakyb')).toBe(2);
    expect(JSON.parse(jsonPartTexts(retried.events)[0]?.text ?? '')).toEqual({
      city: 'San Francisco',
      temperature: 61,
      units: 'f',
    });
  });

  it('retry gives up after its attempts with the last http-error', async () => {
    const { error } = await read({
      source: `${base}/status?code=500&key=r`,
      provider: 'openai-chat',
      retry: { attempts: 2, initialDelay: 1 },
    });
    expect(error?.status).toBe(500);
    expect(requestCounts.get('/statusr')).toBe(3);
  });

  it('an error event after a 200 is a typed provider error', async () => {
    const { events, error } = await read({ source: `${base}/error-after-200` });
    expect(error).toBeUndefined();
    const reported = events.flatMap((event) => (event.type === 'error' ? [event.error] : []));
    expect(reported.map((item) => [item.code, item.providerType, item.provider])).toEqual([
      ['provider-error', 'overloaded_error', 'anthropic'],
    ]);
    expect(partTexts(events)[0]?.text.length).toBeGreaterThan(10);
  });

  it('a stream without its end marker yields no end event (the consumer sees it as truncated)', async () => {
    const { events, error } = await read({ source: `${base}/no-end`, provider: 'anthropic' });
    expect(error).toBeUndefined();
    expect(events.some((event) => event.type === 'finish')).toBe(true);
    expect(events.some((event) => event.type === 'end')).toBe(false);
    expect(events.some((event) => event.type === 'error')).toBe(false);
  });

  it('sends any method, body and headers (URL + init), and accepts Response and factory sources', async () => {
    const init: RequestInit = {
      method: 'POST',
      body: JSON.stringify({ prompt: 'hi' }),
      headers: { 'x-test': 'yes', 'content-type': 'application/json' },
    };
    const fromUrl = await read({ source: new URL(`${base}/echo`), init, provider: 'text' });
    expect(JSON.parse(partTexts(fromUrl.events)[0]?.text ?? '')).toEqual({
      method: 'POST',
      body: { prompt: 'hi' },
      header: 'yes',
    });
    expect(fromUrl.events.at(-1)).toEqual({ type: 'end' });

    const fromResponse = await read({ source: await fetch(`${base}/echo`, init), provider: 'text' });
    expect(partTexts(fromResponse.events)).toEqual(partTexts(fromUrl.events));

    const fromFactory = await read({
      source: ({ signal }) => fetch(`${base}/echo`, { ...init, signal: signal ?? null }),
      provider: 'text',
    });
    expect(partTexts(fromFactory.events)).toEqual(partTexts(fromUrl.events));
  });

  it('a custom fetch is used for URL sources', async () => {
    const calls: string[] = [];
    const customFetch: typeof fetch = (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    };
    const { error } = await read({
      source: `${base}/echo`,
      init: { method: 'POST', body: '{}' },
      fetch: customFetch,
      provider: 'text',
    });
    expect(error).toBeUndefined();
    expect(calls).toEqual([`${base}/echo`]);
  });

  it('opt-in resume reconnects with Last-Event-ID without duplicating or losing deltas', async () => {
    const { events, error } = await read({
      source: `${base}/resume`,
      provider: 'openai-chat',
      resume: { attempts: 2 },
    });
    expect(error).toBeUndefined();
    expect(seenHeaders.get('/resume')?.['last-event-id']).toBe('3');
    expect(partTexts(events)[0]?.text).toBe(RESUME_PIECES.join(''));
    expect(events.at(-1)).toEqual({ type: 'end' });
  });

  it('without resume, the same break is a network-error and nothing is re-sent', async () => {
    requestCounts.delete('/resume');
    const { events, error } = await read({ source: `${base}/resume`, provider: 'openai-chat' });
    expect(error?.code).toBe('network-error');
    expect(partTexts(events)[0]?.text).toBe(RESUME_PIECES.slice(0, 3).join(''));
    expect(requestCounts.get('/resume')).toBe(1);
  });

  it('a refused connection is a network-error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { error } = await read({ source: `http://127.0.0.1:${port}/`, provider: 'text' });
    expect(error?.code).toBe('network-error');
  });
});
