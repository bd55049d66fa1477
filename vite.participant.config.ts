import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The phone app: built on its own so the LAN door serves nothing else. */
export default defineConfig({
  root: 'renderer/participant',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist/renderer/participant',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2020',
  },
});
