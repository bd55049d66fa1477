import type { Count, SliderAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../strings.js';
import { joinWithOr } from './coarse-cells.js';

interface Range {
  from: number;
  to: number;
}

/** The room's slider comes coarsened (issue 13): ranges, no mean or median. */
export function isRanged(aggregate: SliderAggregate): boolean {
  return aggregate.mean === null && aggregate.median === null;
}

/** A cell key is one value ("5") or a range ("0–2"); null for anything else. */
export function parseRange(key: string): Range | null {
  const match = /^(-?\d+(?:\.\d+)?)(?:–(-?\d+(?:\.\d+)?))?$/.exec(key);
  if (!match) return null;
  const from = Number(match[1]);
  return { from, to: match[2] === undefined ? from : Number(match[2]) };
}

export function rangeLabel({ from, to }: Range): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** "between 7 and 10", "7": where most of the group answered. */
export function rangeWords(key: string): string {
  const range = parseRange(key);
  if (!range) return key;
  return range.from === range.to ? String(range.from) : `between ${range.from} and ${range.to}`;
}

/**
 * One column per printed cell, in order on the axis. Neighbouring ranges combined for privacy
 * read as one wider range; ranges apart as "0–2 or 9–10" and go last.
 */
export function rangeColumns(
  step: Pick<PublicStepOf<'slider'>, 'step'>,
  aggregate: Pick<SliderAggregate, 'distribution'>,
  text: ChartStrings,
): { label: string; count: number }[] {
  const columns = aggregate.distribution.map((cell: Count) => {
    const ranges = (cell.members ?? [cell.key]).map(parseRange);
    const known = ranges.filter((r): r is Range => r !== null).sort((a, b) => a.from - b.from);
    if (known.length === 0 || known.length < ranges.length)
      return { label: cell.key, count: cell.count, at: Infinity };
    const contiguous = known.every(
      (range, i) => i === 0 || Math.abs(range.from - known[i - 1]!.to - step.step) < 1e-9,
    );
    const first = known[0]!;
    const last = known[known.length - 1]!;
    if (contiguous)
      return {
        label: rangeLabel({ from: first.from, to: last.to }),
        count: cell.count,
        at: first.from,
      };
    return {
      label: known.length === 2 ? joinWithOr(known.map(rangeLabel), text.or) : text.otherCombined,
      count: cell.count,
      at: Infinity,
    };
  });
  return columns
    .sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1))
    .map(({ label, count }) => ({ label, count }));
}
