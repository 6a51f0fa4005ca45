// Browser end-to-end test of the demo: starts the demo server on 127.0.0.1, drives Debian's
// Chromium with playwright-core, replays a recorded real OpenAI tool-call stream slowly and checks
// that the skeleton is visible before the stream ends and the final values after (when the shared
// corpus is present). Then starts the demo again with RIPEN_SHARED pointing at a missing folder:
// the page says it streams from the mock provider, and every mock dialect goes skeleton →
// streaming → complete; the error, max-tokens and parallel-call scenarios end as they should; a
// "Live" entry appears when an API key is set. Layout shift (layout-shift.mjs) is measured on every
// transcript the demo lists at its fastest and slowest speed, and on every mock scenario at the
// realistic speed: each at most 0.01. Screenshots go to test/artifacts/ (git-ignored).
// Writes its counts to test/artifacts/e2e.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../examples/demo/server.mjs';
import { assertLayoutShift, openReplay } from './layout-shift.mjs';

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

/** A value each complete mock scenario shows once done (project-made data, examples/demo/mock-scenarios.mjs). */
const mockFinalText = {
  'mock-openai-card': 'Halden burr grinder',
  'mock-responses-table': 'Ines Duarte',
  'mock-anthropic-tool': 'Porto, Portugal',
  'mock-gemini-chart': 'Jun',
  'mock-gemini-array-table': 'Nordics',
  'mock-vercel-ai-card': 'Ribeira at sunset',
  'mock-vercel-ai-data-stream': 'Record the onboarding video',
  'mock-ndjson-orders': 'Zoë Martin',
  'mock-text-card': 'Single-dose hopper with bellows',
};

/** Transcripts whose replays are photographed: card with nested card and table, parallel parts, a wrapping table, a nested card. */
const photographed = [
  'openai-json-object-weather',
  'anthropic-parallel-tool-use',
  'vercel-ai-characters',
  'gemini-recipe',
];

// watch: false, so an edit saved in the checkout while the test runs cannot reload a page mid-replay;
// bundled: the layout-shift replays open the built page (/bundled/), 3 files a load instead of ~170.
const server = await startDemoServer({ port: 0, watch: false, bundled: true });
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
  let slowReplays;
  if (server.source !== 'corpus') console.log('  - shared corpus absent: the recorded-transcript checks are skipped');
  else {
    const { ids, fastest, slowest } = await warmUp(server.url);
    // Both speeds open at once; the slow replays (up to 181 events × 400 ms) go on playing in their
    // own pages while the other checks run.
    const [fastReplays, slow] = await Promise.all([
      openReplays(server.url, ids, fastest),
      openReplays(server.url, ids, slowest),
    ]);
    slowReplays = slow;
    await layoutShiftChecks(await fastReplays());
    await recordedChecks();
  }
  await mockChecks();
  if (slowReplays) await layoutShiftChecks(await slowReplays());
} finally {
  await server.close();
  await browser.close();
}

/**
 * Loads the page once (Vite transforms every module, so the parallel pages after it load from its
 * cache) and reads the transcripts and the fastest and slowest speed (ms per event) it offers.
 */
async function warmUp(url) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('[data-testid=status]', { timeout: 30_000 });
    const ids = await page.$$eval('[data-testid=transcript] option', (options) =>
      options.map((option) => option.value).filter((id) => !id.startsWith('live-')),
    );
    const speeds = await page.$$eval('[data-testid=speed] option', (options) =>
      options.map((option) => Number(option.value)),
    );
    return { ids, fastest: Math.min(...speeds), slowest: Math.max(...speeds) };
  } finally {
    await page.close();
  }
}

/**
 * Opens every replay of `ids` at `speed`, each in its own page, all at once; resolves when they
 * have loaded, to a function that waits for their ends and resolves to their results.
 */
