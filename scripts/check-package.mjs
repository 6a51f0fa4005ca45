// Package checks on the built output (run by `npm test` after the build; `node scripts/check-package.mjs`):
// 1. publint (strict: warnings fail) and are-the-types-wrong (`attw --pack .`, profile node16);
// 1b. the CJS build requires no ESM-only dependency (Node 18 cannot require ES modules);
// 2. bundle budgets (size-limit, `.size-limit.cjs`) and a tree-shaking check with esbuild;
// 3. a smoke test of the packed tarball in a temporary project (installed with the registry
//    reachable, `--prefer-offline`: a fresh machine's npm cache is empty): import (ESM) and require (CJS) of every subpath, `ripen/styles.css` resolution and a
//    `renderToString`, under React 19 and React 18, on this Node and on the system Node when it differs.
// Prints one line per check and a summary; writes test/artifacts/package.json
// `{ numPassedTests, numFailedTests, warnings }`; exits non-zero when a check fails.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = process.cwd();
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const consumerFiles = ['consumer-shared.cjs', 'consumer-esm.mjs', 'consumer-cjs.cjs', 'expected-exports.json'];
const reactVersions = [
  { major: '19', version: '19.3.1' },
  { major: '18', version: '18.3.1' },
];
const startedAt = Date.now();

/** Runs a command (no shell), resolving with its exit status and output; killed after `timeout` ms. */
function run(command, args, options = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: options.cwd ?? projectRoot, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 90_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolveRun({ status: null, stdout, stderr: `${stderr}${error.message}` });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolveRun({ status, stdout, stderr });
    });
  });
}

/** One group of checks, printed together (groups run concurrently, print in order). */
function createSection(title) {
  const section = { title, lines: [], results: [], warnings: [] };
  section.record = (name, ok, detail = '') => {
    section.results.push({ name, ok, detail });
    section.lines.push(`${ok ? '  ✓' : '  ✗'} ${name}${detail ? ` — ${detail}` : ''}`);
  };
  section.warn = (message) => {
    section.warnings.push(message);
    section.lines.push(`  ⚠ WARNING: ${message}`);
  };
  section.print = (text) => section.lines.push(text);
  return section;
}

function tail(text, lines = 15) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** Does this dependency offer a CommonJS entry to `require`? (Read from its package.json.) */
function hasCommonJsEntry(dependency) {
  const manifestPath = join(projectRoot, 'node_modules', dependency, 'package.json');
  if (!existsSync(manifestPath)) return true;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const conditions = JSON.stringify(manifest.exports ?? {});
  if (/"(require|node)"\s*:/.test(conditions)) return true;
  if (manifest.exports !== undefined && typeof manifest.exports === 'object') {
    const root = manifest.exports['.'] ?? manifest.exports;
    const target = typeof root === 'string' ? root : root.default;
    if (typeof target === 'string')
      return target.endsWith('.cjs') || (manifest.type !== 'module' && target.endsWith('.js'));
  }
  const main = manifest.main ?? 'index.js';
  return main.endsWith('.cjs') || (manifest.type !== 'module' && !main.endsWith('.mjs'));
}

/**
 * The CJS build (`dist/**\/*.cjs`) must `require` only packages that have a CommonJS entry:
 * `require()` of an ES module works only from Node 20.19 / 22.12, and `engines` says >=18.
 */
function checkCommonJsDependencies() {
  const section = createSection('CommonJS build: required dependencies');
  const required = new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.cjs')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/require\(["']([^"'./][^"']*)["']\)/g)) {
          const specifier = match[1];
          if (specifier.startsWith('node:')) continue;
          required.add(
            specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0],
          );
        }
      }
    }
  };
  if (existsSync(join(projectRoot, 'dist'))) walk(join(projectRoot, 'dist'));
  const esmOnly = [...required].filter((dependency) => !hasCommonJsEntry(dependency)).sort();
  section.record(
    'CJS build requires only dependencies with a CommonJS entry (Node 18 has no require(esm))',
    esmOnly.length === 0,
    esmOnly.length === 0
      ? `${required.size} packages required`
      : `ESM-only: ${esmOnly.join(', ')} — require('ripen') fails on Node < 20.19 although engines is ${JSON.stringify(packageJson.engines?.node)}`,
  );
  return section;
}

