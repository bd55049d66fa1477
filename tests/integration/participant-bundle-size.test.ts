import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  firstVisitFiles,
  measureBundle,
  PARTICIPANT_BUILD_DIR,
  PARTICIPANT_GZIP_LIMIT_BYTES,
  totalGzipBytes,
} from '../../scripts/bundle-size.js';

describe('the phone app bundle (needs `npm run build`)', () => {
  it('stays within 120 KB gzip for the JS + CSS of a first visit', () => {
    const files = firstVisitFiles(measureBundle());
    expect(files.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.file.endsWith('.css'))).toBe(true);
    expect(totalGzipBytes(files)).toBeLessThanOrEqual(PARTICIPANT_GZIP_LIMIT_BYTES);
  });

  it('loads every language but English only on demand, each in its own chunk', () => {
    const all = measureBundle();
    const firstVisit = new Set(firstVisitFiles(all).map((f) => f.file));
    for (const tag of ['es', 'de', 'ar']) {
      const chunk = all.find((f) => new RegExp(`(^|/)${tag}-[\\w-]+\\.js$`).test(f.file));
      expect(chunk, tag).toBeDefined();
      expect(firstVisit.has(chunk?.file ?? ''), tag).toBe(false);
    }
  });

  it('does not ship zod: the phone imports protocol types only', () => {
    const js = measureBundle()
      .filter((f) => f.file.endsWith('.js'))
      .map((f) => readFileSync(join(PARTICIPANT_BUILD_DIR, f.file), 'utf8'))
      .join('\n');
    expect(js).not.toMatch(/invalid_type|ZodError|\$ZodType/);
  });

  it('loads nothing from outside the laptop (no CDN, no web fonts)', () => {
    const html = readFileSync(join(PARTICIPANT_BUILD_DIR, 'index.html'), 'utf8');
    const css = measureBundle()
      .filter((f) => f.file.endsWith('.css'))
      .map((f) => readFileSync(join(PARTICIPANT_BUILD_DIR, f.file), 'utf8'))
      .join('\n');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(css).not.toMatch(/@font-face|@import|url\(\s*['"]?(https?:)?\/\//);
  });
});
