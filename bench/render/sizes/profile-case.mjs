// Diagnostic (not the figures): `node bench/render/sizes/profile-case.mjs line-100k [--runs N] [--profile]`
// builds the sizes page unminified, runs one case in fresh pages and prints its time, the number of
// drawn series paths when the measured frame was painted, and (with --profile) the functions with
// the most self time in a V8 CPU profile of the run, and the number of layouts (a forced layout in
// the commit shows as one more than the frame's own).
import { openSizesPage } from './sizes-page.mjs';

const args = process.argv.slice(2);
const name = args[0] ?? 'line-100k';
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '3');
const profile = args.includes('--profile');
const { origin, browser, outDir, close } = await openSizesPage({ minify: !profile, prefix: 'ripen-profile-case-' });
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/index.html?case=${name}`);
    await page.waitForFunction(() => typeof window.runSizeCase === 'function');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const layouts = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'LayoutCount').value;
    const layoutsBefore = await layouts();
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const ms = await page.evaluate(() => window.runSizeCase());
    const drawnThen = await page.evaluate(() => window.drawnAtResolve ?? -1);
    const layoutCount = (await layouts()) - layoutsBefore;
    let hot = '';
    if (profile) {
      const { profile: data } = await cdp.send('Profiler.stop');
      const self = new Map();
      const byId = new Map(data.nodes.map((node) => [node.id, node]));
      const dt = data.timeDeltas;
      data.samples.forEach((id, index) => {
        const node = byId.get(id);
        const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (dt[index] ?? 0) / 1000);
      });
      hot = [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([key, value]) => `  ${value.toFixed(1).padStart(6)} ms ${key}`)
        .join('\n');
    }
    const paths = await page.evaluate(
      () => document.querySelectorAll('#root .ripen-chart-series path, #root .ripen-chart-series rect').length,
    );
    console.log(
      `run ${run + 1} ${name}: ${ms.toFixed(1)} ms; series shapes at resolve ${drawnThen}, later ${paths}; ${layoutCount} layouts`,
    );
    if (hot) console.log(hot);
    await context.close();
  }
} finally {
  const keep = args.includes('--keep');
  await close({ keep });
  if (keep) console.log(`kept ${outDir}`);
}
