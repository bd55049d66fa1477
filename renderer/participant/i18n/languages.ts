import { en, type Catalog } from './catalogs/en.js';

/** The languages the phone ships, each named in its own words for the picker. */
export const PHONE_LANGUAGES = [
  { tag: 'en', name: 'English', dir: 'ltr' },
  { tag: 'es', name: 'Español', dir: 'ltr' },
  { tag: 'de', name: 'Deutsch', dir: 'ltr' },
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type PhoneLanguage = (typeof PHONE_LANGUAGES)[number];
export type LanguageTag = PhoneLanguage['tag'];

export function isLanguageTag(tag: string): tag is LanguageTag {
  return PHONE_LANGUAGES.some((language) => language.tag === tag);
}

export function languageOf(tag: LanguageTag): PhoneLanguage {
  return PHONE_LANGUAGES.find((language) => language.tag === tag) ?? PHONE_LANGUAGES[0];
}

/**
 * The catalog for a language. English is in the main bundle; every other language is its own
 * chunk, fetched only when a phone picks it, so the first visit stays small.
 */
export async function loadCatalog(tag: LanguageTag): Promise<Catalog> {
  switch (tag) {
    case 'en':
      return en;
    case 'es':
      return (await import('./catalogs/es.js')).es;
    case 'de':
      return (await import('./catalogs/de.js')).de;
    case 'ar':
      return (await import('./catalogs/ar.js')).ar;
  }
}

/** The first of the phone's own languages (navigator.languages) that ships, else English. */
export function preferredLanguage(phoneLanguages: readonly string[]): LanguageTag {
  for (const wanted of phoneLanguages) {
    const base = wanted.toLowerCase().split('-')[0] ?? '';
    if (isLanguageTag(base)) return base;
  }
  return 'en';
}
