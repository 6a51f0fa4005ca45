// `npm run bench:render`: the render benchmark in headless Chromium (playwright-core, the system
// browser at /usr/bin/chromium; never downloads one). Builds bench/render/ with Vite into a
// temporary folder, serves it on 127.0.0.1, and opens one fresh page per variant and run:
//   ripen           useJsonStream + Table (virtualised above 200 rows, its default) + Chart
//   ripen-all-rows  the same with virtualisation off (every row in the DOM, like the baseline)
//   naive           partial-json `parse` of the whole text per chunk + setState + plain markup
// Each page streams the same seeded document (500-row table, 5 × 1,000-point chart) from an
// in-page replay at 2,000 tokens/s. Writes the "Render benchmark" section of bench/RESULTS.md
// (between its markers) and bench/render/results.json.
// Every variant runs at each CPU throttling rate (Chrome's CDP Emulation.setCPUThrottlingRate:
// 1 = none, 4 = the CPU four times slower), --runs times, the order of variants rotated each run.
// Options: --sizes (the first-screen-at-size bench instead, see bench/render/sizes/), --runs N (default 3), --rates 1,4 (default), --variants a,b,c (default ripen,naive; ripen-all-rows is the Table without virtualisation), --no-write (print only), --from-results
// (rewrite the RESULTS.md section from bench/render/results.json without measuring), --cpu-profile (an
// unminified build and a V8 CPU profile per page: prints the functions with the most self time;
// profiling slows the page, so its runs are for finding hot spots, not for the figures),
// --without-chart-data-table (diagnostic: the Chart's hidden data table replaced by
// bench/render/what-if/chart-data-table-stub.tsx; prints figures, writes nothing).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
const argumentsList = process.argv.slice(2);
if (argumentsList.includes('--sizes')) {
  // First screen at size (List 10^5, KeyValue/Card 10^4 keys, Table 200 × 2,000, Chart 10^5 points
  // and 20,000 bars, Text 16 M characters): bench/render/sizes/bench-sizes.mjs.
  await import('../bench/render/sizes/bench-sizes.mjs');
  process.exit(0);
}
const option = (name, fallback) => {
  const index = argumentsList.indexOf(`--${name}`);
  return index >= 0 ? argumentsList[index + 1] : fallback;
};
const runs = Number(option('runs', '3'));
const variants = option('variants', 'ripen,naive').split(',');
const rates = option('rates', '1,4').split(',').map(Number);
const cpuProfile = argumentsList.includes('--cpu-profile');
const withoutChartDataTable = argumentsList.includes('--without-chart-data-table');
const write = !argumentsList.includes('--no-write') && !cpuProfile && !withoutChartDataTable;
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

if (argumentsList.includes('--from-results')) {
  const saved = JSON.parse(readFileSync(join(projectRoot, 'bench/render/results.json'), 'utf8'));
  const section = renderSection(
    saved.environment,
    saved.results,
    Math.max(...saved.results.map((result) => result.run)),
  );
  writeSection(join(projectRoot, 'bench/RESULTS.md'), section);
  console.log(section);
  process.exit(0);
}

const { build } = await import('vite');
const { chromium } = await import('playwright-core');

