import type { InterfaceLanguage } from '../../../shared/protocol/interface-languages.js';

/**
 * The interface languages Circlework ships, each named in its own words for a picker. `locale`
 * formats numbers, plurals and dates: Arabic keeps Latin digits, the digits of the room code, the
 * clock and every address on the same screen (a native-speaking reviewer may choose otherwise).
 */
export const LANGUAGES = [
  { tag: 'en', name: 'English', dir: 'ltr', locale: 'en' },
  { tag: 'es', name: 'Español', dir: 'ltr', locale: 'es' },
  { tag: 'de', name: 'Deutsch', dir: 'ltr', locale: 'de' },
  { tag: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn' },
] as const satisfies readonly {
  tag: InterfaceLanguage;
  name: string;
  dir: 'ltr' | 'rtl';
  locale: string;
}[];

export type Language = (typeof LANGUAGES)[number];
export type LanguageTag = Language['tag'];

export function isLanguageTag(tag: string): tag is LanguageTag {
  return LANGUAGES.some((language) => language.tag === tag);
}

export function languageOf(tag: LanguageTag): Language {
  return LANGUAGES.find((language) => language.tag === tag) ?? LANGUAGES[0];
}

/** The first of a device's languages (e.g. navigator.languages) that ships, else English. */
export function preferredLanguage(deviceLanguages: readonly string[]): LanguageTag {
  for (const wanted of deviceLanguages) {
    const base = wanted.toLowerCase().split('-')[0] ?? '';
    if (isLanguageTag(base)) return base;
  }
  return 'en';
}

/** `<html lang dir>` for a language, so screen readers, fonts and layout follow it. */
export function applyDocumentLanguage(tag: LanguageTag): void {
  document.documentElement.lang = tag;
  document.documentElement.dir = languageOf(tag).dir;
}
