import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, seen from main/host/ in source or dist/main/host/ when built. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'main'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function participantAppDir(root = repoRoot()): string {
  return join(root, 'dist', 'renderer', 'participant');
}

export function consoleAppDir(root = repoRoot()): string {
  return join(root, 'dist', 'renderer', 'console');
}
