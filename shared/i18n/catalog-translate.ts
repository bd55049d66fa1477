import { IntlMessageFormat } from 'intl-messageformat';

/** Values for a message's ICU arguments: `{name}`, `{count, plural, …}`, `{kind, select, …}`. */
export type MessageValues = Record<string, string | number>;

/**
 * `t` over one catalog in one locale, for every surface (screens, PDFs, the desktop shell). Each
 * message is parsed on first use and kept: the same few dozen are asked for again and again.
 */
export function catalogTranslate<Key extends string>(
  catalog: Record<Key, string>,
  locale: string,
): (key: Key, values?: MessageValues) => string {
  const parsed = new Map<Key, IntlMessageFormat>();
  return (key, values) => {
    let message = parsed.get(key);
    if (message === undefined) {
      message = new IntlMessageFormat(catalog[key], locale);
      parsed.set(key, message);
    }
    return String(message.format(values));
  };
}
