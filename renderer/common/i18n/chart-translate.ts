import type { LanguageTag } from './languages.js';
import { chartEn, type ChartCatalog } from './chart-catalogs/en.js';
import { createTranslator } from './translator.js';

/** The charts' translator, shared by every surface: English until another language is loaded. */
const charts = createTranslator(chartEn);

export const chartT = charts.t;
export const chartLocale = charts.locale;

/** The charts' catalog for a language; every language but English is its own chunk. */
async function loadChartCatalog(tag: LanguageTag): Promise<ChartCatalog> {
  switch (tag) {
    case 'en':
      return chartEn;
    case 'es':
      return (await import('./chart-catalogs/es.js')).chartEs;
    case 'de':
      return (await import('./chart-catalogs/de.js')).chartDe;
    case 'ar':
      return (await import('./chart-catalogs/ar.js')).chartAr;
  }
}

/** Loads a language's chart words and makes them the ones every chart reads from now on. */
export async function switchChartLanguage(tag: LanguageTag): Promise<void> {
  charts.activate(tag, await loadChartCatalog(tag));
}
