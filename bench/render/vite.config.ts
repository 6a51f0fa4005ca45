// Vite build of the render benchmark page (production React with the profiling build of
// react-dom, so `<Profiler onRender>` reports commits). Used by scripts/bench-render.mjs.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
  },
  build: {
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
