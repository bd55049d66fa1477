import { IntlMessageFormat } from 'intl-messageformat';

/** Values for a message's ICU arguments: `{name}`, `{count, plural, …}`, `{kind, select, …}`. */
export type MessageValues = Record<string, string | number>;

export interface Translator<Key extends string> {
  /** The active language's text for `key`, with ICU arguments, plurals and selects filled in. */
  t(key: Key, values?: MessageValues): string;
  /** Switches every later `t` call to another language's catalog. */
  activate(tag: string, catalog: Record<Key, string>): void;
  /** The BCP 47 tag of the active catalog. */
  tag(): string;
}

/**
 * A translator over one surface's catalogs (phone, console, projector), English until another
 * catalog is activated. Messages are parsed once per language and kept, since screens re-render
 * often and the same few dozen messages are asked for again and again.
 */
export function createTranslator<Key extends string>(
  english: Record<Key, string>,
): Translator<Key> {
  let active: { tag: string; catalog: Record<Key, string> } = { tag: 'en', catalog: english };
  let parsed = new Map<Key, IntlMessageFormat>();
  return {
    t(key, values) {
      let message = parsed.get(key);
      if (message === undefined) {
        message = new IntlMessageFormat(active.catalog[key], active.tag);
        parsed.set(key, message);
      }
      return String(message.format(values));
    },
    activate(tag, catalog) {
      active = { tag, catalog };
      parsed = new Map();
    },
    tag: () => active.tag,
  };
}
