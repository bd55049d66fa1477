import { catalogTranslate, type MessageValues } from '../../../shared/i18n/catalog-translate.js';
import {
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
} from '../../../shared/protocol/interface-languages.js';
import { shellAr } from './catalogs/ar.js';
import { shellDe } from './catalogs/de.js';
import { shellEn, type ShellCatalog, type ShellMessageKey } from './catalogs/en.js';
import { shellEs } from './catalogs/es.js';

export type { ShellMessageKey } from './catalogs/en.js';

export const SHELL_CATALOGS: Record<InterfaceLanguage, ShellCatalog> = {
  en: shellEn,
  es: shellEs,
  de: shellDe,
  ar: shellAr,
};

/** The shell's words in one language: `t('updates.youHave', { version: '1.2.0' })`. */
export interface ShellMessages {
  language: InterfaceLanguage;
  t: (key: ShellMessageKey, values?: MessageValues) => string;
  /** "Help → Open log folder", as a dialog points at a menu item. */
  menuPath: (menu: ShellMessageKey, item: ShellMessageKey) => string;
}

/** The language tag's base ("es-419" → "es"), when Circlework ships it. */
function shippedLanguage(tag: string | null | undefined): InterfaceLanguage | undefined {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return INTERFACE_LANGUAGES.find((language) => language === base);
}

/**
 * The language the shell speaks: the counselor's choice in the console, else the system's
 * (Electron's app.getLocale()) when Circlework ships it, else English.
 */
export function shellLanguage(
  chosen: InterfaceLanguage | null | undefined,
  systemLocale: string,
): InterfaceLanguage {
  return chosen ?? shippedLanguage(systemLocale) ?? 'en';
}

const cache = new Map<InterfaceLanguage, ShellMessages>();

/** Messages are compiled once per process and language, on first use. */
export function shellMessages(language: InterfaceLanguage): ShellMessages {
  let messages = cache.get(language);
  if (!messages) {
    messages = makeMessages(language);
    cache.set(language, messages);
  }
  return messages;
}

function makeMessages(language: InterfaceLanguage): ShellMessages {
  const catalog = SHELL_CATALOGS[language];
  const t = catalogTranslate(catalog, language);
  return {
    language,
    t,
    menuPath: (menu, item) => t('menu.path', { menu: t(menu), item: t(item) }),
  };
}
