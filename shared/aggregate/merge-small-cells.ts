import type { Count } from './aggregate-types.js';

/** The smallest count an export may print apart from zero (DESIGN.md §4.5). */
export const MIN_PRINTED_COUNT = 3;

function isSmall(cell: Count): boolean {
  return cell.count < MIN_PRINTED_COUNT;
}

export interface MergeOptions {
  /**
   * Which cells must not print alone; by default those under 3. Multiple choice adds cells
   * that all but 1 or 2 respondents picked, since "respondents − count" would give those away.
   */
  small?: (cell: Count) => boolean;
}

/**
 * Which cells must be combined. All cells under 3 (zeros too, so a reader can't tell a 0 from
 * a 1 or 2) form one group. The group also takes in the smallest remaining cells (every cell of
 * that size, so a tie-break can't give anything away) when it would still leave a member's count
 * readable: a total of 1 or 2, or exactly 2 per member (then every member is 2).
 */
function groupOf(cells: readonly Count[], small_: (cell: Count) => boolean): Set<Count> | null {
  const small = cells.filter(small_);
  const smallTotal = small.reduce((sum, cell) => sum + cell.count, 0);
  if (smallTotal === 0) return null;
  const group = new Set(small);
  // A group of one cell would print that cell as it is.
  if (smallTotal < MIN_PRINTED_COUNT || smallTotal === 2 * small.length || small.length === 1) {
    const big = cells.filter((cell) => !small_(cell));
    const smallestBig = Math.min(...big.map((cell) => cell.count));
    for (const cell of big) if (cell.count === smallestBig) group.add(cell);
  }
  return group;
}

/**
 * Makes a set of cells safe to print: every printed count is 0 or at least 3, and no member
 * of a combined group can be worked back out, even by a reader who knows this method.
 * Zeros stay separate only when every small cell is zero. When there is nothing big enough
 * to combine with, everything becomes one group.
 */
export function mergeSmallCells(cells: readonly Count[], options: MergeOptions = {}): Count[] {
  const group = groupOf(cells, options.small ?? isSmall);
  if (!group) return cells.map((cell) => ({ ...cell }));
  const members = cells.filter((cell) => group.has(cell));
  const merged: Count = {
    key: members.map((cell) => cell.key).join('+'),
    count: members.reduce((sum, cell) => sum + cell.count, 0),
    members: members.map((cell) => cell.key),
  };
  return [...cells.filter((cell) => !group.has(cell)).map((cell) => ({ ...cell })), merged];
}

export function wasMerged(cells: readonly Count[]): boolean {
  return cells.some((cell) => cell.members !== undefined);
}
