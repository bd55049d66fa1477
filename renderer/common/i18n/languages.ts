/** The interface languages Circlework ships, each named in its own words for a picker. */
export const LANGUAGES = [
  { tag: 'en', name: 'English', dir: 'ltr' },
  { tag: 'es', name: 'Español', dir: 'ltr' },
  { tag: 'de', name: 'Deutsch', dir: 'ltr' },
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type LanguageTag = Language['tag'];

export const LANGUAGE_TAGS = LANGUAGES.map((language) => language.tag) as [
  LanguageTag,
  ...LanguageTag[],
];

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
