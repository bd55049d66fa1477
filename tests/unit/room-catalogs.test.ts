/**
 * The console's, projector's and charts' message catalogs: every key the code asks for exists,
 * none is left unused, every language fills the same keys with the same placeholders, and every
 * message formats in every language with a spread of counts (Arabic has six plural forms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { chartEn } from '../../renderer/common/i18n/chart-catalogs/en.js';
import { LANGUAGES, type LanguageTag } from '../../renderer/common/i18n/languages.js';
import { createTranslator } from '../../renderer/common/i18n/translator.js';
import { en } from '../../renderer/console-and-projector/i18n/catalogs/en.js';

const RENDERER = join(import.meta.dirname, '../../renderer');
/** The files that read chart words; every other console or projector file reads room words. */
const CHART_FILES = ['common/chart-strings.ts', 'console-and-projector/room-chart-strings.ts'];
const ROOM_DIRS = ['console', 'console-and-projector', 'projector'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const roomFiles = ROOM_DIRS.flatMap((dir) => sourceFiles(join(RENDERER, dir))).filter(
  (file) => !CHART_FILES.includes(relative(RENDERER, file)),
);
const chartFiles = CHART_FILES.map((file) => join(RENDERER, file));

/** Keys asked for through `t('…')`, and every quoted dotted name (keys chosen by `?:` too). */
function keysIn(files: string[]): { asked: Set<string>; quoted: Set<string> } {
  const asked = new Set<string>();
  const quoted = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) asked.add(m[1] ?? '');
    for (const m of text.matchAll(/'([\w-]+(?:\.[\w-]+)+)'/g)) quoted.add(m[1] ?? '');
  }
  return { asked, quoted };
}

async function loadRoom(tag: LanguageTag): Promise<Record<string, string>> {
  const modules = {
    en: async () => en,
    es: async () => (await import('../../renderer/console-and-projector/i18n/catalogs/es.js')).es,
    de: async () => (await import('../../renderer/console-and-projector/i18n/catalogs/de.js')).de,
    ar: async () => (await import('../../renderer/console-and-projector/i18n/catalogs/ar.js')).ar,
  };
  return modules[tag]();
}

async function loadChart(tag: LanguageTag): Promise<Record<string, string>> {
  const modules = {
    en: async () => chartEn,
    es: async () => (await import('../../renderer/common/i18n/chart-catalogs/es.js')).chartEs,
    de: async () => (await import('../../renderer/common/i18n/chart-catalogs/de.js')).chartDe,
    ar: async () => (await import('../../renderer/common/i18n/chart-catalogs/ar.js')).chartAr,
  };
  return modules[tag]();
}

interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
}

/** The argument names of a message, read from its parsed form (branch texts are not names). */
function argumentsOf(elements: AstElement[]): string[] {
  return elements.flatMap((element) => {
    // 0 literal and 7 `#` carry no name; every other kind is an argument.
    const own = element.type === 0 || element.type === 7 ? [] : [String(element.value)];
    const nested = Object.values(element.options ?? {}).flatMap((o) => argumentsOf(o.value));
    return [...own, ...nested];
  });
}

function placeholders(message: string): string[] {
  const ast = new IntlMessageFormat(message, 'en').getAst() as AstElement[];
  return [...new Set(argumentsOf(ast))].sort();
}

/** Sample values: words for text arguments, a select's own cases, else the count `n`. */
const TEXT_SAMPLES: Record<string, string> = {
  status: 'running',
  outcome: 'coarsened',
  layout: 'large',
  locked: 'yes',
};
const NUMBER_ARGUMENTS = new Set([
  'count',
  'k',
  'min',
  'max',
  'minutes',
  'steps',
  'number',
  'seats',
  'seconds',
  'still',
  'days',
  'hours',
  'fetched',
  'shown',
  'percent',
  'place',
  'status',
]);

function sampleValues(message: string, n: number): Record<string, string | number> {
  return Object.fromEntries(
    placeholders(message).map((name) => {
      if (name in TEXT_SAMPLES) return [name, TEXT_SAMPLES[name]!];
      return [name, NUMBER_ARGUMENTS.has(name) ? n : `«${name}»`];
    }),
  );
}

const catalogs = [
  { name: 'room', english: en as Record<string, string>, load: loadRoom, files: roomFiles },
  { name: 'chart', english: chartEn as Record<string, string>, load: loadChart, files: chartFiles },
];

describe.each(catalogs)('the $name catalogs', ({ english, load, files }) => {
  const englishKeys = Object.keys(english).sort();
  const { asked, quoted } = keysIn(files);

  it('have every key the code asks for', () => {
    expect([...asked].filter((key) => !(key in english))).toEqual([]);
  });

  it('have no key the code never uses', () => {
    expect(englishKeys.filter((key) => !quoted.has(key))).toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`${language.tag}: fills exactly the English keys, with the same placeholders`, async () => {
      const catalog = await load(language.tag);
      expect(Object.keys(catalog).sort()).toEqual(englishKeys);
      for (const key of englishKeys) {
        expect(catalog[key]?.trim(), key).not.toBe('');
        expect(placeholders(catalog[key] ?? ''), key).toEqual(placeholders(english[key] ?? ''));
        expect(() => new IntlMessageFormat(catalog[key] ?? '', language.locale), key).not.toThrow();
      }
    });

    it(`${language.tag}: formats every message with counts 0, 1, 2, 3, 11, 100 and 1.5`, async () => {
      const catalog = await load(language.tag);
      const translator = createTranslator(english);
      translator.activate(language.tag, catalog);
      for (const key of englishKeys) {
        for (const n of [0, 1, 2, 3, 11, 100, 1.5]) {
          const text = translator.t(key, sampleValues(english[key] ?? '', n));
          expect(text.trim(), `${key} with ${n}`).not.toBe('');
          expect(text, `${key} with ${n}`).not.toMatch(/[{}#]/);
          for (const name of placeholders(english[key] ?? '')) {
            if (!NUMBER_ARGUMENTS.has(name) && !(name in TEXT_SAMPLES)) {
              expect(text, `${key} shows ${name}`).toContain(`«${name}»`);
            }
          }
        }
      }
    });
  }

  it('write Arabic numbers in Latin digits, like the room code and clock beside them', async () => {
    const translator = createTranslator(english);
    translator.activate('ar', await load('ar'));
    const sample = englishKeys.find((key) => (english[key] ?? '').includes('plural'));
    expect(sample).toBeDefined();
    expect(translator.t(sample!, sampleValues(english[sample!] ?? '', 11))).toMatch(/11/);
  });
});
