// Vite build of the render benchmark page (production React; commits are counted through
// commit-hook.ts). Used by scripts/bench-render.mjs.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
