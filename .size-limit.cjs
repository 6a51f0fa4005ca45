// Bundle budgets (size-limit, rolldown preset, minified + gzip). Run by scripts/check-package.mjs
// after the build; `npx size-limit` runs them alone; a budget exceeded fails `npm test`.
// Each limit is the measured figure plus a small margin; lower them as the code shrinks, never
// raise one without saying why in the commit. History:
// - 2026-12-04 (issue 11): set to that day's figures. Raised the same day for the parser's repairs
//   (createJsonParser 6.3 → 11.3 KB), option checks, end states, the Standard Schema verdict and the
//   redactor (ripen/core 21.5 → 33.5 KB).
// - 2026-12-04, later (issues 12–14): the parser's fast paths (+0.3 KB), schema checks, framing
//   detection and the HTTP-error reader split into chunks loaded on demand (the one-provider entry
//   30.3 → 27.5 KB; `ripen/core` counted whole grows 2.3 KB because each chunk is gzipped apart and
//   imports across chunks cost code), charts that glide and paint 10^5 points fast (+1.6 KB), nested
//   values in standalone views and per-component copy (Table alone 7.92 → 7.2 KB).
// The issue targets are NOT met and stay the goal: one provider ≤ 8 KB (issue 12; the parser alone
// is 12 KB), components ≤ 15 KB (issue 14).
// How each figure is computed:
// - "ripen/core": everything exported by dist/core/index.js (the built subpath), minified,
//   gzip; eventsource-parser excluded (a dependency the consumer installs and may share).
// - "ripen/react hooks": the hooks' own code: src/react/index.ts with every module under
//   src/core/ excluded (that is the ripen/core budget) and react excluded. Measured from the
//   source because the build splits shared code into chunks that mix core and hooks.
// - "components": every component: src/components/index.ts with src/core/ and src/react/
//   excluded (their own budgets) and react, react-dom, d3-*, @tanstack/* excluded.
// - "ripen (whole package)": everything exported by dist/index.js, same exclusions.
// - "createJsonParser from ripen": tree-shaking check through the root entry; must stay within
//   the core budget (scripts/check-package.mjs also bundles it with esbuild and checks that no
//   react import and no component dependency is left).
const path = require('node:path');

const sourceRoot = path.join(__dirname, 'src');
const reactPackages = ['react', 'react-dom'];
const componentPackages = [
  'd3-scale',
  'd3-shape',
  'd3-array',
  'd3-color',
  'd3-format',
  'd3-interpolate',
  'd3-path',
  'd3-time',
  'd3-time-format',
  'internmap',
  '@tanstack/react-virtual',
  '@tanstack/virtual-core',
];
const transportPackages = ['eventsource-parser'];
const allExcluded = [...reactPackages, ...componentPackages, ...transportPackages];

/** The built chunk of schema checks (`dist/stream-checks-<hash>.js`), as a size-limit entry name. */
function schemaChecksChunk() {
  const dist = path.join(__dirname, 'dist');
  const file = require('node:fs')
    .readdirSync(dist)
    .find((name) => /^stream-checks-.*\.js$/.test(name));
  if (!file) throw new Error('size-limit: no dist/stream-checks-*.js chunk; run npm run build first');
  return file.replace(/\.js$/, '');
}

/** Rolldown `external` that also excludes whole source folders (relative imports into them). */
function excludeSourceFolders(folders) {
  const roots = folders.map((folder) => path.join(sourceRoot, folder) + path.sep);
  return (config) => {
    config.external = (source, importer) => {
      if (allExcluded.some((name) => source === name || source.startsWith(`${name}/`))) return true;
      if (!source.startsWith('.') || !importer) return false;
      const target = path.resolve(path.dirname(importer), source);
      return roots.some((root) => target.startsWith(root));
    };
    return config;
  };
}

module.exports = [
  {
    name: 'ripen/core',
    path: 'dist/core/index.js',
    import: '*',
    ignore: transportPackages,
    gzip: true,
    limit: '38 KB',
  },
  {
    name: 'ripen/react hooks',
    path: 'src/react/index.ts',
    import: '*',
    gzip: true,
    limit: '2 KB',
    modifyRolldownConfig: excludeSourceFolders(['core']),
  },
  {
    name: 'components',
    path: 'src/components/index.ts',
    import: '*',
    gzip: true,
    // 25.3 KB: above the 15 KB target of issue 14 (two languages, boundaries, virtual windows,
    // chart safety, decimation and gliding axes, standalone nested values), still to cut.
    limit: '25.6 KB',
    modifyRolldownConfig: excludeSourceFolders(['core', 'react']),
  },
  {
    // Importing one component costs only that component: no import circle (nested views go
    // through a context AutoView provides), so Table pulls neither Card, Chart nor d3.
    // Same exclusions as "components" (core, hooks, react, d3, react-virtual have their own figures).
    name: 'Table alone (from the components entry)',
    path: 'src/components/index.ts',
    import: '{ Table }',
    gzip: true,
    limit: '7.5 KB',
    modifyRolldownConfig: excludeSourceFolders(['core', 'react']),
  },
  {
    name: 'ripen (whole package)',
    path: 'dist/index.js',
    import: '*',
    ignore: allExcluded,
    gzip: true,
    limit: '64 KB',
  },
  {
    // One provider: an app importing createJsonStream from ripen/core and passing one dialect
    // object (`provider: openaiChat` from ripen/providers/openai-chat). What it loads: the
    // statically imported chunks only (`entry`); the registry of every dialect is a separate
    // chunk loaded on demand when a provider name or auto-detection is used, so not counted.
    name: 'one provider: createJsonStream + openaiChat',
    path: ['dist/core/index.js', 'dist/providers/openai-chat.js'],
    import: { 'dist/core/index.js': '{ createJsonStream }', 'dist/providers/openai-chat.js': '{ openaiChat }' },
    entry: ['index'],
    ignore: transportPackages,
    gzip: true,
    // Measured 27.48 kB (issue 12 asked for 8 kB: not met; the parser alone is 12 kB). Without a
    // schema nothing more is loaded. This limit stops it from growing.
    limit: '27.8 KB',
  },
  {
    // The same app with a schema: the entry plus the chunk of schema checks it loads at start()
    // (progressive checks, the Standard Schema verdict, field policies).
    name: 'one provider with a schema: + the schema checks chunk',
    path: ['dist/core/index.js', 'dist/providers/openai-chat.js'],
    import: { 'dist/core/index.js': '{ createJsonStream }', 'dist/providers/openai-chat.js': '{ openaiChat }' },
    entry: ['index', schemaChecksChunk()],
    ignore: transportPackages,
    gzip: true,
    limit: '30.8 KB',
  },
  {
    name: 'createJsonParser from ripen',
    path: 'dist/index.js',
    import: '{ createJsonParser }',
    ignore: allExcluded,
    gzip: true,
    limit: '12.3 KB',
  },
];
