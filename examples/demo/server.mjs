// The demo's local server on 127.0.0.1: replays the recorded real SSE transcripts of the shared
// corpus at realistic pacing when that folder is present, otherwise streams the project's own
// scenarios from ripen/testing's mock provider (every dialect, measured pacing); serves the demo
// page through Vite, and (only when an API key is set) proxies one live request to OpenAI or
// Anthropic. Used by `npm run demo` and by the browser test.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { transcripts } from './transcripts.mjs';
import { mockScenarios } from './mock-scenarios.mjs';
import { corpusPath, hasShared } from '../../scripts/shared-folder.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');

/** The live providers whose API key is set in the environment. */
function liveProviders() {
  return [
    ...(process.env.OPENAI_API_KEY ? [{ id: 'live-openai', provider: 'openai', dialect: 'openai-chat' }] : []),
    ...(process.env.ANTHROPIC_API_KEY ? [{ id: 'live-anthropic', provider: 'anthropic', dialect: 'anthropic' }] : []),
  ];
}

/**
 * Where the demo's streams come from: the recorded real transcripts of the shared corpus, read in
 * place (../shared, or $RIPEN_SHARED), when present; else the mock provider's project-made scenarios.
 */
function resolveSource() {
  if (hasShared('corpus', 'sse')) {
    const root = corpusPath('sse');
    return {
      kind: 'corpus',
      root,
      entries: transcripts,
      description: `recorded real LLM transcripts from the shared corpus (${root}; origin and licence in its SOURCES.md)`,
    };
  }
  return {
    kind: 'mock',
    root: undefined,
    entries: mockScenarios,
    description:
      'mock provider (ripen/testing createMockProvider): project-made scenarios written in each provider’s wire format, ' +
      'tokenized with gpt-tokenizer (o200k_base), first token after 1032 ms and 81 tokens/s (medians measured on GPT-5.2 by the OpenUI benchmark)',
  };
}

/** Waits `ms`, or until `signal` aborts; the abort listener is removed either way (no build-up per event). */
const sleep = (ms, signal) =>
  new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

async function replay(request, response, url, vite, source) {
  const id = url.pathname.slice('/api/stream/'.length);
  const transcript = source.entries.find((entry) => entry.id === id);
  if (!transcript) {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { type: 'not_found', message: `No transcript ${id}` } }));
    return;
  }
  const delay = Math.max(1, Math.min(5000, Number(url.searchParams.get('delay') ?? 30)));
  if (source.kind === 'mock') {
    // The speed menu's 30 ms / event is the measured pace (time factor 1); 10 ms plays 3× faster.
    const { createMockProvider } = await vite.ssrLoadModule(path.join(projectRoot, 'src/testing/index.ts'));
    createMockProvider({ ...transcript.mock, timeFactor: 30 / delay }).handler(request, response);
    return;
  }
  const bytes = new Uint8Array(await readFile(path.join(source.root, transcript.file)));
  // The units sent one at a time (SSE events with their blank line, or lines / array elements),
  // split by ripen/testing's own splitter, loaded through Vite from the TypeScript source.
  const { splitTranscript, detectTranscriptFormat } = await vite.ssrLoadModule(
    path.join(projectRoot, 'src/testing/split-transcript.ts'),
  );
  const units = splitTranscript(bytes, detectTranscriptFormat(bytes));
  const closed = new AbortController();
  request.on('close', () => closed.abort());
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  response.flushHeaders();
  // Deterministic jitter (±25%) around the chosen delay, like a real model's token cadence.
  let seed = 7;
  for (const unit of units) {
    if (closed.signal.aborted) return;
    seed = (seed * 1103515245 + 12345) % 2147483648;
    await sleep(delay * (0.75 + (seed / 2147483648) * 0.5), closed.signal);
    response.write(unit);
  }
  response.end();
}

