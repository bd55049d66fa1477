import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fingerprintTranslations } from './fingerprint-translations.js';

/**
 * `npx tsx main/templates/fingerprint-translations-cli.ts <workshop.yaml>`: gives every
 * translation written as plain text its source fingerprint, in place.
 */
const file = process.argv[2];
if (!file) {
  console.error('usage: fingerprint-translations-cli.ts <workshop.yaml>');
  process.exit(2);
}
const path = resolve(file);
const result = fingerprintTranslations(readFileSync(path, 'utf8'));
if (!result.ok) {
  console.error(`${file}: ${result.message}`);
  process.exit(1);
}
writeFileSync(path, result.text);
console.log(`${file}: ${result.fingerprinted} translation(s) fingerprinted`);