const outputDirectory = mkdtempSync(join(tmpdir(), 'ripen-bench-render-'));
let server;
let browser;
try {
  console.log('Building bench/render with Vite…');
  const stub = join(projectRoot, 'bench/render/what-if/chart-data-table-stub.tsx');
  await build({
    configFile: join(projectRoot, 'bench/render/vite.config.ts'),
    ...(withoutChartDataTable
      ? { resolve: { alias: [{ find: /^\.\/chart-data-table\.js$/, replacement: stub }] } }
      : {}),
    build: { outDir: outputDirectory, ...(cpuProfile ? { minify: false } : {}) },
  });

  const contentTypes = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(outputDirectory, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(outputDirectory) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const origin = `http://127.0.0.1:${server.address().port}`;

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const results = [];
  for (let run = 1; run <= runs; run++) {
    // Rotate the order each run, so no variant always goes first (a fresh browser context) or last.
    const order = variants.map((_, index) => variants[(index + run - 1) % variants.length]);
    const rateOrder = rates.map((_, index) => rates[(index + run - 1) % rates.length]);
    for (const [variant, rate] of rateOrder.flatMap((rate) => order.map((variant) => [variant, rate]))) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(`${origin}/index.html?variant=${variant}`);
      await page.waitForFunction(() => typeof window.startRenderBench === 'function');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const loadBefore = loadavg()[0];
      const before = await readMetrics(cdp);
      if (cpuProfile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      if (!cpuProfile)
        await browser.startTracing(page, {
          categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'],
        });
      await page.evaluate(() => window.startRenderBench());
      await page.waitForFunction(
        () => window.renderBenchResult !== undefined || window.renderBenchError !== undefined,
        undefined,
        { timeout: 180_000, polling: 250 },
      );
      const after = await readMetrics(cdp);
      const taskCpu = cpuProfile ? undefined : summarizeTaskCpu(await browser.stopTracing());
      if (cpuProfile) printHotFunctions(variant, (await cdp.send('Profiler.stop')).profile);
      const { result, error } = await page.evaluate(() => ({
        result: window.renderBenchResult,
        error: window.renderBenchError,
      }));
      if (error || !result) throw new Error(`variant ${variant}: ${error ?? 'no result'} ${pageErrors.join(' ')}`);
      result.run = run;
      result.cpuThrottling = rate;
      result.loadAverage = { before: loadBefore, after: loadavg()[0] };
      result.taskCpu = taskCpu;
      result.mainThreadBusy = (after.TaskDuration - before.TaskDuration) * 1000;
      result.scriptTime = (after.ScriptDuration - before.ScriptDuration) * 1000;
      result.layoutTime = (after.LayoutDuration - before.LayoutDuration) * 1000;
      result.styleTime = (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000;
      results.push(result);
      const navigations = result.navigations
        .map(
          (item) =>
            `${item.framesToCommit ?? '—'} frames/${item.msToCommit?.toFixed(0) ?? '—'} ms/${item.renderAttempts} renders`,
        )
        .join(', ');
      console.log(
        `run ${run} ${rate}× ${variant.padEnd(15)} frames p50 ${result.frames.p50.toFixed(1)} p95 ${result.frames.p95.toFixed(1)} max ${result.frames.max.toFixed(1)} ms · ` +
          `long tasks ${result.longTasks.count} (${result.longTasks.totalDuration.toFixed(0)} ms) · commits ${result.commits.count} (max ${result.commits.perFrameMax}/frame) · ` +
          `rows/commit mean ${result.rowRenders.perCommitMean.toFixed(1)} max ${result.rowRenders.perCommitMax} (re-renders mean ${result.rowRerenders.perCommitMean.toFixed(1)}, final commit ${result.rowRerenders.inFinalCommit}) · busy ${result.mainThreadBusy.toFixed(0)} ms · ` +
          `tasks CPU max ${result.taskCpu?.max.toFixed(0) ?? '—'} ms, >16.7 ms ${result.taskCpu?.over16_7 ?? '—'}, >50 ms ${result.taskCpu?.over50 ?? '—'} · first value in DOM ${result.firstByteToFirstValueInDom?.toFixed(0) ?? '—'} ms, painted ${result.firstByteToFirstPaintedValue?.toFixed(0) ?? '—'} ms (${result.firstValueBytesToPaintFrames ?? '—'} frames, ${result.firstValueBytesToPaint?.toFixed(0) ?? '—'} ms after its bytes) · navigations ${navigations} · frames with >1 commit at ${result.framesWithMoreThanOneCommitAt.map((at) => at.toFixed(0)).join(', ') || 'none'} ms · skeleton ${result.skeleton.paintedBeforeFirstByte ? 'yes' : 'no'} · load ${result.loadAverage.before.toFixed(1)}→${result.loadAverage.after.toFixed(1)}`,
      );
      await context.close();
    }
  }

  const environment = describeEnvironment(await browser.version());
  if (write)
    writeFileSync(
      join(projectRoot, 'bench/render/results.json'),
      `${JSON.stringify({ environment, results }, null, 2)}\n`,
    );
  const section = renderSection(environment, results, runs);
  console.log(`\n${section}`);
  if (write) {
    writeSection(join(projectRoot, 'bench/RESULTS.md'), section);
    console.log('Wrote the "Render benchmark" section of bench/RESULTS.md and bench/render/results.json');
  } else {
    console.log('Nothing written (--no-write, --cpu-profile or --without-chart-data-table).');
  }
} finally {
  await browser?.close();
  server?.close();
  rmSync(outputDirectory, { recursive: true, force: true });
}

/**
 * Main-thread tasks of the page, by CPU time (trace events `RunTask` on the busiest
 * `CrRendererMain` thread, thread-clock duration `tdur`). Unlike wall-clock frame figures, these
 * do not grow when other processes compete for the cores: a task over 16.7 ms of CPU misses a
 * frame even on an idle core; over 50 ms it is a long task even on an idle core.
 */
function summarizeTaskCpu(traceBuffer) {
  const { traceEvents } = JSON.parse(traceBuffer.toString('utf8'));
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const chartPhaseAt = traceEvents.find((event) => event.name === 'render-bench:chart-phase')?.ts;
  const tasksByThread = new Map();
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.name !== 'RunTask' || typeof event.tdur !== 'number') continue;
    const thread = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(thread)) continue;
    tasksByThread.set(thread, [
      ...(tasksByThread.get(thread) ?? []),
      { cpu: event.tdur / 1000, chartPhase: chartPhaseAt !== undefined && event.ts >= chartPhaseAt },
    ]);
  }
  const sum = (values) => values.reduce((total, value) => total + value, 0);
  const cpuOf = (items) => items.map((item) => item.cpu);
  const phased = [...tasksByThread.values()].sort((left, right) => sum(cpuOf(right)) - sum(cpuOf(left)))[0] ?? [];
  const tasks = cpuOf(phased);
  const tablePhase = cpuOf(phased.filter((item) => !item.chartPhase));
  const chartPhase = cpuOf(phased.filter((item) => item.chartPhase));
  const sorted = [...tasks].sort((left, right) => left - right);
  const over = (limit) => tasks.filter((value) => value > limit);
  return {
    count: tasks.length,
    total: sum(tasks),
    p95: sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    over16_7: over(16.7).length,
    over50: over(50).length,
    over50Total: sum(over(50)),
    tablePhase: {
      total: sum(tablePhase),
      max: Math.max(0, ...tablePhase),
      over16_7: tablePhase.filter((value) => value > 16.7).length,
    },
    chartPhase: {
      total: sum(chartPhase),
      max: Math.max(0, ...chartPhase),
      over16_7: chartPhase.filter((value) => value > 16.7).length,
    },
  };
}

