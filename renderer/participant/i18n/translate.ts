import { en, type Catalog, type MessageKey } from './catalogs/en.js';
import { formatIcu, type MessageValues } from './icu-lite.js';

/** The catalog in use and its BCP 47 tag; English until a phone picks another language. */
let active: { tag: string; catalog: Catalog } = { tag: 'en', catalog: en };

export function activateCatalog(tag: string, catalog: Catalog): void {
  active = { tag, catalog };
}

/** The active language's text for `key`, with ICU placeholders and plurals filled from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
  return formatIcu(active.catalog[key], active.tag, values);
}
