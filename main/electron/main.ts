/**
 * Electron entry point (package.json "main"). Thin on purpose: everything testable lives in
 * desktop-app.ts and its pure helpers.
 */
import { join } from 'node:path';
import { startHost } from '../host/start-host.js';
import { startDesktopApp } from './desktop-app.js';

startDesktopApp({
  startHost,
  preloadPath: join(import.meta.dirname, 'preload.cjs'),
}).catch((error: unknown) => {
  console.error('Circlework could not start', error);
  process.exit(1);
});