async function openReplays(url, ids, speed) {
  const started = Date.now();
  const opened = await Promise.all(
    ids.map((id) => {
      const options = { timeout: 180_000 };
      // A few replays are photographed mid-stream and at the end (test/artifacts/demo-shift-*.png).
      if (photographed.includes(id))
        // Mid-stream: 40 events in when slow; at 10 ms/event a whole replay is 0.1–2 s, so 100 ms in.
        Object.assign(options, {
          screenshots: `${artifacts}/demo-shift-${id}-${speed}ms`,
          midStreamAfter: speed >= 100 ? speed * 40 : 100,
        });
      return openReplay(browser, new URL('bundled/', url).href, id, speed, options).catch((error) => async () => ({
        id,
        speed,
        error,
      }));
    }),
  );
  const loaded = Date.now();
  console.log(
    `  - ${ids.length} replays at ${speed} ms/event: pages loaded in ${((loaded - started) / 1000).toFixed(1)} s`,
  );
  return async () => {
    const results = await Promise.all(opened.map((finish) => finish()));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`  - ${ids.length} replays at ${speed} ms/event: ended ${seconds} s after the first page opened`);
    return results;
  };
}

async function layoutShiftChecks(replays) {
  for (const replay of replays) {
    await check(`layout shift ≤ 0.01: ${replay.id} at ${replay.speed} ms/event`, async () => {
      if (replay.error) throw replay.error;
      console.log(`    ${assertLayoutShift(replay)}`);
    });
  }
}

async function recordedChecks() {
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
      // Labels are the schema title, else the key humanised (windDirection → Wind direction).
      await page.waitForSelector('text=Wind direction', { timeout: 5_000 });
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

  await check('recorded page: says it replays the shared corpus', async () => {
    const source = page.locator('[data-testid=source]');
    if ((await source.getAttribute('data-source')) !== 'corpus') throw new Error('source is not corpus');
    if (!(await source.textContent())?.includes('recorded real LLM transcripts from the shared corpus'))
      throw new Error(`unexpected source text: ${await source.textContent()}`);
  });

  await check('no console errors', async () => {
    const relevant = consoleErrors.filter((text) => !text.includes('favicon'));
    if (relevant.length) throw new Error(relevant.join('\n'));
  });
  await page.close();
}

