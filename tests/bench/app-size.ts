import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type AppSize =
  | { available: true; gzipBytes: number; rawBytes: number; files: number }
  | { available: false; reason: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** What a phone downloads: every JS and CSS file of the participant build, each gzipped. */
export function participantAppSize(buildDir: string): AppSize {
  if (!existsSync(join(buildDir, 'index.html'))) {
    return { available: false, reason: `no participant build in ${buildDir}` };
  }
  const files = filesUnder(buildDir).filter((f) => /\.(m?js|css)$/.test(f));
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const content = readFileSync(file);
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { available: true, gzipBytes, rawBytes, files: files.length };
}
