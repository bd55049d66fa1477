import type { Count } from '../../../shared/aggregate/aggregate-types.js';
import type { ChartStrings } from '../strings.js';

/**
 * The room sees aggregates as the privacy gate coarsened them (issue 13): small cells combined
 * into one. These helpers name such cells in words and never show their joined ids.
 */
export function isMerged(cell: Count): boolean {
  return (cell.members?.length ?? 0) > 1;
}

/** True when every category had to go into one cell, so the split says nothing. */
export function allMerged(cells: readonly Count[]): boolean {
  return cells.length === 1 && cells[0] !== undefined && isMerged(cells[0]);
}

const MAX_LISTED = 3;
const MAX_LISTED_LENGTH = 60;

/** "A", "A or B", "A, B or C". */
export function joinWithOr(labels: readonly string[], or: string): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} ${or} ${labels[labels.length - 1]}`;
}

/** A cell's label: its own, a few members by name, or "Other answers combined". */
export function cellLabel(
  cell: Count,
  label: (key: string) => string,
  text: ChartStrings,
  listMembers = true,
): string {
  if (!isMerged(cell)) return label(cell.key);
  const joined = joinWithOr((cell.members ?? []).map(label), text.or);
  const listable =
    listMembers && (cell.members?.length ?? 0) <= MAX_LISTED && joined.length <= MAX_LISTED_LENGTH;
  return listable ? joined : text.otherCombined;
}
