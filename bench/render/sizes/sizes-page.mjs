// The sizes page built by Vite into a temporary folder, served on loopback and opened in headless
// system Chromium (playwright-core, the project's flags): shared by bench-sizes.mjs (the figures)
// and profile-case.mjs (one case, for diagnosis).
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Builds the page (`minify`: production-like; false keeps names readable in a CPU profile), serves
 * it on 127.0.0.1 and launches Chromium. `close({ keep })` closes both and removes the build unless kept.
 * @returns {Promise<{ origin: string, browser: import('playwright-core').Browser, outDir: string, close: (options?: { keep?: boolean }) => Promise<void> }>}
 */
export async function openSizesPage({ minify = true, prefix = 'ripen-bench-sizes-' } = {}) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { chromium } = await import('playwright-core');
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  let server;
  let browser;
  const close = async ({ keep = false } = {}) => {
    await browser?.close();
    server?.close();
    if (!keep) rmSync(outDir, { recursive: true, force: true });
  };
  try {
    await build({
      root: import.meta.dirname,
      base: './',
      plugins: [react()],
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, minify, sourcemap: false, reportCompressedSize: false },
    });
    server = createServer((request, response) => {
      const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      const file = normalize(join(outDir, pathname === '/' ? 'index.html' : pathname));
      if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile())
        return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    return { origin: `http://127.0.0.1:${server.address().port}`, browser, outDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
