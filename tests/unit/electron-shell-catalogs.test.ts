/**
 * The desktop shell's catalogs (menu, native dialogs, window title): every key the shell asks
 * for exists, none is left unused, every language fills the same keys with the same
 * placeholders, and every message formats in every language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { shellEn } from '../../main/electron/i18n/catalogs/en.js';
import {
  SHELL_CATALOGS,
  shellLanguage,
  shellMessages,
} from '../../main/electron/i18n/shell-messages.js';
import { INTERFACE_LANGUAGES } from '../../shared/protocol/interface-languages.js';

const SHELL_DIR = join(import.meta.dirname, '../../main/electron');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'catalogs' ? [] : sourceFiles(path);
    return /\.[cm]?ts$/.test(entry.name) ? [path] : [];
  });
}

const code = sourceFiles(SHELL_DIR)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

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

const english: Record<string, string> = shellEn;
const englishKeys = Object.keys(english).sort();

describe('the shell catalogs', () => {
  it('have every key the shell asks for', () => {
    const asked = [...code.matchAll(/\b(?:t|tell|menuPath)\(\s*'([^']+)'/g)].map((m) => m[1]!);
    expect(asked.length).toBeGreaterThan(20);
    expect(asked.filter((key) => !(key in english))).toEqual([]);
  });

  it('have no key the shell never uses', () => {
    expect(englishKeys.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });

  for (const language of INTERFACE_LANGUAGES) {
    it(`${language}: fills exactly the English keys, with the same placeholders, and formats`, () => {
      const catalog: Record<string, string> = SHELL_CATALOGS[language];
      expect(Object.keys(catalog).sort()).toEqual(englishKeys);
      for (const key of englishKeys) {
        const message = catalog[key] ?? '';
        expect(message.trim(), key).not.toBe('');
        expect(placeholders(message), `${language} ${key}`).toEqual(placeholders(english[key]!));
        const values = Object.fromEntries(placeholders(message).map((name) => [name, `«${name}»`]));
        for (const platform of ['win32', 'darwin']) {
          const text = String(
            new IntlMessageFormat(message, language).format({ ...values, platform }),
          );
          expect(text, `${language} ${key}`).not.toMatch(/[{}]/);
        }
      }
    });
  }

  it('are translated: only words written alike in a language may match English', () => {
    const alike = new Set(['dialog.ok', 'menu.path', 'updates.title']);
    for (const language of INTERFACE_LANGUAGES.filter((l) => l !== 'en')) {
      const catalog: Record<string, string> = SHELL_CATALOGS[language];
      const same = englishKeys.filter((key) => catalog[key] === english[key] && !alike.has(key));
      expect(same, language).toEqual([]);
    }
  });
});

describe('the shell language', () => {
  it('is the counselor’s choice, else the system’s when shipped, else English', () => {
    expect(shellLanguage('ar', 'de-DE')).toBe('ar');
    expect(shellLanguage(undefined, 'es-419')).toBe('es');
    expect(shellLanguage(null, 'de_CH')).toBe('de');
    expect(shellLanguage(undefined, 'pt-BR')).toBe('en');
    expect(shellLanguage(undefined, '')).toBe('en');
  });

  it('points at a menu item the way the language reads', () => {
    expect(shellMessages('es').menuPath('menu.help', 'menu.openLogFolder')).toBe(
      'Ayuda → Abrir la carpeta de registros',
    );
    expect(shellMessages('ar').menuPath('menu.help', 'menu.openLogFolder')).toBe(
      'مساعدة ← فتح مجلد السجل',
    );
    expect(shellMessages('de').t('menu.quit', { platform: 'win32' })).toBe('Beenden');
    expect(shellMessages('de').t('menu.quit', { platform: 'darwin' })).toBe('Circlework beenden');
  });
});
