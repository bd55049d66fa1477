import { catalogTranslate, type MessageValues } from '../../../shared/i18n/catalog-translate.js';
import type {
  SmallCellCode,
  SmallCellMethod,
} from '../../../shared/aggregate/small-cell-method.js';
import {
  isWorkshopLanguage,
  type WorkshopLanguage,
} from '../../../shared/template/workshop-languages.js';
import { ar } from './catalogs/ar.js';
import { de } from './catalogs/de.js';
import { en, type PdfCatalog, type PdfMessageKey } from './catalogs/en.js';
import { es } from './catalogs/es.js';

export type { PdfMessageKey } from './catalogs/en.js';

export const PDF_CATALOGS: Record<WorkshopLanguage, PdfCatalog> = { en, es, de, ar };

/** A PDF's own words in one language: `t('frame.page', { page: 2, pages: 9 })`. */
export interface PdfMessages {
  language: WorkshopLanguage;
  t(key: PdfMessageKey, values?: MessageValues): string;
  /** "A", "A or B", "A, B or C" as the language joins alternatives. */
  orList(items: readonly string[]): string;
  /** "A and B", as the language lists things together (Intl.ListFormat). */
  andList(items: readonly string[]): string;
  /** The privacy gate's small-numbers method, as one sentence. */
  smallCell(method: SmallCellMethod): string;
}

/** The privacy gate's small-numbers codes, each worded by one message. */
const SMALL_CELL_KEYS: Record<SmallCellCode, PdfMessageKey> = {
  merged: 'smallCell.merged',
  scale: 'smallCell.scale',
  slider: 'smallCell.slider',
  topWords: 'smallCell.topWords',
  countedWords: 'smallCell.countedWords',
};

const cache = new Map<WorkshopLanguage, PdfMessages>();

/**
 * The PDF words for a language tag ("es", "de-CH"); a language without a catalog prints in
 * English. Messages are compiled once per process and language, on first use.
 */
export function pdfMessages(tag: string | undefined): PdfMessages {
  const base = (tag ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  const language: WorkshopLanguage = isWorkshopLanguage(base) ? base : 'en';
  let messages = cache.get(language);
  if (!messages) {
    messages = makeMessages(language);
    cache.set(language, messages);
  }
  return messages;
}

function makeMessages(language: WorkshopLanguage): PdfMessages {
  const catalog = PDF_CATALOGS[language];
  // Arabic separates list items with its own comma.
  const comma = language === 'ar' ? '، ' : ', ';
  const and = new Intl.ListFormat(language, { type: 'conjunction' });
  const t = catalogTranslate(catalog, language);
  return {
    language,
    t,
    smallCell: ({ code, min }) => t(SMALL_CELL_KEYS[code], { min }),
    andList: (items) => and.format(items),
    orList(items) {
      if (items.length <= 1) return items[0] ?? '';
      const or = catalog['results.or'];
      return `${items.slice(0, -1).join(comma)} ${or} ${items[items.length - 1]}`;
    },
  };
}
