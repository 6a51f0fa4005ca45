import { defineConfig, type Options } from 'tsup';

// Entry points. `components/index` is its own entry so that `dist/index.js` only re-exports from
// shared chunks: a bundler importing `{ createJsonParser }` from `ripen` then drops React and
// the components (checked by scripts/check-package.mjs).
const entry = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'react/index': 'src/react/index.ts',
  'components/index': 'src/components/index.ts',
  'testing/index': 'src/testing/index.ts',
  // One entry per provider dialect (`ripen/providers/openai-chat` …): an app passing one dialect
  // object ships that dialect only; names and detection load the registry chunk on demand.
  'providers/openai-chat': 'src/core/providers/entries/openai-chat.ts',
  'providers/openai-responses': 'src/core/providers/entries/openai-responses.ts',
  'providers/anthropic': 'src/core/providers/entries/anthropic.ts',
  'providers/gemini': 'src/core/providers/entries/gemini.ts',
  'providers/vercel-ai': 'src/core/providers/entries/vercel-ai.ts',
  'providers/text': 'src/core/providers/entries/text.ts',
  'providers/ndjson': 'src/core/providers/entries/ndjson.ts',
};

const shared: Options = {
  entry,
  dts: true,
  sourcemap: true,
  clean: false,
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  treeshake: true,
  splitting: true,
};

export default defineConfig([
  { ...shared, format: ['esm'], onSuccess: 'node scripts/copy-styles.mjs' },
  // d3-scale and d3-shape (and their d3-* dependencies) are ESM-only: `require()` of them fails
  // before Node 20.19, so the CommonJS build bundles them instead of requiring them.
  { ...shared, format: ['cjs'], noExternal: [/^d3-/, 'internmap'] },
]);
