/**
 * Regenerates tests/fixtures/seed-fingerprints.txt from the seed articles in ../shared/seeds
 * (beside the repository, where the project's steering folder is checked out):
 * `npm run seeds:fingerprint`. Run it whenever the seeds change; commit the result.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fingerprint,
  RUN_LENGTH,
  SEED_FINGERPRINTS_FILE,
  shingles,
  words,
} from './seed-shingles.js';

const seedsDir = resolve(
  process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../shared/seeds'),
);
if (!existsSync(seedsDir)) {
  console.error(`No seed folder at ${seedsDir}; pass its path as the first argument.`);
  process.exit(1);
}
const files = readdirSync(seedsDir)
  .filter((file) => file.endsWith('.txt'))
  .sort();
const prints = new Set<string>();
for (const file of files)
  for (const run of shingles(words(readFileSync(join(seedsDir, file), 'utf8'))))
    prints.add(fingerprint(run));

const header = [
  `# SHA-256 (first 16 hex digits) of every normalised ${RUN_LENGTH}-word run in the seed articles.`,
  `# ${files.length} articles, ${prints.size} runs. Regenerate: npm run seeds:fingerprint`,
];
writeFileSync(SEED_FINGERPRINTS_FILE, [...header, ...[...prints].sort()].join('\n') + '\n');
console.log(
  `Wrote ${prints.size} fingerprints from ${files.length} articles to ${SEED_FINGERPRINTS_FILE}`,
);
