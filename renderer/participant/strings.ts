import { nestMessages, type NestedMessages } from '../common/i18n/nest-messages.js';
import { en } from './i18n/catalogs/en.js';
import { t } from './i18n/translate.js';

/**
 * Every piece of text the phone app shows, read from the active language's catalog
 * (renderer/participant/i18n/catalogs) by the catalog's own dotted keys: `strings.join.title`
 * is 'join.title'; a message with arguments is a function of them. The charts' words, which the
 * console and projector share, are in common/chart-strings.ts. Workshop content stays in the
 * workshop's language.
 */
export type Strings = NestedMessages<typeof en>;

/**
 * The strings in the phone's language. A live binding: `rebuildStrings` swaps it after a language
 * change, and the app re-renders so every screen reads the new words.
 */
export let strings: Strings = nestMessages(en, t);

export function rebuildStrings(): void {
  strings = nestMessages(en, t);
}
