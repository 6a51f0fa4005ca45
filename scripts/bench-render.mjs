// `npm run bench:render`: the render benchmark in headless Chromium (playwright-core, the system
// browser at /usr/bin/chromium; never downloads one). Builds bench/render/ with Vite into a
// temporary folder, serves it on 127.0.0.1, and opens one fresh page per variant and run:
//   ripen           useJsonStream + Table (virtualised above 200 rows, its default) + Chart
//   ripen-all-rows  the same with virtualisation off (every row in the DOM, like the baseline)
//   naive           partial-json `parse` of the whole text per chunk + setState + plain markup
// Each page streams the same seeded document (500-row table, 5 × 1,000-point chart) from an
// in-page replay at 2,000 tokens/s. Writes the "Render benchmark" section of bench/RESULTS.md
// (between its markers) and bench/render/results.json.
// Options: --sizes (the first-screen-at-size bench instead, see bench/render/sizes/), --runs N (default 2), --variants a,b,c, --no-write (print only), --from-results
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
const runs = Number(option('runs', '2'));
const variants = option('variants', 'ripen,ripen-all-rows,naive').split(',');
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
    for (const variant of order) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(`${origin}/index.html?variant=${variant}`);
      await page.waitForFunction(() => typeof window.startRenderBench === 'function');
      const cdp = await context.newCDPSession(page);
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
      result.loadAverage = { before: loadBefore, after: loadavg()[0] };
      result.taskCpu = taskCpu;
      result.mainThreadBusy = (after.TaskDuration - before.TaskDuration) * 1000;
      result.scriptTime = (after.ScriptDuration - before.ScriptDuration) * 1000;
      result.layoutTime = (after.LayoutDuration - before.LayoutDuration) * 1000;
      result.styleTime = (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000;
      results.push(result);
      console.log(
        `run ${run} ${variant.padEnd(15)} frames p50 ${result.frames.p50.toFixed(1)} p95 ${result.frames.p95.toFixed(1)} max ${result.frames.max.toFixed(1)} ms · ` +
          `long tasks ${result.longTasks.count} (${result.longTasks.totalDuration.toFixed(0)} ms) · commits ${result.commits.count} (max ${result.commits.perFrameMax}/frame) · ` +
          `rows/commit mean ${result.rowRenders.perCommitMean.toFixed(1)} max ${result.rowRenders.perCommitMax} (re-renders mean ${result.rowRerenders.perCommitMean.toFixed(1)}, final commit ${result.rowRerenders.inFinalCommit}) · busy ${result.mainThreadBusy.toFixed(0)} ms · ` +
          `tasks CPU max ${result.taskCpu?.max.toFixed(0) ?? '—'} ms, >16.7 ms ${result.taskCpu?.over16_7 ?? '—'}, >50 ms ${result.taskCpu?.over50 ?? '—'} · first value in DOM ${result.firstByteToFirstValueInDom?.toFixed(0) ?? '—'} ms, painted ${result.firstByteToFirstPaintedValue?.toFixed(0) ?? '—'} ms · skeleton ${result.skeleton.paintedBeforeFirstByte ? 'yes' : 'no'} · load ${result.loadAverage.before.toFixed(1)}→${result.loadAverage.after.toFixed(1)}`,
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
  const byVariant = new Map();
  for (const result of results) byVariant.set(result.variant, [...(byVariant.get(result.variant) ?? []), result]);
  const metrics = [
    ['Frame duration p50 (ms)', (result) => result.frames.p50, 1],
    ['Frame duration p95 (ms) — target ≤ 16.7', (result) => result.frames.p95, 1],
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
    ['Commits per frame, max (median of runs) — target ≤ 1', (result) => result.commits.perFrameMax, 0],
    ['Frames with more than one commit', (result) => result.commits.framesWithMoreThanOne, 0],
    ['Row renders per commit, mean — target ≤ 2', (result) => result.rowRenders.perCommitMean, 1],
    ['Row renders per commit, p95', (result) => result.rowRenders.perCommitP95, 0],
    ['Row renders per commit, max', (result) => result.rowRenders.perCommitMax, 0],
    ['Row renders, total', (result) => result.rowRenders.total, 0],
    ['Re-renders of rows already shown, per commit, mean', (result) => result.rowRerenders.perCommitMean, 1],
    ['Re-renders of rows already shown, per commit, max', (result) => result.rowRerenders.perCommitMax, 0],
    ['Re-renders of rows already shown, in the final commit', (result) => result.rowRerenders.inFinalCommit, 0],
    ['Re-renders of rows already shown, total', (result) => result.rowRerenders.total, 0],
    ['Series renders, total', (result) => result.seriesRenders, 0],
    ['Main-thread busy (CDP TaskDuration, ms)', (result) => result.mainThreadBusy, 0],
    ['… of which script (ms)', (result) => result.scriptTime, 0],
    ['… of which layout + style (ms)', (result) => result.layoutTime + result.styleTime, 0],
    ['Main-thread tasks: CPU p95 (ms)', (result) => result.taskCpu?.p95, 1],
    ['Main-thread tasks: longest, CPU (ms)', (result) => result.taskCpu?.max, 1],
    ['Tasks over 16.7 ms of CPU (each misses a frame even on an idle core)', (result) => result.taskCpu?.over16_7, 0],
    ['Tasks over 50 ms of CPU (long tasks even on an idle core)', (result) => result.taskCpu?.over50, 0],
    ['Table phase: main-thread CPU (ms)', (result) => result.taskCpu?.tablePhase.total, 0],
    ['Table phase: longest task, CPU (ms)', (result) => result.taskCpu?.tablePhase.max, 1],
    ['Table phase: tasks over 16.7 ms of CPU', (result) => result.taskCpu?.tablePhase.over16_7, 0],
    ['Chart phase: main-thread CPU (ms)', (result) => result.taskCpu?.chartPhase.total, 0],
    ['Chart phase: longest task, CPU (ms)', (result) => result.taskCpu?.chartPhase.max, 1],
    ['Chart phase: tasks over 16.7 ms of CPU', (result) => result.taskCpu?.chartPhase.over16_7, 0],
    ['Streaming duration, first byte → complete (ms)', (result) => result.streamingDuration, 0],
    ['First byte → first value in the DOM (ms)', (result) => result.firstByteToFirstValueInDom ?? Number.NaN, 0],
    ['First byte → first painted value (ms)', (result) => result.firstByteToFirstPaintedValue ?? Number.NaN, 0],
    ['Load average (1 min) of the machine before the run', (result) => result.loadAverage.before, 1],
  ];
  const names = [...byVariant.keys()];
  const medians = (variant, read) => median(byVariant.get(variant).map(read));
  const format = (value, digits) => (Number.isNaN(value) ? '—' : value.toFixed(digits));
  const lines = [];
  lines.push('<!-- render-bench:start -->');
  lines.push('## Render benchmark');
  lines.push('');
  lines.push(
    'Generated by `npm run bench:render` (scripts/bench-render.mjs, page in bench/render/). Measured figures only;',
  );
  lines.push(
    `median of ${runs} run${runs === 1 ? '' : 's'} per variant, each in a fresh page, the order of variants rotated each run; every run is in bench/render/results.json.`,
  );
  lines.push('');
  lines.push(
    `- Machine: ${environment.cpu}, ${environment.processors} processors (nproc); headless Chromium ${environment.chromium} (--disable-gpu)`,
  );
  lines.push(
    `- Versions: React ${environment.react} (production build; commits counted by a minimal \`__REACT_DEVTOOLS_GLOBAL_HOOK__\`, since \`<Profiler>\` is inert in production and React 19's profiling build adds its own per-component logging), Vite ${environment.vite}, partial-json ${environment.partialJson}, playwright-core ${environment.playwrightCore}, Node ${environment.node}; ripen at commit ${environment.commit}; ${environment.date}`,
  );
  const sample = results[0];
  lines.push(
    `- Workload: one JSON document, ${sample.characters.toLocaleString('en')} characters in ${sample.tokens.toLocaleString('en')} seeded tokens of 1–7 characters (mean ≈ 4), replayed in the page at 2,000 tokens/s (an 8 ms timer enqueues every token due by then as one \`ReadableStream\` chunk, as a \`fetch\` body read returns what arrived since the last read) after a 300 ms time to first byte: a 500-row table (6 columns, columns given up front) then a 5-series × 1,000-point line chart.`,
  );
  lines.push(
    '- Variants: **ripen** = `useJsonStream({ source: ReadableStream, provider: "text" })` (frame-coalesced) + `<Table columns>` (memoised rows, virtualised above 200 rows, its default) + `<Chart>`; **ripen-all-rows** = the same with `virtualizeThreshold={Infinity}` (all 500 rows in the DOM, as in the baseline); **naive** = accumulate the text, `partial-json` `parse(text)` per chunk, `setState`, plain non-memoised `<table>` rows and one `<path>` per series.',
  );
  lines.push(
    '- How: frame durations are `requestAnimationFrame` deltas from the first byte to the commit of the complete value; long tasks from `PerformanceObserver("longtask")`; commits from the DevTools hook\'s `onCommitFiberRoot` (one call per commit, bench/render/commit-hook.ts); row renders from the Table\'s `onRowRender` prop (the library calls it in its memoised row) and a counter in the baseline\'s row; main-thread busy is Chrome\'s `TaskDuration` measured in thread CPU time (CDP `Performance.getMetrics`, `timeDomain: threadTicks`) from start to result, so it counts work done, not time spent waiting for a core; "first painted value" is the first task after the paint of the frame that shows the first 3 characters of the first row\'s name (a DOM change made inside a frame callback, as a frame-coalesced commit is, is painted in that same frame); the skeleton check looks for `[data-state="skeleton"]` painted before the first byte.',
  );
  lines.push('');
  const loads = results.map((result) => result.loadAverage.before);
  const maxLoad = Math.max(...loads);
  if (maxLoad > environment.processors * 0.75) {
    lines.push(
      `**Caveat: the machine was shared** — 1-minute load average ${Math.min(...loads).toFixed(1)}–${maxLoad.toFixed(1)} on ${environment.processors} processors during these runs. Wall-clock figures (frame durations, long tasks, first paint) include time spent waiting for a core and vary a lot between runs; the CPU figures (main-thread busy, task CPU from the trace) count only work done, though how much work is done still depends on how many frames and timer ticks ran (each frame can commit, each chunk is parsed). Re-run \`npm run bench:render\` on an idle machine for frame figures that reflect the code alone.`,
    );
    lines.push('');
  }
  lines.push(
    'Ratios are naive ÷ variant: for costs (durations, counts of commits, renders, tasks) above 1× means the variant costs less than the baseline.',
  );
  lines.push('');
  lines.push(
    `| Metric | ${names.join(' | ')} | ${names
      .filter((name) => name !== 'naive')
      .map((name) => `naive ÷ ${name}`)
      .join(' | ')} |`,
  );
  lines.push(
    `| --- | ${names.map(() => '---:').join(' | ')} | ${names
      .filter((name) => name !== 'naive')
      .map(() => '---:')
      .join(' | ')} |`,
  );
  for (const [label, read, digits] of metrics) {
    const values = names.map((name) => medians(name, read));
    const naive = byVariant.has('naive') ? medians('naive', read) : Number.NaN;
    const ratios = names
      .filter((name) => name !== 'naive')
      .map((name) => {
        const value = medians(name, read);
        return Number.isFinite(naive) && value > 0 ? `${(naive / value).toFixed(1)}×` : '—';
      });
    lines.push(`| ${label} | ${values.map((value) => format(value, digits)).join(' | ')} | ${ratios.join(' | ')} |`);
  }
  lines.push(
    `| Skeleton painted before the first byte | ${names
      .map((name) =>
        byVariant.get(name).every((result) => result.skeleton.paintedBeforeFirstByte)
          ? `yes (${format(
              medians(name, (result) => result.skeleton.paintedAheadOfFirstByte ?? Number.NaN),
              0,
            )} ms ahead)`
          : 'no',
      )
      .join(' | ')} | ${names
      .filter((name) => name !== 'naive')
      .map(() => '')
      .join(' | ')} |`,
  );
  lines.push('');
  lines.push(
    "Where the time goes: `npm run bench:render -- --cpu-profile` prints the functions with the most self time per variant; `npm run bench:render -- --without-chart-data-table --variants ripen` measures ripen with the Chart's visually hidden data table stubbed out (diagnostic only, writes nothing).",
  );
  lines.push('');
  lines.push('Targets:');
  for (const name of names.filter((item) => item !== 'naive')) {
    const p95 = medians(name, (result) => result.frames.p95);
    const perFrame = Math.max(...byVariant.get(name).map((result) => result.commits.perFrameMax));
    const rows = medians(name, (result) => result.rowRenders.perCommitMean);
    const skeleton = byVariant.get(name).every((result) => result.skeleton.paintedBeforeFirstByte);
    lines.push(
      `- ${name}: p95 frame ≤ 16.7 ms — ${p95 <= 16.7 ? 'met' : 'NOT met'} (${p95.toFixed(1)} ms); ≤ 1 commit per frame — ${perFrame <= 1 ? 'met' : 'NOT met'} (max ${perFrame}); ≤ 2 row renders per commit — ${rows <= 2 ? 'met' : 'NOT met'} (mean ${rows.toFixed(1)}); skeleton before first byte — ${skeleton ? 'met' : 'NOT met'}.`,
    );
  }
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
