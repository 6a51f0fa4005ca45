// `npm test`: every check the project has, in order, stopping at the first failure:
// format and lint (Biome) → typecheck → unit and UI tests (Vitest, jsdom) → the same hook tests on React 18 → build →
// package checks → static Storybook build → Storybook story tests (Vitest browser mode, Chromium)
// → browser end-to-end test of the demo (playwright-core). `node scripts/test.mjs STEP` runs one.
// Ends with one line "Tests: N passed, N failed" summing every runner's counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test/artifacts', { recursive: true });
let passed = 0;
let failed = 0;

function step(title, command, args, { countFrom } = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (countFrom && existsSync(countFrom)) {
    const report = JSON.parse(readFileSync(countFrom, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  console.log(
    `◀ ${title}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) {
    if (!countFrom) failed += 1;
    console.log(`\nTests: ${passed} passed, ${failed} failed`);
    process.exit(result.status ?? 1);
  }
}

const only = process.argv[2];
const vitestJson = (name) => [
  `--reporter=default`,
  `--reporter=json`,
  `--outputFile.json=test/artifacts/vitest-${name}.json`,
];

if (!only || only === 'lint') step('format and lint (Biome)', 'npx', ['biome', 'ci', '.']);
if (!only || only === 'typecheck') step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
if (!only || only === 'unit')
  step('unit and UI tests', 'npx', ['vitest', 'run', '--project', 'unit', ...vitestJson('unit')], {
    countFrom: 'test/artifacts/vitest-unit.json',
  });
if (!only || only === 'react18') {
  // React 18 goes into .cache/react18 (not node_modules), so the project's React 19 stays as locked.
  if (!existsSync('.cache/react18/node_modules/react-dom/package.json')) {
    step('install React 18 for the compatibility run', 'npm', [
      'install',
      '--prefix',
      '.cache/react18',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      'react@18.3.1',
      'react-dom@18.3.1',
    ]);
  }
  step(
    'hook tests on React 18',
    'npx',
    ['vitest', 'run', '--config', 'vitest.react18.config.ts', ...vitestJson('react18')],
    { countFrom: 'test/artifacts/vitest-react18.json' },
  );
}
if (!only || only === 'build') step('build', 'npm', ['run', 'build']);
if ((!only || only === 'package') && existsSync('scripts/check-package.mjs'))
  step('package checks', 'node', ['scripts/check-package.mjs'], { countFrom: 'test/artifacts/package.json' });
if ((!only || only === 'build-storybook') && existsSync('.storybook/main.ts'))
  step('static Storybook build', 'npm', ['run', 'build-storybook']);
if ((!only || only === 'stories') && existsSync('.storybook/main.ts'))
  step('story tests (Chromium)', 'npx', ['vitest', 'run', '--project', 'storybook', ...vitestJson('storybook')], {
    countFrom: 'test/artifacts/vitest-storybook.json',
  });
if (!only || only === 'e2e')
  step('browser end-to-end (Chromium)', 'node', ['test/e2e/demo.e2e.mjs'], { countFrom: 'test/artifacts/e2e.json' });

console.log(`\nTests: ${passed} passed, ${failed} failed`);
