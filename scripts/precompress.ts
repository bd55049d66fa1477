/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file the renderer
 * build produced, so the host sends a phone the smallest copy its browser accepts without
 * compressing anything per request (issue 17). Run by `npm run build:renderer`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.webmanifest',
  '.txt',
]);
const root = resolve(
  process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../dist/renderer'),
);

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (COMPRESSIBLE.has(extname(entry.name).toLowerCase())) yield path;
  }
}

let plain = 0;
let brotli = 0;
for (const file of filesUnder(root)) {
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = gzipSync(data, { level: 9 });
  // A copy that saves nothing is not written; the host then sends the file as it is.
  if (br.length < data.length) writeFileSync(`${file}.br`, br);
  if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
  plain += statSync(file).size;
  brotli += Math.min(br.length, data.length);
}
console.log(
  `precompressed ${root}: ${Math.round(plain / 1024)} KB → ${Math.round(brotli / 1024)} KB brotli`,
);
