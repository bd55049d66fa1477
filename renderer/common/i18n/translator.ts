import { catalogTranslate, type MessageValues } from '../../../shared/i18n/catalog-translate.js';
import { languageOf, type LanguageTag } from './languages.js';

export interface Translator<Key extends string> {
  /** The active language's text for `key`, with ICU arguments, plurals and selects filled in. */
  t(key: Key, values?: MessageValues): string;
  /** Switches every later `t` call to another language's catalog. */
  activate(tag: LanguageTag, catalog: Record<Key, string>): void;
  /** The locale the active catalog formats numbers and dates with. */
  locale(): string;
}

/**
 * A translator over one surface's catalogs (phone, console, projector), English until another
 * catalog is activated. Messages are parsed once per language and kept, since screens re-render
 * often and the same few dozen messages are asked for again and again.
 */
export function createTranslator<Key extends string>(
  english: Record<Key, string>,
): Translator<Key> {
  let locale = 'en';
  let translate = catalogTranslate(english, locale);
  return {
    t: (key, values) => translate(key, values),
    activate(tag, catalog) {
      locale = languageOf(tag).locale;
      translate = catalogTranslate(catalog, locale);
    },
    locale: () => locale,
  };
}