async function live(request, response, url) {
  const provider = url.searchParams.get('provider') === 'anthropic' ? 'anthropic' : 'openai';
  const key = provider === 'anthropic' ? process.env.ANTHROPIC_API_KEY : process.env.OPENAI_API_KEY;
  if (!key) {
    response.writeHead(501, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        error: {
          type: 'not_configured',
          message: `Set ${provider === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY'} to use the live route.`,
        },
      }),
    );
    return;
  }
  // Stop the upstream request when the page goes away (another entry picked, tab closed).
  const closed = new AbortController();
  request.on('close', () => closed.abort());
  const prompt =
    url.searchParams.get('prompt') ??
    'Return a JSON product card: {"title","subtitle","price","rating","features":[...]} for a coffee grinder.';
  const upstream =
    provider === 'anthropic'
      ? await fetch('https://api.anthropic.com/v1/messages', {
          method: 'POST',
          signal: closed.signal,
          headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
          body: JSON.stringify({
            model: process.env.ANTHROPIC_MODEL ?? 'claude-sonnet-4-5',
            max_tokens: 1024,
            stream: true,
            messages: [{ role: 'user', content: `${prompt} Answer with JSON only.` }],
          }),
        })
      : await fetch('https://api.openai.com/v1/chat/completions', {
          method: 'POST',
          signal: closed.signal,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({
            model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
            stream: true,
            response_format: { type: 'json_object' },
            messages: [{ role: 'user', content: prompt }],
          }),
        });
  response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/event-stream' });
  if (!upstream.body) return response.end();
  try {
    for await (const chunk of upstream.body) response.write(chunk);
  } catch (error) {
    if (!closed.signal.aborted) throw error;
  }
  response.end();
}

const bundleTypes = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves a file of the built page (`/bundled/…`; anything else there is the page itself). */
async function serveBundle(folder, pathname, response) {
  const name = path.basename(pathname.slice('/bundled/'.length)) || 'index.html';
  const file = pathname.startsWith('/bundled/assets/')
    ? path.join(folder, 'assets', name)
    : path.join(folder, 'index.html');
  const body = await readFile(file);
  response.writeHead(200, { 'content-type': bundleTypes[path.extname(file)] ?? 'application/octet-stream' });
  response.end(body);
}

/**
 * Starts the demo server. Options: `port` (default 5173; 0 picks a free one), `host`
 * (default 127.0.0.1), `watch` (default true: source edits reload the page; the browser test
 * passes false, so an edit made while it runs cannot reload a page mid-replay), `bundled`
 * (default false: when true, the page is also built once, in development mode like the dev page
 * (React's checks, StrictMode), into a temporary folder and served at `/bundled/`: 3 files a load
 * instead of about 170 modules, for tests that open many pages at once).
 * Returns `{ url, close, source }` (`source`: 'corpus' or 'mock').
 */
export async function startDemoServer({ port = 5173, host = '127.0.0.1', watch = true, bundled = false } = {}) {
  const vitePackage = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  const server = createServer();
  const source = resolveSource();
  // A function: the dev server and the build each get their own plugin instances.
  const pageConfig = () => ({
    root: here,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: {
        'ripen/styles.css': path.join(projectRoot, 'src/styles/ripen.css'),
        ripen: path.join(projectRoot, 'src/index.ts'),
      },
    },
  });
  const vite = await vitePackage.createServer({
    ...pageConfig(),
    server: { middlewareMode: true, hmr: { server }, ...(watch ? {} : { watch: null }) },
    appType: 'spa',
  });
  const bundle = bundled ? await mkdtemp(path.join(tmpdir(), 'ripen-demo-')) : undefined;
  if (bundle) {
    try {
      await vitePackage.build({
        ...pageConfig(),
        logLevel: 'error',
        mode: 'development',
        base: '/bundled/',
        build: { outDir: bundle, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
      });
    } catch (error) {
      await vite.close();
      await rm(bundle, { recursive: true, force: true });
      throw error;
    }
  }
  server.on('request', (request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    const fail = (error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { type: 'server_error', message: String(error?.message ?? error) } }));
    };
    if (url.pathname === '/api/config') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ source: source.kind, description: source.description, live: liveProviders() }));
    } else if (url.pathname === '/api/transcripts') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          source.entries.map(({ id, title, provider, schema, complete, mock }) => ({
            id,
            title,
            provider,
            schema,
            complete,
            dialect: mock?.dialect,
          })),
        ),
      );
    } else if (url.pathname.startsWith('/api/stream/')) {
      replay(request, response, url, vite, source).catch(fail);
    } else if (url.pathname === '/api/live') {
      live(request, response, url).catch(fail);
    } else if (bundle && url.pathname.startsWith('/bundled/')) {
      serveBundle(bundle, url.pathname, response).catch(fail);
    } else {
      vite.middlewares(request, response);
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    source: source.kind,
    close: async () => {
      await vite.close();
      if (bundle) await rm(bundle, { recursive: true, force: true });
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
