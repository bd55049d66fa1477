/**
 * The phone app's transfer size: every JS and CSS file of the participant build, gzipped, must
 * that a first visit loads must total at most 120 KB (DESIGN.md §6). Run after a build: `npx tsx scripts/bundle-size.ts`.
 * tests/unit/participant-bundle-size.test.ts asserts the same limit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const PARTICIPANT_BUILD_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../dist/renderer/participant',
);
export const PARTICIPANT_GZIP_LIMIT_BYTES = 120 * 1024;

export interface BundleFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Each JS/CSS file of a build with its raw and gzip (level 9) size. */
export function measureBundle(buildDir = PARTICIPANT_BUILD_DIR): BundleFile[] {
  if (!existsSync(join(buildDir, 'index.html'))) {
    throw new Error(`No participant build in ${buildDir}. Run \`npm run build\` first.`);
  }
  return filesUnder(buildDir)
    .filter((file) => /\.(m?js|css)$/.test(file))
    .map((file) => {
      const content = readFileSync(file);
      return {
        file: relative(buildDir, file),
        rawBytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    });
}

/**
 * What a phone downloads on its first visit: the files index.html loads. Chunks fetched later by
 * a dynamic import (a language's catalog) are left out; they cost only the phones that pick them.
 */
export function firstVisitFiles(
  files: BundleFile[],
  buildDir = PARTICIPANT_BUILD_DIR,
): BundleFile[] {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  return files.filter((f) => html.includes(f.file.split('\\').join('/')));
}

export function totalGzipBytes(files: BundleFile[]): number {
  return files.reduce((sum, f) => sum + f.gzipBytes, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const all = measureBundle();
  const files = firstVisitFiles(all);
  for (const f of all)
    console.log(
      `${f.file.padEnd(40)} ${kb(f.rawBytes).padStart(10)} ${kb(f.gzipBytes).padStart(10)} gzip`,
    );
  const total = totalGzipBytes(files);
  console.log(`first visit JS+CSS: ${kb(total)} gzip (limit ${kb(PARTICIPANT_GZIP_LIMIT_BYTES)})`);
  if (total > PARTICIPANT_GZIP_LIMIT_BYTES) process.exit(1);
}
