// Screenshots of built Storybook stories in headless system Chromium (playwright-core), saved to
// test/artifacts/ (git-ignored). Run `npm run build-storybook` first, then:
//   npx node@24 scripts/screenshot-stories.mjs [story-id[:theme] ...]
// Each story is opened in its iframe, and the screenshot is taken once its subject shows an end
// state (`data-state` complete / truncated / error) or, for states grids, at once; with
// `story-id@1500` it is taken 1500 ms after the subject first shows `streaming` (mid-stream).
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..', 'storybook-static');
const output = join(import.meta.dirname, '..', 'test', 'artifacts');
if (!existsSync(join(root, 'iframe.html'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
mkdirSync(output, { recursive: true });

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path === '/' ? 'index.html' : path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

const stories =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [
        'components-card--dashboard',
        'components-table--orders-200-rows:dark',
        'components-chart--multi-series',
        'components-card--states',
        'components-agentsteps--flight-search:dark',
        'components-chart--multi-series@2000',
      ];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  for (const entry of stories) {
    const [target, at] = entry.split('@');
    const [id, theme = 'light'] = target.split(':');
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
    if (at !== undefined) {
      await page.waitForSelector('[data-testid="subject"] [data-state="streaming"]', { timeout: 60_000 });
      await page.waitForTimeout(Number(at));
    } else if (id.includes('--states')) await page.waitForSelector('figure[data-expected-state]', { timeout: 30_000 });
    else {
      await page
        .waitForFunction(
          () =>
            ['complete', 'truncated', 'error'].includes(
              document.querySelector('[data-testid="subject"] [data-state]')?.getAttribute('data-state') ?? '',
            ),
          undefined,
          { timeout: 90_000 },
        )
        .catch(async (error) => {
          console.error(
            `${id}: no end state;`,
            (
              await page
                .locator('#storybook-root')
                .innerText()
                .catch(() => '')
            ).slice(0, 600),
          );
          throw error;
        });
    }
    if (at === undefined) await page.waitForTimeout(800); // let entry animations finish
    const file = join(output, `${id}${theme === 'dark' ? '-dark' : ''}${at === undefined ? '' : `-at-${at}ms`}.png`);
    // Long stories (the 200-row table) are cut at the viewport.
    await page.screenshot({ path: file, fullPage: !id.startsWith('components-table') });
    console.log(`saved ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