async function checkPublint() {
  const section = createSection('publint (strict: warnings are errors)');
  if (!existsSync(join(projectRoot, 'dist'))) {
    section.record('dist/ exists (run the build first)', false, 'no dist/ folder');
    return section;
  }
  const publint = await run('npx', ['publint', 'run', '.', '--strict', '--pack', 'npm']);
  section.print(tail(publint.stdout + publint.stderr, 20).replace(/^/gm, '    '));
  section.record('publint --strict', publint.status === 0, publint.status === 0 ? '' : `exit ${publint.status}`);
  return section;
}

// Profile node16: checks node16/nodenext resolution from ESM and CJS and bundler resolution, and
// leaves out node10 (`moduleResolution: node`), which ignores `exports` and so can never see the
// subpaths `ripen/core`, `ripen/react`, `ripen/testing`; the root still resolves there through
// `main`/`types`. The entry point ./styles.css is excluded: it is a stylesheet, with no module or
// types to resolve (its resolution is checked by the smoke test below). No rule is ignored: the
// package ships real CJS (.cjs + .d.cts) beside its ESM, so `cjs-resolves-to-esm` cannot apply.
async function checkTypes() {
  const section = createSection('are-the-types-wrong (attw --pack . --profile node16)');
  const attw = await run(
    'npx',
    [
      'attw',
      '--pack',
      '.',
      '--profile',
      'node16',
      '--exclude-entrypoints',
      './styles.css',
      '--format',
      'table-flipped',
      '--no-color',
      '--no-emoji',
    ],
    { timeout: 120_000 },
  );
  section.print(tail(attw.stdout + attw.stderr, 30).replace(/^/gm, '    '));
  section.record('attw --pack . --profile node16', attw.status === 0, attw.status === 0 ? '' : `exit ${attw.status}`);
  return section;
}

async function checkBudgets() {
  const section = createSection('bundle budgets (size-limit, .size-limit.cjs, minified + gzip)');
  const sizeLimit = await run('npx', ['size-limit', '--json'], { timeout: 120_000 });
  let checks;
  try {
    checks = JSON.parse(sizeLimit.stdout);
  } catch {
    checks = undefined;
  }
  if (!Array.isArray(checks)) {
    section.record('size-limit ran', false, tail(sizeLimit.stdout + sizeLimit.stderr, 8).replace(/\n/g, ' | '));
    return section;
  }
  for (const check of checks) {
    const size = `${(check.size / 1000).toFixed(2)} kB`;
    if (check.sizeLimit === undefined) {
      section.print(`    ${check.name}: ${size} (no limit, for information)`);
      continue;
    }
    const limit = `${(check.sizeLimit / 1000).toFixed(2)} kB`;
    const detail = `${size} of ${limit} (${Math.round((check.size / check.sizeLimit) * 100)} %)`;
    section.record(`budget ${check.name} ≤ ${limit}`, check.passed, detail);
  }
  return section;
}

/**
 * The installed tarball carries the MIT LICENSE, and `'use client'` is the first statement of the
 * entries holding React code (root, ripen/react, components) and of no other entry.
 */
function checkInstalledFiles(section, packageRoot) {
  const license = join(packageRoot, 'LICENSE');
  section.record(
    'tarball holds the MIT LICENSE',
    existsSync(license) && readFileSync(license, 'utf8').startsWith('MIT License'),
  );
  const clientEntries = ['index', 'react/index', 'components/index'];
  const serverEntries = ['core/index', 'testing/index'];
  for (const entry of [...clientEntries, ...serverEntries]) {
    for (const extension of ['js', 'cjs']) {
      const file = join(packageRoot, 'dist', `${entry}.${extension}`);
      const first = existsSync(file) ? readFileSync(file, 'utf8').split('\n', 1)[0] : '(missing)';
      const wanted = clientEntries.includes(entry);
      section.record(
        `dist/${entry}.${extension} ${wanted ? "starts with 'use client'" : "has no 'use client'"}`,
        (first === "'use client';") === wanted,
        `first line: ${first.slice(0, 60)}`,
      );
    }
  }
}

