import type { Count } from '../../../shared/aggregate/aggregate-types.js';

/** A cell's label; a merged export cell names all the categories it combines. */
export function cellLabel(cell: Count, label: (key: string) => string): string {
  return cell.members && cell.members.length > 1
    ? cell.members.map(label).join(' + ')
    : label(cell.key);
}

export function percent(count: number, total: number): string {
  return total > 0 ? `${Math.round((count / total) * 100)}%` : '–';
}
