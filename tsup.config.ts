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
