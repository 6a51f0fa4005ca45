// Runs the hook tests against React 18 (the package supports react >= 18). React 18 is installed
// into .cache/react18 by `npm test` (scripts/test.mjs) and aliased here, so the project's own
// React 19 stays untouched.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const root = path.dirname(fileURLToPath(import.meta.url));
const react18 = path.join(root, '.cache/react18/node_modules');

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // Its ESM build, so that its own react / react-dom imports go through the aliases below.
      {
        find: /^@testing-library\/react$/,
        replacement: path.join(root, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
      },
      { find: /^react$/, replacement: path.join(react18, 'react/index.js') },
      { find: /^react\/jsx-runtime$/, replacement: path.join(react18, 'react/jsx-runtime.js') },
      { find: /^react\/jsx-dev-runtime$/, replacement: path.join(react18, 'react/jsx-dev-runtime.js') },
      { find: /^react-dom$/, replacement: path.join(react18, 'react-dom/index.js') },
      { find: /^react-dom\/client$/, replacement: path.join(react18, 'react-dom/client.js') },
      { find: /^react-dom\/server$/, replacement: path.join(react18, 'react-dom/server.node.js') },
      { find: /^react-dom\/test-utils$/, replacement: path.join(react18, 'react-dom/test-utils.js') },
    ],
  },
  test: {
    name: 'react18',
    env: { RIPEN_EXPECT_REACT: '18' },
    include: ['test/react/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    testTimeout: 60_000,
    // Inlined so that their own react imports go through the aliases above (one React, 18).
    server: { deps: { inline: ['@testing-library/react', '@tanstack/react-virtual'] } },
  },
});
