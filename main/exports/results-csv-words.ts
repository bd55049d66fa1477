import type { CsvBand, CsvColumn, CsvWords } from '../../shared/privacy/results-csv.js';
import { pdfMessages, type PdfMessageKey } from './i18n/pdf-messages.js';

const COLUMN_KEYS: Record<CsvColumn, PdfMessageKey> = {
  exercise: 'csv.column.exercise',
  kind: 'csv.column.kind',
  respondents: 'csv.column.respondents',
  row: 'csv.column.row',
  category: 'csv.column.category',
  count: 'csv.column.count',
  note: 'csv.column.note',
};

const BAND_KEYS: Record<CsvBand, PdfMessageKey> = {
  disagree: 'csv.band.disagree',
  neutral: 'csv.band.neutral',
  mixed: 'csv.band.mixed',
  agree: 'csv.band.agree',
  skipped: 'csv.band.skipped',
  unplaced: 'csv.band.unplaced',
};

/**
 * The results CSV's words in the counselor's language, from the same catalogs as the report.
 * Numbers stay as plain digits with a dot in every language, so a spreadsheet or a script reads
 * the same columns whichever language the counselor works in.
 */
export function resultsCsvWords(language: string | undefined): CsvWords {
  const messages = pdfMessages(language);
  const { t } = messages;
  return {
    language: messages.language,
    column: (column) => t(COLUMN_KEYS[column]),
    kind: (kind) => t('csv.kind', { kind }),
    band: (band) => t(BAND_KEYS[band]),
    or: t('results.or'),
    range: (from, to) => t('csv.range', { from, to }),
    themeLean: (text) => t('csv.themeLean', { text }),
    wordRank: (rank) => t('csv.wordRank', { value: rank }),
    averagePosition: (position) => t('csv.averagePosition', { value: String(position) }),
    sharedText: t('csv.sharedText'),
    withheld: (k) => t('csv.withheld', { k }),
    smallCell: messages.smallCell,
  };
}