async function mockChecks() {
  const saved = { shared: process.env.RIPEN_SHARED, key: process.env.OPENAI_API_KEY };
  process.env.RIPEN_SHARED = '/nonexistent/ripen-shared-for-e2e';
  // A fake key only makes the server list the Live entry; the test never selects it.
  process.env.OPENAI_API_KEY = 'sk-e2e-not-a-real-key';
  const mockServer = await startDemoServer({ port: 0, watch: false, bundled: true });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  try {
    await page.goto(mockServer.url);
    await page.waitForSelector('[data-testid=transcript] option[value="mock-openai-card"]', {
      state: 'attached',
      timeout: 30_000,
    });

    await check('no shared folder: the page says it streams the mock provider, and lists a Live entry', async () => {
      if (mockServer.source !== 'mock') throw new Error(`server source ${mockServer.source}`);
      const source = page.locator('[data-testid=source]');
      if ((await source.getAttribute('data-source')) !== 'mock') throw new Error('page source is not mock');
      const text = (await source.textContent()) ?? '';
      if (!text.includes('mock provider') || !text.includes('project-made')) throw new Error(`source text: ${text}`);
      const live = page.locator('[data-testid=transcript] option[value="live-openai"]');
      if ((await live.count()) !== 1) throw new Error('no Live entry although OPENAI_API_KEY is set');
      if (!(await live.textContent())?.startsWith('Live')) throw new Error('the Live entry is not labelled Live');
    });

    // Records, in the page, every status shown and whether a skeleton was on screen with it.
    const recordStates = () =>
      page.evaluate(() => {
        const seen = { statuses: [], skeletonWhile: [] };
        const look = () => {
          const status = document.querySelector('[data-testid=status]')?.textContent ?? '';
          if (seen.statuses.at(-1) !== status) seen.statuses.push(status);
          if (document.querySelector('.ripen-skeleton') && !seen.skeletonWhile.includes(status))
            seen.skeletonWhile.push(status);
        };
        window.__ripenSeen?.observer.disconnect();
        const observer = new MutationObserver(look);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        window.__ripenSeen = { seen, observer };
      });
    const play = async (id) => {
      await page.selectOption('[data-testid=transcript]', id);
      await recordStates();
      await page.click('[data-testid=replay]');
    };

    // The realistic pace (1 s to the first token, 81 tokens/s): at 3× a short scenario could reach the
    // page in one render on a loaded machine, and "streaming" would never be seen.
    await page.selectOption('[data-testid=speed]', '30');
    const scenarios = await (await fetch(new URL('/api/transcripts', mockServer.url))).json();
    const complete = scenarios.filter((scenario) => scenario.complete);
    for (const scenario of complete) {
      await check(`mock ${scenario.title}: skeleton → streaming → complete`, async () => {
        await play(scenario.id);
        await page.waitForSelector('[data-testid=status]:text("complete")', { timeout: 20_000 });
        const { seen } = await page.evaluate(() => ({ seen: window.__ripenSeen.seen }));
        if (!seen.skeletonWhile.some((status) => status === 'connecting' || status === 'streaming'))
          throw new Error(`no skeleton before the end (statuses ${seen.statuses.join(' → ')})`);
        if (!seen.statuses.includes('streaming')) throw new Error(`never streaming: ${seen.statuses.join(' → ')}`);
        const expected = mockFinalText[scenario.id];
        if (expected && (await page.getByText(expected).count()) === 0)
          throw new Error(`final value missing: ${expected}`);
        if ((await page.locator('[aria-busy="true"]').count()) !== 0)
          throw new Error('still aria-busy after completion');
        await page.screenshot({ path: `${artifacts}/demo-${scenario.id}-complete.png`, fullPage: true });
      });
    }
    await page.selectOption('[data-testid=speed]', '10');
    await check('every mock dialect has a complete scenario', async () => {
      const covered = new Set(complete.map((scenario) => scenario.dialect));
      const dialects = new Set(scenarios.map((scenario) => scenario.dialect));
      if (dialects.size !== 9 || covered.size !== dialects.size)
        throw new Error(`complete: ${[...covered].join(', ')}; all: ${[...dialects].join(', ')} (expected 9)`);
    });

    await check('mock: Gemini streamed function-call arguments (partialArgs) fill the recipe card', async () => {
      await play('mock-gemini-streamed-args');
      await page.waitForSelector('[data-testid=status]:text("complete")', { timeout: 20_000 });
      if ((await page.getByText('Lemon barley risotto').count()) === 0) throw new Error('recipe name missing');
      if ((await page.getByText('Fold in lemon zest, juice and grated pecorino.').count()) === 0)
        throw new Error('recipe step missing');
      await page.screenshot({ path: `${artifacts}/demo-mock-gemini-streamed-args.png`, fullPage: true });
    });

    await check('mock: a skeleton is painted before the first byte (slow speed)', async () => {
      await page.selectOption('[data-testid=speed]', '400');
      await play('mock-anthropic-tool');
      await page.waitForSelector('.ripen-skeleton', { state: 'visible', timeout: 5_000 });
      const status = await page.textContent('[data-testid=status]');
      if (status !== 'connecting') throw new Error(`expected connecting, got ${status}`);
      await page.screenshot({ path: `${artifacts}/demo-mock-skeleton.png`, fullPage: true });
      await page.selectOption('[data-testid=speed]', '10');
    });

    await check('mock: mid-stream, the card shows the fields so far and is still busy', async () => {
      await page.selectOption('[data-testid=speed]', '150');
      await play('mock-vercel-ai-card');
      await page.waitForSelector('text=Porto, Portugal', { timeout: 15_000 });
      const status = await page.textContent('[data-testid=status]');
      if (status !== 'streaming') throw new Error(`expected streaming, got ${status}`);
      if ((await page.locator('[aria-busy="true"]').count()) === 0)
        throw new Error('nothing is aria-busy while streaming');
      await page.screenshot({ path: `${artifacts}/demo-mock-vercel-ai-mid-stream.png`, fullPage: true });
      await page.selectOption('[data-testid=speed]', '10');
    });

    await check('mock: Anthropic overloaded_error mid-stream ends in error, partial value kept', async () => {
      await play('mock-anthropic-error');
      await page.waitForSelector('[data-testid=status]:text("error")', { timeout: 20_000 });
      await page.waitForSelector('[role=alert]:has-text("provider-error")', { timeout: 5_000 });
      if ((await page.getByText('Porto, Portugal').count()) === 0) throw new Error('partial value not kept');
      await page.screenshot({ path: `${artifacts}/demo-mock-anthropic-error.png`, fullPage: true });
    });

    await check('mock: OpenAI max_tokens cut ends truncated', async () => {
      await play('mock-openai-max-tokens');
      await page.waitForSelector('[data-testid=status]:text("truncated")', { timeout: 20_000 });
      if ((await page.getByText('Halden burr grinder').count()) === 0) throw new Error('partial value not shown');
      await page.screenshot({ path: `${artifacts}/demo-mock-openai-max-tokens.png`, fullPage: true });
    });

    await check('mock: parallel tool calls show one part each, the first card staying in place', async () => {
      // Slow speed, so the screenshot catches the moment the second call starts.
      await page.selectOption('[data-testid=speed]', '150');
      await page.selectOption('[data-testid=transcript]', 'mock-anthropic-parallel');
      await recordStates();
      // Records the first card's top (page coordinates) at every DOM change, with the part count.
      await page.evaluate(() => {
        const tops = [];
        const look = () => {
          const card = document.querySelector('.demo-parts > section:first-child > :nth-child(2)');
          if (!card) return;
          const top = Math.round(card.getBoundingClientRect().top + window.scrollY);
          const parts = document.querySelectorAll('.demo-parts > section').length;
          const last = tops.at(-1);
          if (!last || last.top !== top || last.parts !== parts) tops.push({ top, parts });
        };
        window.__ripenTops?.observer.disconnect();
        const observer = new MutationObserver(look);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        window.__ripenTops = { tops, observer };
      });
      await page.click('[data-testid=replay]');
      await page.waitForSelector('.demo-parts > section:nth-child(2)', { timeout: 20_000 });
      await page.screenshot({ path: `${artifacts}/demo-mock-anthropic-parallel-second-call.png`, fullPage: true });
      await page.waitForSelector('[data-testid=status]:text("complete")', { timeout: 30_000 });
      for (const name of ['get_weather', 'get_exchange_rate']) {
        if ((await page.locator(`section[aria-label="Tool call ${name}"]`).count()) !== 1)
          throw new Error(`no part for ${name}`);
      }
      const tops = await page.evaluate(() => window.__ripenTops.tops);
      if (!tops.some((entry) => entry.parts === 1) || !tops.some((entry) => entry.parts === 2))
        throw new Error(`expected one part, then two: ${JSON.stringify(tops)}`);
      const moved = Math.max(...tops.map((entry) => entry.top)) - Math.min(...tops.map((entry) => entry.top));
      if (moved > 1) throw new Error(`the first card moved ${moved} px: ${JSON.stringify(tops)}`);
      await page.screenshot({ path: `${artifacts}/demo-mock-anthropic-parallel.png`, fullPage: true });
      await page.selectOption('[data-testid=speed]', '10');
    });

    // Every mock scenario at the realistic pace (the mock provider's measured first token and tokens/s).
    await layoutShiftChecks(
      await (
        await openReplays(
          mockServer.url,
          scenarios.map((scenario) => scenario.id),
          30,
        )
      )(),
    );

    await check('mock page: no console errors', async () => {
      const relevant = consoleErrors.filter((text) => !text.includes('favicon'));
      if (relevant.length) throw new Error(relevant.join('\n'));
    });
  } finally {
    await page.close();
    await mockServer.close();
    for (const [name, value] of [
      ['RIPEN_SHARED', saved.shared],
      ['OPENAI_API_KEY', saved.key],
    ]) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
writeFileSync(
  `${artifacts}/e2e.json`,
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed, results }, null, 2),
);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
