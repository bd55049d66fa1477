import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/participant/i18n/catalogs/en.js';
import { LANGUAGES } from '../../renderer/common/i18n/languages.js';
import { createTranslator } from '../../renderer/common/i18n/translator.js';
import { loadCatalog } from '../../renderer/participant/i18n/load-catalog.js';

const PARTICIPANT_DIR = join(import.meta.dirname, '../../renderer/participant');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every catalog path the phone's code reads: `strings.join.title`, and through a short name
 * (`const a = strings.actions; a.send`). A path read as a whole (`strings.join.errors[code]`)
 * covers every key under it.
 */
function pathsUsedInCode(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(PARTICIPANT_DIR)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?<![/\w.-])strings\.([\w.]+)/g)) used.add(match[1] ?? '');
    for (const alias of text.matchAll(/const (\w+) = strings\.([\w.]+);/g)) {
      const [, name = '', base = ''] = alias;
      for (const match of text.matchAll(new RegExp(`\\b${name}\\.([\\w.]+)`, 'g'))) {
        used.add(`${base}.${match[1] ?? ''}`);
      }
    }
  }
  return used;
}

function isUsed(key: string, used: Set<string>): boolean {
  return [...used].some((path) => key === path || key.startsWith(`${path}.`));
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1] ?? '').sort();
}

describe('the phone message catalogs', () => {
  const catalogKeys = Object.keys(en).sort();
  const used = pathsUsedInCode();

  it('has every key the code reads', () => {
    const known = (path: string) => catalogKeys.some((key) => isUsed(key, new Set([path])));
    expect([...used].filter((path) => !known(path))).toEqual([]);
  });

  it('has no key the code never reads', () => {
    expect(catalogKeys.filter((key) => !isUsed(key, used))).toEqual([]);
  });

  it('ships English first, then languages each named in its own words', () => {
    expect(LANGUAGES[0]?.tag).toBe('en');
    expect(LANGUAGES.map((l) => l.tag)).toEqual(['en', 'es', 'de', 'ar']);
    expect(LANGUAGES.map((l) => l.name)).toEqual(['English', 'Español', 'Deutsch', 'العربية']);
  });

  for (const language of LANGUAGES) {
    it(`${language.tag}: fills exactly the English keys with valid ICU messages`, async () => {
      const catalog = await loadCatalog(language.tag);
      expect(Object.keys(catalog).sort()).toEqual(catalogKeys);
      for (const [key, message] of Object.entries(catalog)) {
        expect(message.trim(), key).not.toBe('');
        expect(() => new IntlMessageFormat(message, language.tag), key).not.toThrow();
      }
    });

    it(`${language.tag}: every message formats with sample counts, all arguments filled`, async () => {
      const catalog = await loadCatalog(language.tag);
      const translator = createTranslator(en);
      translator.activate(language.tag, catalog);
      const textArguments = new Set(['name', 'label']);
      for (const key of catalogKeys) {
        const k = key as keyof typeof en;
        for (const n of [0, 1, 2, 3, 5, 11, 100, 102]) {
          const values = Object.fromEntries(
            placeholders(catalog[k]).map((name) => [name, textArguments.has(name) ? 'Ana' : n]),
          );
          const text = translator.t(k, values);
          expect(text.trim(), `${key} with ${n}`).not.toBe('');
          expect(text, `${key} with ${n}`).not.toMatch(/[{}#]/);
          if (textArguments.has(placeholders(catalog[k])[0] ?? '')) expect(text).toContain('Ana');
        }
      }
    });

    it(`${language.tag}: keeps the same placeholders as English`, async () => {
      const catalog = await loadCatalog(language.tag);
      for (const key of catalogKeys) {
        const k = key as keyof typeof en;
        expect(new Set(placeholders(catalog[k])), key).toEqual(new Set(placeholders(en[k])));
      }
    });
  }
});
