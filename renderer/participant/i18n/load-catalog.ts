import type { LanguageTag } from '../../common/i18n/languages.js';
import { en, type Catalog } from './catalogs/en.js';

/**
 * The phone's catalog for a language. English is in the main bundle; every other language is its
 * own chunk, fetched only when a phone picks it, so the first visit stays small.
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