/** Installs the tarball with one React version (cache first, then the registry) and runs the consumers. */
async function checkConsumer(temporaryRoot, tarball, react) {
  const section = createSection(`smoke test: tarball + React ${react.version}`);
  const consumerRoot = join(temporaryRoot, `react-${react.major}`);
  mkdirSync(consumerRoot);
  writeFileSync(
    join(consumerRoot, 'package.json'),
    JSON.stringify({ name: `ripen-consumer-react-${react.major}`, private: true, version: '0.0.0' }, null, 2),
  );
  for (const file of consumerFiles) cpSync(join(projectRoot, 'test/package', file), join(consumerRoot, file));
  const installArgs = [
    'i',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--no-package-lock',
    tarball,
    `react@${react.version}`,
    `react-dom@${react.version}`,
  ];
  const install = await run('npm', installArgs, { cwd: consumerRoot, timeout: 180_000 });
  section.record(
    `install (tarball + React ${react.version})`,
    install.status === 0,
    install.status === 0 ? '' : tail(install.stderr, 6).replace(/\n/g, ' | '),
  );
  if (install.status !== 0) return section;
  if (react.major === '19') checkInstalledFiles(section, join(consumerRoot, 'node_modules', 'ripen'));

  // The consumers run on this Node and on the system Node when its major differs (the
  // package's consumers need not use Node 24: engines says >=18).
  const nodes = [process.execPath];
  const systemNode = await run('/usr/bin/node', ['-p', 'process.versions.node']);
  if (systemNode.status === 0 && systemNode.stdout.trim().split('.')[0] !== process.versions.node.split('.')[0])
    nodes.push('/usr/bin/node');
  const runs = [];
  for (const node of nodes) {
    for (const consumer of ['consumer-esm.mjs', 'consumer-cjs.cjs']) {
      runs.push(
        run(node, [consumer], {
          cwd: consumerRoot,
          env: { EXPECTED_REACT_MAJOR: react.major, NODE_ENV: 'production' },
        }).then((output) => ({ node, consumer, output })),
      );
    }
  }
  for (const { node, consumer, output } of await Promise.all(runs)) {
    const lines = output.stdout.split('\n').filter((line) => line.startsWith('{'));
    for (const line of lines) {
      const { name, ok, detail } = JSON.parse(line);
      section.record(`${name} [React ${react.major}]`, ok, detail);
    }
    if (output.status !== 0 || lines.length === 0) {
      section.record(
        `${consumer} on ${node} ran to the end [React ${react.major}]`,
        false,
        tail(output.stderr, 6).replace(/\n/g, ' | '),
      );
    }
  }
  if (react.major === '19') await checkTreeShaking(section, consumerRoot);
  return section;
}

