import type { Count } from '../../../shared/aggregate/aggregate-types.js';
import { pdfMessages, type PdfMessages } from '../i18n/pdf-messages.js';
import type { NumberFormats } from '../layout/numbers.js';

/** Longest "A, B or C" a merged cell may print before it becomes "Other answers combined". */
const MAX_JOINED_LENGTH = 60;
const MAX_JOINED_MEMBERS = 3;

/** How many categories a set of (possibly merged) cells covers. */
function categoryCount(cells: readonly Count[]): number {
  return cells.reduce((sum, cell) => sum + (cell.members?.length ?? 1), 0);
}

export function isMerged(cell: Count): boolean {
  return (cell.members?.length ?? 0) > 1;
}

/** True when the small-cell rule had to put every category into one cell. */
export function allMerged(cells: readonly Count[]): boolean {
  return cells.length === 1 && cells[0] !== undefined && isMerged(cells[0]);
}

export interface CellLabelOptions {
  /**
   * Whether members may be listed by name ("A or B"). Off where the labels already read as
   * ranges with "or" in them (scale bands), which would make a list ambiguous.
   */
  listMembers?: boolean;
  /** "answers", "values": what the combined cell holds. */
  noun?: 'answers' | 'values';
  /** The document's words; English when not given. */
  messages?: PdfMessages;
}

/**
 * A cell's label for print. A merged export cell never shows its joined ids: it names a few
 * members in words ("Worry or Anger"), or says "Other answers combined" / "All answers combined".
 */
export function cellLabel(
  cell: Count,
  cells: readonly Count[],
  label: (key: string) => string,
  options: CellLabelOptions = {},
): string {
  if (!isMerged(cell)) return label(cell.key);
  const members = cell.members ?? [];
  const noun = options.noun ?? 'answers';
  const messages = options.messages ?? pdfMessages('en');
  if (members.length >= categoryCount(cells)) return messages.t('results.allCombined', { noun });
  const joined = messages.orList(members.map(label));
  const listable =
    options.listMembers !== false &&
    members.length <= MAX_JOINED_MEMBERS &&
    joined.length <= MAX_JOINED_LENGTH;
  return listable ? joined : messages.t('results.otherCombined', { noun });
}

export function percent(count: number, total: number, numbers: NumberFormats): string {
  return total > 0 ? numbers.percent(count / total) : '–';
}
