import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Noto Sans (SIL OFL 1.1): Latin, Cyrillic, Greek and Vietnamese in one embedded face. */
export const FONT_REGULAR = 'body';
export const FONT_BOLD = 'bold';

const FILES = { [FONT_REGULAR]: 'NotoSans-Regular.ttf', [FONT_BOLD]: 'NotoSans-Bold.ttf' };

/** Works from the sources (main/exports/layout) and from the build (dist/main/exports/layout). */
function findFontsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth++) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, FILES[FONT_REGULAR]))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('the bundled fonts (assets/fonts) were not found');
}

let cache: Record<string, Buffer> | undefined;

/** Font bytes, read once per process: exports are rendered on request and must be quick. */
export function fontBuffers(): Record<typeof FONT_REGULAR | typeof FONT_BOLD, Buffer> {
  if (!cache) {
    const dir = findFontsDir();
    cache = {
      [FONT_REGULAR]: readFileSync(join(dir, FILES[FONT_REGULAR])),
      [FONT_BOLD]: readFileSync(join(dir, FILES[FONT_BOLD])),
    };
  }
  return cache as Record<typeof FONT_REGULAR | typeof FONT_BOLD, Buffer>;
}