async function checkPackedPackage(temporaryRoot) {
  const section = createSection('npm pack');
  const pack = await run('npm', ['pack', '--json', '--pack-destination', temporaryRoot]);
  let tarball;
  try {
    const packed = JSON.parse(pack.stdout);
    tarball = join(temporaryRoot, packed[0].filename);
    const files = packed[0].files.map((file) => file.path);
    section.record(
      'npm pack',
      existsSync(tarball),
      `${packed[0].filename}: ${files.length} files, ${(packed[0].size / 1000).toFixed(1)} kB packed`,
    );
    const outside = files.filter(
      (file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(file),
    );
    section.record('tarball holds only dist/, package.json, README, LICENSE', outside.length === 0, outside.join(', '));
  } catch {
    section.record('npm pack', false, tail(pack.stdout + pack.stderr, 5).replace(/\n/g, ' | '));
    return [section];
  }
  return [section, ...(await Promise.all(reactVersions.map((react) => checkConsumer(temporaryRoot, tarball, react))))];
}

const temporaryRoot = mkdtempSync(join(tmpdir(), 'ripen-package-check-'));
let sections;
try {
  sections = (
    await Promise.all([
      checkPublint(),
      checkTypes(),
      checkCommonJsDependencies(),
      checkBudgets(),
      checkPackedPackage(temporaryRoot),
    ])
  ).flat();
} finally {
  rmSync(temporaryRoot, { recursive: true, force: true });
}
for (const section of sections) {
  console.log(`\n— ${section.title}`);
  for (const line of section.lines) console.log(line);
}
const results = sections.flatMap((section) => section.results);
const warnings = sections.flatMap((section) => section.warnings);

/**
 * Bundles `import { createJsonParser } from 'ripen'` (the installed tarball, resolved through its
 * `exports`) with esbuild, react and every dependency left external, and checks that the output
 * imports no react and no component dependency and is no bigger than the same import from
 * `ripen/core` (the components and hooks were dropped).
 */
async function checkTreeShaking(section, consumerRoot) {
  const esbuild = await import('esbuild');
  const external = [
    'react',
    'react-dom',
    'react/*',
    'react-dom/*',
    'd3-*',
    '@tanstack/*',
    'eventsource-parser',
    '@standard-schema/*',
  ];
  const bundle = async (specifier) => {
    const result = await esbuild.build({
      stdin: {
        contents: `import { createJsonParser } from '${specifier}';\nglobalThis.keep = createJsonParser;\n`,
        resolveDir: consumerRoot,
        loader: 'js',
      },
      absWorkingDir: consumerRoot,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      minify: true,
      external,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  try {
    const fromRoot = await bundle('ripen');
    const fromCore = await bundle('ripen/core');
    const importsReact = /\bfrom\s*["']react(?:-dom)?(?:\/[^"']*)?["']|import\s*["']react|require\(["']react/.test(
      fromRoot,
    );
    section.record('tree-shaking: no react import left', !importsReact, importsReact ? 'the bundle imports react' : '');
    const componentDependency = fromRoot.match(/["'](d3-[a-z-]+|@tanstack\/[a-z-]+)["']/);
    section.record(
      'tree-shaking: no component dependency (d3-*, @tanstack/*) left',
      !componentDependency,
      componentDependency ? `imports ${componentDependency[1]}` : '',
    );
    const gzipSize = async (text) => (await import('node:zlib')).gzipSync(text).length;
    const [rootSize, coreSize] = [await gzipSize(fromRoot), await gzipSize(fromCore)];
    // 2 % slack: esbuild may name or order the same code differently through another entry.
    section.record(
      'tree-shaking: same size as the import from ripen/core (no component code)',
      rootSize <= coreSize * 1.02 + 16,
      `${rootSize} B gzip from ripen, ${coreSize} B gzip from ripen/core`,
    );
  } catch (error) {
    section.record('tree-shaking bundle', false, String(error.message ?? error).split('\n')[0]);
  }
}

// ---------------------------------------------------------------------------------------------
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
mkdirSync(join(projectRoot, 'test/artifacts'), { recursive: true });
writeFileSync(
  resolve(projectRoot, 'test/artifacts/package.json'),
  `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, warnings }, null, 2)}\n`,
);
console.log(
  `\nPackage checks for ${packageJson.name}@${packageJson.version}: ${passed} passed, ${failed} failed, ${warnings.length} warnings in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
);
for (const message of warnings) console.log(`  ⚠ WARNING: ${message}`);
for (const result of results.filter((item) => !item.ok))
  console.log(`  ✗ ${result.name}${result.detail ? ` — ${result.detail}` : ''}`);
process.exit(failed === 0 ? 0 : 1);
