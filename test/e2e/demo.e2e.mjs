// Browser end-to-end test of the demo: starts the demo server on 127.0.0.1, drives Debian's
// Chromium with playwright-core, replays a recorded real OpenAI tool-call stream slowly and checks
// that the skeleton is visible before the stream ends and the final values after. Screenshots go
// to test/artifacts/ (git-ignored). Writes its counts to test/artifacts/e2e.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../examples/demo/server.mjs';

const artifacts = 'test/artifacts';
mkdirSync(artifacts, { recursive: true });
const results = [];

async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error: String(error?.stack ?? error) });
    console.log(`  ✗ ${name}\n${error?.stack ?? error}`);
  }
}

const server = await startDemoServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=transcript] option[value="openai-tool-call-table"]', {
    state: 'attached',
    timeout: 30_000,
  });

  await check('OpenAI tool-call stream: skeleton while streaming, final values after', async () => {
    await page.selectOption('[data-testid=speed]', '150');
    await page.selectOption('[data-testid=transcript]', 'openai-tool-call-table');
    await page.waitForSelector('[data-testid=status]:text("streaming")', { timeout: 20_000 });
    await page.waitForSelector('.ripen-skeleton', { state: 'visible', timeout: 10_000 });
    if ((await page.textContent('[data-testid=status]')) !== 'streaming')
      throw new Error('the skeleton appeared only after the stream ended');
    const busy = await page.locator('[aria-busy="true"]').count();
    if (busy === 0) throw new Error('nothing is aria-busy while streaming');
    await page.waitForSelector('text=Capital of the Country', { timeout: 20_000 });
    const midStatus = await page.textContent('[data-testid=status]');
    if (midStatus !== 'streaming')
      throw new Error(`expected a partial value during streaming, status was ${midStatus}`);
    await page.screenshot({ path: `${artifacts}/demo-openai-tool-call-mid-stream.png`, fullPage: true });
    await page.waitForSelector('[data-testid=status]:text("complete")', { timeout: 30_000 });
    for (const text of [
      'The capital of Mexico is Mexico City.',
      'The weather in Mexico City is currently sunny.',
      'The product name is Pydantic AI.',
    ]) {
      if ((await page.getByText(text, { exact: true }).count()) === 0) throw new Error(`final value missing: ${text}`);
    }
    if ((await page.locator('[aria-busy="true"]').count()) !== 0) throw new Error('still aria-busy after completion');
    await page.screenshot({ path: `${artifacts}/demo-openai-tool-call-complete.png`, fullPage: true });
  });

  await check(
    'schema skeleton (card, nested card, table columns) is painted before the first value arrives',
    async () => {
      await page.selectOption('[data-testid=speed]', '400');
      await page.selectOption('[data-testid=transcript]', 'openai-json-object-weather');
      await page.waitForSelector('th:has-text("condition")', { timeout: 5_000 });
      await page.waitForSelector('text=windDirection', { timeout: 5_000 });
      if ((await page.getByText('San Francisco, CA').count()) !== 0)
        throw new Error('value already there: the skeleton was not first');
      const status = await page.textContent('[data-testid=status]');
      if (status !== 'connecting' && status !== 'streaming') throw new Error(`unexpected status ${status}`);
      await page.screenshot({ path: `${artifacts}/demo-weather-skeleton.png`, fullPage: true });
    },
  );

  await check('Anthropic max_tokens stream ends truncated, keeping the partial value', async () => {
    await page.selectOption('[data-testid=speed]', '10');
    await page.selectOption('[data-testid=transcript]', 'anthropic-truncated');
    await page.waitForSelector('[data-testid=status]:text("truncated")', { timeout: 20_000 });
    if ((await page.getByText('taxes.txt').count()) === 0)
      throw new Error('partial value (filename taxes.txt) not shown');
    await page.screenshot({ path: `${artifacts}/demo-anthropic-truncated.png`, fullPage: true });
  });

  await check('no console errors', async () => {
    const relevant = consoleErrors.filter((text) => !text.includes('favicon'));
    if (relevant.length) throw new Error(relevant.join('\n'));
  });
} finally {
  await browser.close();
  await server.close();
}

const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
writeFileSync(
  `${artifacts}/e2e.json`,
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed, results }, null, 2),
);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
