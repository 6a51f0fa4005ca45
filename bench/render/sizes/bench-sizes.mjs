// `npm run bench:render -- --sizes`: first screen (render → first painted frame, production build)
// for List 10^5, KeyValue / Card 10^4 keys, Table 200 × 2,000, line Chart 10^5 points, bar Chart
// 20,000 categories and Text 16 M characters, in headless system Chromium (/usr/bin/chromium,
// playwright-core). Median of --runs N (default 3) fresh pages per case, case order rotated per run.
// Writes the "First screen at size" section of bench/RESULTS.md (between its markers) unless --no-write.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { openSizesPage } from './sizes-page.mjs';

const projectRoot = resolve(import.meta.dirname, '../../..');
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '3');
const write = !args.includes('--no-write');
const cases = ['list-100k', 'key-value-10k', 'card-10k', 'table-200x2000', 'line-100k', 'bar-20k', 'text-16m'];
const labels = {
  'list-100k': 'List, 10⁵ items',
  'key-value-10k': 'KeyValue, 10⁴ keys',
  'card-10k': 'Card, 10⁴ keys',
  'table-200x2000': 'Table, 200 rows × 2,000 columns',
  'line-100k': 'line Chart, 10⁵ points',
  'bar-20k': 'bar Chart, 20,000 categories',
  'text-16m': 'Text, 16 M characters',
};

const { origin, browser, close } = await openSizesPage({ minify: true });
try {
  const times = Object.fromEntries(cases.map((name) => [name, []]));
  const loads = [];
  for (let run = 0; run < runs; run++) {
    const order = cases.map((_, index) => cases[(index + run) % cases.length]);
    for (const name of order) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${origin}/index.html?case=${name}`);
      await page.waitForFunction(() => typeof window.runSizeCase === 'function', undefined, { timeout: 120_000 });
      loads.push(loadavg()[0]);
      const ms = await page.evaluate(() => window.runSizeCase());
      const nodes = await page.evaluate(() => document.getElementById('root').querySelectorAll('*').length);
      if (errors.length > 0) throw new Error(`${name}: ${errors.join(' ')}`);
      times[name].push({ ms, nodes });
      console.log(`run ${run + 1} ${name.padEnd(15)} ${ms.toFixed(1)} ms, ${nodes} elements`);
      await context.close();
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const version = await browser.version();
  const rows = cases.map((name) => {
    const ms = times[name].map((one) => one.ms);
    const nodes = times[name][0].nodes;
    const value = median(ms);
    return `| ${labels[name]} | ${value.toFixed(0)} ms | ${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} ms | ${nodes.toLocaleString('en-US')} | ${value <= 100 ? 'yes' : 'no'} |`;
  });
  const section = [
    '<!-- render-sizes:start -->',
    '## First screen at size',
    '',
    `\`npm run bench:render -- --sizes\` (bench/render/sizes/): production build, headless Chromium ${version}, ${cpus().length} cores, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ${runs} fresh pages per case, case order rotated. Time from \`root.render\` to the first frame painted after the commit (the data is built before the clock). Budget: ≤ 100 ms.`,
    '',
    '| case | median | range | DOM elements | ≤ 100 ms |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '<!-- render-sizes:end -->',
  ].join('\n');
  console.log(`\n${section}`);
  if (write) {
    const file = join(projectRoot, 'bench/RESULTS.md');
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('<!-- render-sizes:start -->');
    const end = text.indexOf('<!-- render-sizes:end -->');
    const next =
      start >= 0 && end > start
        ? `${text.slice(0, start)}${section}${text.slice(end + '<!-- render-sizes:end -->'.length)}`
        : text.replace('<!-- render-bench:end -->', `<!-- render-bench:end -->\n\n${section}`);
    writeFileSync(file, next);
    console.log('Wrote the "First screen at size" section of bench/RESULTS.md');
  }
} finally {
  await close();
}
