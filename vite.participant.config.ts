import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The phone app: built on its own so the LAN door serves nothing else. Its components are written
 * against React's API but ship on preact/compat, which renders the same components in a tenth of
 * the bytes: every phone downloads this over the room's Wi-Fi.
 */
export default defineConfig({
  root: 'renderer/participant',
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: '../../dist/renderer/participant',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2020',
  },
});
