// Parser benchmark: stream seeded documents in ~4-character chunks with a snapshot after every
// chunk, and compare ripen with other partial-JSON parsers. Run: `npm run bench`
// (`npm run bench -- --write` also rewrites bench/RESULTS.md). Plain Node ESM; the TypeScript
// source is bundled with esbuild to a temporary file first, so no build step is needed.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parse as partialJsonParse, Allow } from 'partial-json';
import { parsePartialJson as aiParsePartialJson } from 'ai';
import { parse as jsonriverParse } from 'jsonriver';
import { JSONParser } from '@streamparser/json';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const version = (name) =>
  JSON.parse(readFileSync(join(root, name === 'ripen' ? '' : `node_modules/${name}`, 'package.json'), 'utf8')).version;
const write = process.argv.includes('--write');

// ---- bundle ripen ----------------------------------------------------------------------------
const outdir = mkdtempSync(join(tmpdir(), 'ripen-bench-'));
const outfile = join(outdir, 'json.mjs');
await build({
  entryPoints: [join(root, 'src/core/json/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  outfile,
  logLevel: 'error',
});
const { createJsonParser } = await import(pathToFileURL(outfile).href);
rmSync(outdir, { recursive: true, force: true });

// ---- seeded documents ------------------------------------------------------------------------
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const words =
  'alpha beta gamma delta epsilon zeta theta lambda sigma omega river stone cloud ember maple quartz harbor lumen orbit cedar'.split(
    ' ',
  );
function sentence(random, count) {
  const out = [];
  for (let index = 0; index < count; index++) out.push(words[Math.floor(random() * words.length)]);
  return out.join(' ');
}
function card(random) {
  return {
    type: 'card',
    title: sentence(random, 6),
    subtitle: sentence(random, 10),
    summary: sentence(random, 120),
    tags: Array.from({ length: 8 }, () => words[Math.floor(random() * words.length)]),
    stats: { views: Math.floor(random() * 1e6), rating: Math.round(random() * 500) / 100, verified: random() > 0.5 },
    author: { name: sentence(random, 2), role: sentence(random, 3), id: `u-${Math.floor(random() * 1e9)}` },
    sections: Array.from({ length: 4 }, () => ({ heading: sentence(random, 4), body: sentence(random, 25) })),
  };
}
function table(random, rows) {
  return {
    type: 'table',
    title: sentence(random, 5),
    columns: ['id', 'name', 'email', 'city', 'score', 'active', 'notes'],
    rows: Array.from({ length: rows }, (_, index) => ({
      id: index + 1,
      name: sentence(random, 2),
      email: `${words[Math.floor(random() * words.length)]}${index}@example.com`,
      city: sentence(random, 1),
      score: Math.round(random() * 10000) / 100,
      active: random() > 0.3,
      notes: sentence(random, 9),
    })),
  };
}
function chart(random, seriesCount, points) {
  return {
    type: 'chart',
    title: sentence(random, 4),
    series: Array.from({ length: seriesCount }, (_, s) => ({
      name: `series ${s}`,
      points: Array.from({ length: points }, (_, x) => ({ x, y: Math.round(random() * 100000) / 100 })),
    })),
  };
}
const random = mulberry32(20240611);
const documents = [
  { name: 'card (~2 KB)', text: JSON.stringify(card(random), null, 2) },
  { name: 'table 200 rows (~40 KB)', text: JSON.stringify(table(random, 200)) },
  { name: 'chart 5×1,000 points (~100 KB)', text: JSON.stringify(chart(random, 5, 1000)) },
  { name: 'table 5,000 rows (~1 MB)', text: JSON.stringify(table(random, 5000)) },
];
function chunk(text, seed) {
  const chunkRandom = mulberry32(seed);
  const chunks = [];
  for (let index = 0; index < text.length; ) {
    const size = 2 + Math.floor(chunkRandom() * 5); // 2..6, mean 4
    chunks.push(text.slice(index, index + size));
    index += size;
  }
  return chunks;
}

// ---- contenders ------------------------------------------------------------------------------
// Each returns { total (ms), tailPerChunk (µs over the last 10% of chunks), final } for a full
// run, or { sampled: true, tailPerChunk, estimatedTotal } when only sampled.
async function runRipen(chunks, { snapshots = true, snapshotEvery = 1, exactSnapshots = false } = {}) {
  const parser = createJsonParser({ exactSnapshots });
  const tailStart = Math.floor(chunks.length * 0.9);
  let tailTime = 0;
  const start = performance.now();
  let mark = start;
  for (let index = 0; index < chunks.length; index++) {
    if (index === tailStart) mark = performance.now();
    parser.push(chunks[index]);
    if (snapshots && index % snapshotEvery === 0) parser.snapshot();
  }
  tailTime = performance.now() - mark;
  parser.end();
  const final = parser.snapshot().value;
  const total = performance.now() - start;
  return { total, tailPerChunk: (tailTime * 1000) / (chunks.length - tailStart), final };
}

/** Re-parsing libraries: the accumulated text is parsed again after every chunk. */
function reparse(parseText, isAsync) {
  return async (chunks, { sampleOnly }) => {
    const tailStart = Math.floor(chunks.length * 0.9);
    if (sampleOnly) {
      // Quadratic: sample 200 consecutive chunks inside the last 10% instead of the whole run.
      let text = chunks.slice(0, tailStart).join('');
      const count = Math.min(200, chunks.length - tailStart);
      const start = performance.now();
      for (let index = tailStart; index < tailStart + count; index++) {
        text += chunks[index];
        if (isAsync) await parseText(text);
        else parseText(text);
      }
      const perChunk = ((performance.now() - start) * 1000) / count;
      // cost grows linearly with the prefix length: total ≈ chunks × cost at the middle
      return { sampled: true, tailPerChunk: perChunk, estimatedTotal: (chunks.length * perChunk * 0.5) / 0.95 / 1000 };
    }
    let text = '';
    let mark = 0;
    let final;
    const start = performance.now();
    for (let index = 0; index < chunks.length; index++) {
      if (index === tailStart) mark = performance.now();
      text += chunks[index];
      final = isAsync ? await parseText(text) : parseText(text);
    }
    const tailTime = performance.now() - mark;
    const total = performance.now() - start;
    return { total, tailPerChunk: (tailTime * 1000) / (chunks.length - tailStart), final };
  };
}
const runPartialJson = reparse((text) => partialJsonParse(text, Allow.ALL), false);
const runAi = reparse(async (text) => (await aiParsePartialJson(text)).value, true);

async function runJsonriver(chunks) {
  const tailStart = Math.floor(chunks.length * 0.9);
  let mark = 0;
  let index = 0;
  async function* source() {
    for (; index < chunks.length; index++) {
      if (index === tailStart) mark = performance.now();
      yield chunks[index];
    }
  }
  const start = performance.now();
  let final;
  for await (const value of jsonriverParse(source())) final = value; // one value per chunk at most; mutated in place
  const end = performance.now();
  return { total: end - start, tailPerChunk: ((end - mark) * 1000) / (chunks.length - tailStart), final };
}

async function runStreamparser(chunks) {
  const tailStart = Math.floor(chunks.length * 0.9);
  const parser = new JSONParser({ paths: ['$'], emitPartialTokens: true, emitPartialValues: true, keepStack: true });
  let latest;
  parser.onValue = ({ value }) => {
    latest = value; // a live reference to the parser's in-progress root (no copy)
  };
  const start = performance.now();
  let mark = start;
  for (let index = 0; index < chunks.length; index++) {
    if (index === tailStart) mark = performance.now();
    parser.write(chunks[index]);
  }
  const tailTime = performance.now() - mark;
  if (!parser.isEnded) parser.end(); // with paths ['$'] it ends by itself after the root value
  const total = performance.now() - start;
  return { total, tailPerChunk: (tailTime * 1000) / (chunks.length - tailStart), final: latest };
}

const contenders = [
  { name: 'ripen', run: runRipen, quadratic: false, version: version('ripen'), repeat: 9 },
  // What the store does: one snapshot per animation frame. At 2,000 tokens/s (~8,000 characters/s)
  // and 60 frames/s a frame holds ~133 characters, i.e. ~33 chunks of 4 characters.
  {
    name: 'ripen (snapshot per frame)',
    run: (chunks) => runRipen(chunks, { snapshotEvery: 33 }),
    quadratic: false,
    version: version('ripen'),
    repeat: 9,
  },
  {
    // every snapshot() an exact copy (no bounded snapshot work): the cost before issue 13
    name: 'ripen (exact snapshots)',
    run: (chunks) => runRipen(chunks, { exactSnapshots: true }),
    quadratic: false,
    version: version('ripen'),
    repeat: 5,
  },
  {
    name: 'ripen (push only)',
    run: (chunks) => runRipen(chunks, { snapshots: false }),
    quadratic: false,
    version: version('ripen'),
    repeat: 9,
  },
  { name: 'jsonriver', run: runJsonriver, quadratic: false, version: version('jsonriver'), repeat: 5 },
  {
    name: '@streamparser/json',
    run: runStreamparser,
    quadratic: false,
    version: version('@streamparser/json'),
    repeat: 5,
  },
  { name: 'partial-json', run: runPartialJson, quadratic: true, version: version('partial-json'), repeat: 1 },
  { name: 'ai parsePartialJson', run: runAi, quadratic: true, version: version('ai'), repeat: 1 },
];

function jsonParseTime(text) {
  const times = [];
  for (let round = 0; round < 50; round++) {
    const start = performance.now();
    JSON.parse(text);
    times.push(performance.now() - start);
  }
  return Math.min(...times); // the machine is shared: the fastest run is the least disturbed
}

const sameAsJsonParse = (value, text) => JSON.stringify(value) === JSON.stringify(JSON.parse(text));

// ---- run -------------------------------------------------------------------------------------
// Warm-up so that no document is measured on cold (unoptimised) code: every streaming contender
// reads one document of each kind first (other seeds than the measured ones), so the code paths
// each kind needs (an indented card's blanks, nested objects, literals, floats) are optimised
// before the first measured run, as they are in an application that has parsed a few replies.
{
  const warmRandom = mulberry32(7);
  const warmDocuments = [
    { chunks: chunk(JSON.stringify(card(warmRandom), null, 2), 7), rounds: 100 },
    { chunks: chunk(JSON.stringify(table(warmRandom, 100)), 7), rounds: 3 },
    { chunks: chunk(JSON.stringify(chart(warmRandom, 2, 300)), 7), rounds: 3 },
  ];
  for (const { chunks: warm, rounds } of warmDocuments) {
    for (let round = 0; round < rounds; round++) {
      await runRipen(warm);
      await runRipen(warm, { snapshotEvery: 33 });
      await runJsonriver(warm);
      await runStreamparser(warm);
      for (let index = 0; index < 20; index++) JSON.parse(warm.join(''));
    }
  }
}
const rows = [];
for (const [documentIndex, document] of documents.entries()) {
  const chunks = chunk(document.text, 1000 + documentIndex);
  const baseline = jsonParseTime(document.text);
  const line = { document: document.name, bytes: document.text.length, chunks: chunks.length, baseline, results: [] };
  for (const contender of contenders) {
    // Quadratic libraries re-parse the whole text per chunk: on ≥ 100 KB documents a full run
    // takes minutes, so only the last 10% is sampled there (and the total is an estimate).
    const sampleOnly = contender.quadratic && document.text.length >= 90_000;
    let best;
    // a run over the small card takes tens of µs: more of them find one undisturbed by other work
    const repeat = document.text.length < 10_000 && !contender.quadratic ? contender.repeat * 10 : contender.repeat;
    for (let round = 0; round < repeat; round++) {
      const result = await contender.run(chunks, { sampleOnly });
      if (best === undefined || (result.total ?? Infinity) < (best.total ?? Infinity)) best = result;
    }
    if (best.final !== undefined && !best.sampled && !sameAsJsonParse(best.final, document.text))
      best.note = 'final value differs from JSON.parse';
    line.results.push({ name: contender.name, ...best });
    process.stdout.write('.');
  }
  rows.push(line);
}
process.stdout.write('\n');

// ---- a 10^5-key flat object paced like a network stream ---------------------------------------
// 1 KiB arrives every millisecond (network time = chunks × 1 ms); the store pushes each chunk as
// it arrives and takes one snapshot per 60 Hz frame. CPU is the sum of all pushes and snapshots;
// a stall is the longest single push or snapshot (one synchronous task on the main thread).
function paced(text, exactSnapshots) {
  const chunks = [];
  for (let index = 0; index < text.length; index += 1024) chunks.push(text.slice(index, index + 1024));
  const parser = createJsonParser({ exactSnapshots });
  const frame = 1000 / 60;
  let cpu = 0;
  let stall = 0;
  let stallKind = '';
  let wallStall = 0;
  let nextFrame = frame;
  // CPU time of the process (process.cpuUsage) per task: on a shared machine a task's wall time
  // also counts the time other processes hold the core; the wall-clock longest task is kept too.
  const task = (kind, work) => {
    const startWall = performance.now();
    const startCpu = process.cpuUsage();
    work();
    const usage = process.cpuUsage(startCpu);
    const spent = (usage.user + usage.system) / 1000;
    const wall = performance.now() - startWall;
    cpu += spent;
    if (wall > wallStall) wallStall = wall;
    if (spent > stall) {
      stall = spent;
      stallKind = kind;
    }
  };
  for (let index = 0; index < chunks.length; index++) {
    task('push', () => parser.push(chunks[index]));
    if (index + 1 >= nextFrame) {
      task('snapshot', () => parser.snapshot());
      nextFrame += frame;
    }
  }
  task('end', () => {
    parser.end();
    parser.snapshot();
  });
  const final = parser.snapshot().value;
  return { cpu, stall, stallKind, wallStall, network: chunks.length, ok: sameAsJsonParse(final, text) };
}
const flatRandom = mulberry32(99);
const flatObject = {};
for (let index = 0; index < 100_000; index++)
  flatObject[`key_${index}`] = flatRandom() > 0.5 ? Math.floor(flatRandom() * 1e6) : words[index % words.length];
const flatText = JSON.stringify(flatObject);
const pacedRows = [];
for (const [name, exact] of [
  ['ripen', false],
  ['ripen (exact snapshots)', true],
]) {
  let best;
  for (let round = 0; round < 3; round++) {
    const result = paced(flatText, exact);
    if (best === undefined || result.cpu < best.cpu) best = result;
  }
  pacedRows.push({ name, ...best });
}

const format = (value, digits = 1) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const header = ['document', 'chunks', 'JSON.parse', ...contenders.map((contender) => contender.name)];
const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
for (const line of rows) {
  const cells = [`${line.document}`, format(line.chunks, 0), `${format(line.baseline * 1000, 0)} µs`];
  for (const result of line.results) {
    if (result.sampled) {
      cells.push(
        `~${format(result.estimatedTotal / line.baseline, 0)}× (est.) · ${format(result.tailPerChunk)} µs/chunk (sampled)`,
      );
    } else {
      cells.push(
        `${format(result.total / line.baseline, 1)}× · ${format(result.tailPerChunk, 2)} µs/chunk${result.note ? ` (${result.note})` : ''}`,
      );
    }
  }
  lines.push(`| ${cells.join(' | ')} |`);
}
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(' / ');
const machine = `Node ${process.version}, ${cpus().length} cores (nproc), ${cpu}; load average during the run ${load} (1/5/15 min: a shared machine, so absolute figures are noisy)`;
const versions = contenders
  .filter((contender) => !contender.name.startsWith('ripen ('))
  .map((contender) => `${contender.name} ${contender.version}`)
  .join(', ');
const pacedLines = [
  '| 10^5-key flat object, 1 KiB per ms, snapshot per frame | network time | CPU | CPU ÷ network | longest task (CPU) | longest task (wall) |',
  '| --- | --- | --- | --- | --- | --- |',
  ...pacedRows.map(
    (row) =>
      `| ${row.name} (${format(flatText.length / 1_048_576, 2)} MB) | ${format(row.network, 0)} ms | ${format(row.cpu, 0)} ms | ${format(row.cpu / row.network, 2)}× | ${format(row.stall, 1)} ms (${row.stallKind}) | ${format(row.wallStall, 1)} ms${row.ok ? '' : ' (final value differs from JSON.parse)'} |`,
  ),
];
const ratio = (line, name) => {
  const result = line.results.find((entry) => entry.name === name);
  return result.total / line.baseline;
};
const verdicts = rows.map((line) => {
  const frame = ratio(line, 'ripen (snapshot per frame)');
  const chunk = ratio(line, 'ripen');
  const river = ratio(line, 'jsonriver');
  return `${line.document}: per frame ${format(frame, 1)}× ${frame <= 10 ? '≤' : '>'} 10×, per chunk ${format(chunk, 1)}× ${chunk <= river ? '≤' : '>'} jsonriver ${format(river, 1)}×`;
});
const pacedRipen = pacedRows[0];
verdicts.push(
  `10^5-key object: CPU ${format(pacedRipen.cpu / pacedRipen.network, 2)}× network time ${pacedRipen.cpu <= 1.2 * pacedRipen.network ? '≤' : '>'} 1.2×, longest task ${format(pacedRipen.stall, 1)} ms CPU ${pacedRipen.stall <= 16 ? '≤' : '>'} 16 ms (${format(pacedRipen.wallStall, 1)} ms wall)`,
);
const resultTable = `${lines.join('\n')}\n\n${pacedLines.join('\n')}\n\nAgainst the targets (this run):\n\n${verdicts.map((verdict) => `- ${verdict}`).join('\n')}`;
const notes = [
  'Targets (issue 13), ratios from the same run: "ripen (snapshot per frame)" ≤ 10× JSON.parse at every size up to 1 MB; "ripen" (a snapshot per chunk) ≤ jsonriver at every size; the 10^5-key row CPU ≤ 1.2× network time with no task over 16 ms.',
  'Each cell: total time to stream the document (push each chunk, then take a snapshot / parse the accumulated text) as a multiple of one `JSON.parse` of the final text, and µs per chunk over the last 10% of the stream.',
  '"ripen (snapshot per frame)" takes a snapshot every 33 chunks, as the store does at 2,000 tokens/s and 60 frames/s (one commit per animation frame).',
  '"ripen (exact snapshots)" is `exactSnapshots: true`: every snapshot an exact copy, the cost before bounded snapshot work (issue 13). The default bounds it on huge open containers: past 256 array slots on the open path a new copy waits until the text pushed since pays for it, and a big object is copied over several calls.',
  'The 10^5-key row streams a flat object as a network would (1 KiB per ms), pushing each chunk and taking one snapshot per 60 Hz frame; CPU is the process CPU time (process.cpuUsage, garbage collection included) of every push and snapshot, the longest task the slowest single push or snapshot in CPU time and, beside it, in wall time (which on a shared machine also counts time other processes hold the core). Fastest of 3 runs by CPU.',
  '"ripen (push only)" is the same stream without taking a snapshot per chunk (one at the end): the parsing cost alone; the difference is the cost of the immutable snapshots.',
  'Chunks are 2–6 characters (mean 4, seeded). Every document is seeded, so runs are comparable. Each figure is the fastest of several runs (9 for ripen, 5 for jsonriver and @streamparser/json, ten times as many on the ~2 KB card, 1 for the re-parsing libraries), and JSON.parse is the fastest of 50, because the machine is shared with other work. Before measuring, every streaming contender reads one other seeded card, table and chart (warm-up: optimised code for every kind of document).',
  'ripen gives an immutable, structurally shared snapshot per chunk (a new object along the changed path); jsonriver yields its value mutated in place; @streamparser/json hands out live references to its in-progress structures (no copy), emitting partial values.',
  'partial-json and the AI SDK `parsePartialJson` (async, awaited) re-parse the accumulated text after every chunk: quadratic. On the ~100 KB and ~1 MB documents they are only sampled (200 chunks inside the last 10%); their total is an estimate (chunks × half the tail cost) and marked "est.".',
];
console.log(`\n${machine}\n${versions}\n\n${resultTable}\n`);
for (const note of notes) console.log(`- ${note}`);

if (write) {
  // bench/RESULTS.md is shared with other benchmarks (e.g. the render benchmark's
  // <!-- render-bench:start --> section): only the parser section is replaced.
  const path = join(root, 'bench/RESULTS.md');
  const section = `<!-- parser-bench:start -->\n## Parser benchmark\n\nCommand: \`npm run bench\` (\`node bench/parser.bench.mjs\`; add \`-- --write\` to regenerate this section).\n\nMachine: ${machine}.\n\nVersions: ${versions}.\n\n${resultTable}\n\n${notes.map((note) => `- ${note}`).join('\n')}\n<!-- parser-bench:end -->\n`;
  let existing = '';
  try {
    existing = readFileSync(path, 'utf8');
  } catch {
    existing = '';
  }
  let next;
  const start = existing.indexOf('<!-- parser-bench:start -->');
  const endMarker = '<!-- parser-bench:end -->';
  const end = existing.indexOf(endMarker);
  if (start !== -1 && end !== -1) {
    next = existing.slice(0, start) + section + existing.slice(end + endMarker.length).replace(/^\n/, '');
  } else {
    // first run, or a file written before the markers existed: keep the other sections
    const other = existing.indexOf('<!-- ');
    const rest = other === -1 ? '' : `\n${existing.slice(other)}`;
    next = `# Benchmark results\n\n${section}${rest}`;
  }
  writeFileSync(path, next);
  console.log('\nwrote the parser section of bench/RESULTS.md');
}