/** Prints the functions with the most self time in a V8 CPU profile (name, file:line). */
function printHotFunctions(variant, profile) {
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(profile.samples.length, 1);
  const selfTime = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() || ''}:${lineNumber + 1}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + (node.hitCount ?? 0) * interval);
  }
  const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);
  console.log(`\nCPU profile, ${variant}: top self time (of ${total.toFixed(0)} ms sampled)`);
  for (const [key, time] of [...selfTime].sort((left, right) => right[1] - left[1]).slice(0, 20)) {
    console.log(`  ${time.toFixed(0).padStart(6)} ms  ${key}`);
  }
}

async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

function describeEnvironment(chromiumVersion) {
  const version = (name) =>
    JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  } catch {}
  return {
    date: new Date().toISOString().slice(0, 10),
    commit,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    processors: cpus().length,
    node: process.versions.node,
    chromium: chromiumVersion,
    react: version('react'),
    vite: version('vite'),
    partialJson: version('partial-json'),
    playwrightCore: version('playwright-core'),
  };
}

function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function renderSection(environment, results, runs) {
  const rateList = [...new Set(results.map((result) => result.cpuThrottling ?? 1))].sort((left, right) => left - right);
  const names = [...new Set(results.map((result) => result.variant))];
  const runsOf = (name, rate) =>
    results.filter((result) => result.variant === name && (result.cpuThrottling ?? 1) === rate);
  const medianOf = (name, rate, read) =>
    median(
      runsOf(name, rate)
        .map(read)
        .filter((value) => value !== undefined),
    );
  const maxOf = (name, rate, read) =>
    Math.max(
      ...runsOf(name, rate)
        .map(read)
        .filter((value) => value !== undefined),
    );
  /** The slowest of the run's `startTransition` navigations, in frames (Infinity: one never committed). */
  const navigationFrames = (result) =>
    Math.max(0, ...(result.navigations ?? []).map((item) => item.framesToCommit ?? Infinity));
  const navigationMs = (result) =>
    Math.max(0, ...(result.navigations ?? []).map((item) => item.msToCommit ?? Infinity));
  const navigationRenders = (result) => Math.max(0, ...(result.navigations ?? []).map((item) => item.renderAttempts));
  const metrics = [
    ['Frame duration p50 (ms)', (result) => result.frames.p50, 1],
    ['Frame duration p95 (ms)', (result) => result.frames.p95, 1],
    ['Frame duration max (ms)', (result) => result.frames.max, 1],
    ['Frames over 16.7 ms', (result) => result.frames.over16_7, 0],
    ['Frames measured', (result) => result.frames.count, 0],
    ['Table phase: frame p95 (ms)', (result) => result.tablePhaseFrames.p95, 1],
    ['Chart phase: frame p95 (ms)', (result) => result.chartPhaseFrames.p95, 1],
    ['Long tasks (count)', (result) => result.longTasks.count, 0],
    ['Long tasks (total ms)', (result) => result.longTasks.totalDuration, 0],
    ['Longest task (ms)', (result) => result.longTasks.max, 0],
    ['React commits', (result) => result.commits.count, 0],
    ['React commits per second', (result) => result.commits.perSecond, 1],
    ['Commits per frame, max', (result) => result.commits.perFrameMax, 0],
    ['Frames with more than one commit', (result) => result.commits.framesWithMoreThanOne, 0],
    ['Row renders per commit, mean', (result) => result.rowRenders.perCommitMean, 1],
    ['Row renders, total', (result) => result.rowRenders.total, 0],
    ['Re-renders of rows already shown, total', (result) => result.rowRerenders.total, 0],
    ['Series renders, total', (result) => result.seriesRenders, 0],
    ['Main-thread busy (CDP TaskDuration, CPU ms)', (result) => result.mainThreadBusy, 0],
    ['… of which script (ms)', (result) => result.scriptTime, 0],
    ['… of which layout + style (ms)', (result) => result.layoutTime + result.styleTime, 0],
    ['Main-thread tasks: longest, CPU (ms)', (result) => result.taskCpu?.max, 1],
    ['Tasks over 16.7 ms of CPU', (result) => result.taskCpu?.over16_7, 0],
    ['Table phase: main-thread CPU (ms)', (result) => result.taskCpu?.tablePhase.total, 0],
    ['Chart phase: main-thread CPU (ms)', (result) => result.taskCpu?.chartPhase.total, 0],
    ['Streaming duration, first byte → complete (ms)', (result) => result.streamingDuration, 0],
    ['First byte → first painted value (ms)', (result) => result.firstByteToFirstPaintedValue, 0],
    ['First value: its bytes → painted (ms)', (result) => result.firstValueBytesToPaint, 0],
    ['First value: its bytes → painted (frames)', (result) => result.firstValueBytesToPaintFrames, 0],
    ['`startTransition` navigation → commit, slowest of 2 (frames)', navigationFrames, 0],
    ['`startTransition` navigation → commit, slowest of 2 (ms)', navigationMs, 0],
    ['`startTransition` navigation: renders of the page, most of 2 (1 = never restarted)', navigationRenders, 0],
    ['Load average (1 min) before the run', (result) => result.loadAverage.before, 1],
  ];
  const format = (value, digits) =>
    Number.isFinite(value) ? value.toFixed(digits) : value === Infinity ? 'never' : '—';
  const lines = [];
  lines.push('<!-- render-bench:start -->');
  lines.push('## Render benchmark');
  lines.push('');
  lines.push(
    'Generated by `npm run bench:render` (scripts/bench-render.mjs, page in bench/render/). Measured figures only;',
  );
  lines.push(
    `median of ${runs} run${runs === 1 ? '' : 's'} per variant and CPU rate (${rateList.map((rate) => `${rate}×`).join(', ')}: Chrome's \`Emulation.setCPUThrottlingRate\` over CDP), each in a fresh page, in one run of the script, the order of variants rotated each run; every run is in bench/render/results.json.`,
  );
  lines.push('');
  lines.push(
    `- Machine: ${environment.cpu}, ${environment.processors} processors (nproc); headless Chromium ${environment.chromium} (--disable-gpu)`,
  );
  lines.push(
    `- Versions: React ${environment.react} (production build; commits counted by a minimal \`__REACT_DEVTOOLS_GLOBAL_HOOK__\`, since \`<Profiler>\` is inert in production), Vite ${environment.vite}, partial-json ${environment.partialJson}, playwright-core ${environment.playwrightCore}, Node ${environment.node}; ripen at commit ${environment.commit}; ${environment.date}`,
  );
  const sample = results[0];
  lines.push(
    `- Workload: one JSON document, ${sample.characters.toLocaleString('en')} characters in ${sample.tokens.toLocaleString('en')} seeded tokens of 1–7 characters (mean ≈ 4), replayed in the page at 2,000 tokens/s (an 8 ms timer enqueues every token due by then as one \`ReadableStream\` chunk, as a \`fetch\` body read returns what arrived since the last read) after a 300 ms time to first byte: a 500-row table (6 columns, columns given up front) then a 5-series × 1,000-point line chart. Mid-table and mid-chart, a probe in the same React root starts a navigation in \`startTransition\` (bench/render/navigation-probe.tsx: a page of 40 items, about 8 ms of render work at 1×).`,
  );
  lines.push(
    '- Variants: **ripen** = `useJsonStream({ source: ReadableStream, provider: "text" })` (frame-coalesced) + `<Table columns>` (memoised rows, virtualised above 200 rows, its default) + `<Chart>`; **ripen-all-rows** (only with `--variants`) = the same with `virtualizeThreshold={Infinity}`; **naive** = accumulate the text, `partial-json` `parse(text)` per chunk, `setState`, plain non-memoised `<table>` rows and one `<path>` per series.',
  );
  lines.push(
    '- How: frame durations are `requestAnimationFrame` deltas from the first byte to the commit of the complete value; long tasks from `PerformanceObserver("longtask")`; commits from the DevTools hook\'s `onCommitFiberRoot`, counted per animation frame; main-thread busy is Chrome\'s `TaskDuration` in thread CPU time (CDP `Performance.getMetrics`, `timeDomain: threadTicks`), so it counts work done, not time spent waiting for a core; "first value" is the first 3 characters of the first row\'s name: "its bytes → painted" runs from the enqueue of the chunk that completes it to the first task after the paint that shows it, and in frames counts the animation frames that began meanwhile (1 = painted in the first frame after the bytes); a navigation\'s frames are the animation frames that began between `startTransition` and its commit (a layout effect of the new page), its renders count how often React rendered the page (above 1: thrown away by an urgent update and restarted).',
  );
  lines.push('');
  const loads = results.map((result) => result.loadAverage.before);
  const maxLoad = Math.max(...loads);
  if (maxLoad > environment.processors * 0.75) {
    lines.push(
      `**Caveat: the machine was shared** — 1-minute load average ${Math.min(...loads).toFixed(1)}–${maxLoad.toFixed(1)} on ${environment.processors} processors during these runs. Wall-clock figures (frame durations, long tasks, first paint, navigation ms) include time spent waiting for a core; the CPU figures and the ratios within one run survive load better. Re-run \`npm run bench:render\` on an idle machine for frame figures that reflect the code alone.`,
    );
    lines.push('');
  }
  const challengers = names.filter((name) => name !== 'naive');
  const columns = rateList.flatMap((rate) => [
    ...names.map((name) => ({ label: `${name} ${rate}×`, rate, name })),
    ...(names.includes('naive')
      ? challengers.map((name) => ({ label: `naive ÷ ${name} ${rate}×`, rate, name, ratio: true }))
      : []),
  ]);
  lines.push('Ratios are naive ÷ variant at the same CPU rate: above 1× the variant costs less than the baseline.');
  lines.push('');
  lines.push(`| Metric | ${columns.map((column) => column.label).join(' | ')} |`);
  lines.push(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
  for (const [label, read, digits] of metrics) {
    const cells = columns.map(({ rate, name, ratio }) => {
      const value = medianOf(name, rate, read);
      if (!ratio) return format(value, digits);
      const naive = medianOf('naive', rate, read);
      return Number.isFinite(naive) && Number.isFinite(value) && value > 0 ? `${(naive / value).toFixed(1)}×` : '—';
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  const skeletonCells = columns.map(({ rate, name, ratio }) => {
    if (ratio) return '';
    const all = runsOf(name, rate).every((result) => result.skeleton.paintedBeforeFirstByte);
    const ahead = medianOf(name, rate, (result) => result.skeleton.paintedAheadOfFirstByte);
    return all ? `yes (${format(ahead, 0)} ms ahead)` : 'no';
  });
  lines.push(`| Skeleton painted before the first byte | ${skeletonCells.join(' | ')} |`);
  lines.push('');
  lines.push('Targets of issue 14 item 6 (medians of the runs unless said; "met" / "NOT met"):');
  lines.push('');
  lines.push(`| Target | ${rateList.flatMap((rate) => challengers.map((name) => `${name} ${rate}×`)).join(' | ')} |`);
  lines.push(`| --- | ${rateList.flatMap(() => challengers.map(() => '---')).join(' | ')} |`);
  const verdict = (met, text) => `${met ? 'met' : '**NOT met**'} (${text})`;
  const targets = [
    [
      "Frame p95 ≤ 16.7 ms at 1×, ≤ naive's at 4×",
      (name, rate) => {
        const p95 = medianOf(name, rate, (result) => result.frames.p95);
        if (rate === 1) return verdict(p95 <= 16.7, `${p95.toFixed(1)} ms`);
        const naive = names.includes('naive') ? medianOf('naive', rate, (result) => result.frames.p95) : Number.NaN;
        return verdict(p95 <= naive, `${p95.toFixed(1)} vs naive ${format(naive, 1)} ms`);
      },
    ],
    [
      '0 long tasks (at 1×; counted at 4× too)',
      (name, rate) => {
        const count = medianOf(name, rate, (result) => result.longTasks.count);
        const most = maxOf(name, rate, (result) => result.longTasks.count);
        return rate === 1 ? verdict(count === 0, `median ${count}, most ${most}`) : `median ${count}, most ${most}`;
      },
    ],
    [
      'Main-thread CPU ≥ 5× less than naive',
      (name, rate) => {
        const busy = medianOf(name, rate, (result) => result.mainThreadBusy);
        const naive = names.includes('naive') ? medianOf('naive', rate, (result) => result.mainThreadBusy) : Number.NaN;
        return verdict(
          naive / busy >= 5,
          `${(naive / busy).toFixed(1)}×: ${busy.toFixed(0)} vs ${format(naive, 0)} ms`,
        );
      },
    ],
    [
      'First value painted ≤ 1 frame after its bytes',
      (name, rate) => {
        const frames = medianOf(name, rate, (result) => result.firstValueBytesToPaintFrames);
        const most = maxOf(name, rate, (result) => result.firstValueBytesToPaintFrames);
        const ms = medianOf(name, rate, (result) => result.firstValueBytesToPaint);
        return verdict(
          frames <= 1,
          `median ${format(frames, 0)} frames (most ${format(most, 0)}), ${format(ms, 0)} ms`,
        );
      },
    ],
    [
      '≤ 1 React commit per frame (most in any run)',
      (name, rate) => {
        const most = maxOf(name, rate, (result) => result.commits.perFrameMax);
        const frames = medianOf(name, rate, (result) => result.commits.framesWithMoreThanOne);
        return verdict(most <= 1, `most ${most}; median ${format(frames, 0)} frames with more`);
      },
    ],
    [
      '`startTransition` navigation commits within 2 frames',
      (name, rate) => {
        const frames = medianOf(name, rate, navigationFrames);
        const naive = names.includes('naive') ? medianOf('naive', rate, navigationFrames) : Number.NaN;
        return verdict(frames <= 2, `slowest of 2: median ${format(frames, 0)} frames; naive ${format(naive, 0)}`);
      },
    ],
    [
      '≤ 2 row renders per commit (mean)',
      (name, rate) => {
        const rows = medianOf(name, rate, (result) => result.rowRenders.perCommitMean);
        return verdict(rows <= 2, `${rows.toFixed(1)}`);
      },
    ],
    [
      'Skeleton painted before the first byte (every run)',
      (name, rate) =>
        verdict(
          runsOf(name, rate).every((result) => result.skeleton.paintedBeforeFirstByte),
          `${runsOf(name, rate).filter((result) => result.skeleton.paintedBeforeFirstByte).length} of ${runsOf(name, rate).length} runs`,
        ),
    ],
  ];
  for (const [label, judge] of targets)
    lines.push(
      `| ${label} | ${rateList.flatMap((rate) => challengers.map((name) => judge(name, rate))).join(' | ')} |`,
    );
  lines.push('');
  lines.push(
    "Where the time goes: `npm run bench:render -- --cpu-profile` prints the functions with the most self time per variant; `npm run bench:render -- --without-chart-data-table --variants ripen` measures ripen with the Chart's visually hidden data table stubbed out (diagnostic only, writes nothing).",
  );
  lines.push('<!-- render-bench:end -->');
  return lines.join('\n');
}

function writeSection(file, section) {
  const start = '<!-- render-bench:start -->';
  const end = '<!-- render-bench:end -->';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
