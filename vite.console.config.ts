import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { previewScope } from './vite-preview-scope.js';

/** Console and projector: served on the loopback door only. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  css: { postcss: { plugins: [previewScope()] } },
  build: {
    outDir: '../dist/renderer/console',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        console: resolve(import.meta.dirname, 'renderer/console/index.html'),
        projector: resolve(import.meta.dirname, 'renderer/projector/index.html'),
      },
    },
  },
});
