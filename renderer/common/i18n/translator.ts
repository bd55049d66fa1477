import { IntlMessageFormat } from 'intl-messageformat';
import { languageOf, type LanguageTag } from './languages.js';

/** Values for a message's ICU arguments: `{name}`, `{count, plural, …}`, `{kind, select, …}`. */
export type MessageValues = Record<string, string | number>;

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
  let active: { locale: string; catalog: Record<Key, string> } = { locale: 'en', catalog: english };
  let parsed = new Map<Key, IntlMessageFormat>();
  return {
    t(key, values) {
      let message = parsed.get(key);
      if (message === undefined) {
        message = new IntlMessageFormat(active.catalog[key], active.locale);
        parsed.set(key, message);
      }
      return String(message.format(values));
    },
    activate(tag, catalog) {
      active = { locale: languageOf(tag).locale, catalog };
      parsed = new Map();
    },
    locale: () => active.locale,
  };
}
