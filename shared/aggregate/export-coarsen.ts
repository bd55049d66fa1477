import type { StepOf } from '../template/step-schema.js';
import type {
  Count,
  ScaleAggregate,
  ScaleStatementAggregate,
  SliderAggregate,
  SortAggregate,
  SortItemAggregate,
} from './aggregate-types.js';
import { mergeSmallCells } from './merge-small-cells.js';
import { round } from './stats.js';

/** Up to five ranges of equal width over the slider's values, e.g. "0–1", "2–3". */
export function sliderRanges(step: StepOf<'slider'>): { key: string; from: number; to: number }[] {
  const count = Math.floor((step.max - step.min) / step.step) + 1;
  const width = Math.ceil(count / 5);
  const ranges: { key: string; from: number; to: number }[] = [];
  for (let i = 0; i < count; i += width) {
    const from = step.min + i * step.step;
    const to = step.min + Math.min(i + width - 1, count - 1) * step.step;
    ranges.push({ key: from === to ? String(from) : `${from}–${to}`, from, to });
  }
  return ranges;
}

/** Exports print ranges, never single values, and no mean or median (they can pin answers). */
export function coarsenSlider(step: StepOf<'slider'>, aggregate: SliderAggregate): SliderAggregate {
  const cells = sliderRanges(step).map(({ key, from, to }) => ({
    key,
    count: aggregate.distribution
      .filter((cell) => Number(cell.key) >= from && Number(cell.key) <= to)
      .reduce((sum, cell) => sum + cell.count, 0),
  }));
  return { ...aggregate, distribution: mergeSmallCells(cells), mean: null, median: null };
}

function scaleBands(
  statement: ScaleStatementAggregate,
  respondents: number,
): ScaleStatementAggregate {
  const [r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0] = statement.distribution;
  const rated = r1 + r2 + r3 + r4 + r5;
  const cells: Count[] = [
    { key: 'disagree', count: r1 + r2 },
    { key: 'neutral', count: r3 },
    { key: 'agree', count: r4 + r5 },
    { key: 'skipped', count: respondents - rated },
  ];
  const bands = mergeSmallCells(cells);
  return { statementId: statement.statementId, distribution: [], mean: null, bands };
}

/**
 * Exports show each statement as disagree / neutral / agree / skipped bands over all respondents.
 * Theme totals and means are left out: printed next to the statements they would let a reader
 * work a merged cell back out.
 */
export function coarsenScale(aggregate: ScaleAggregate): ScaleAggregate {
  return {
    ...aggregate,
    themes: aggregate.themes.map((theme) => ({
      themeId: theme.themeId,
      distribution: [],
      mean: null,
      statements: theme.statements.map((s) => scaleBands(s, aggregate.respondents)),
    })),
  };
}

function sortItem(
  item: SortItemAggregate,
  answerKey: string,
  respondents: number,
): SortItemAggregate {
  const cells: Count[] = [...item.counts, { key: 'unplaced', count: respondents - item.placed }];
  const counts = mergeSmallCells(cells);
  const correctCell = counts.find((cell) => cell.key === answerKey);
  const safe: SortItemAggregate = {
    itemId: item.itemId,
    counts,
    placed: respondents,
    correctShare: correctCell ? round(correctCell.count / respondents, 4) : 0,
  };
  if (!correctCell) safe.correctShareWithheld = true;
  return safe;
}

/** Exports count "unplaced" as a cell of every item, so placed + unplaced = respondents. */
export function coarsenSort(step: StepOf<'sort'>, aggregate: SortAggregate): SortAggregate {
  return {
    ...aggregate,
    items: aggregate.items.map((item) => {
      const answerKey = step.items.find((i) => i.id === item.itemId)?.category ?? '';
      return sortItem(item, answerKey, aggregate.respondents);
    }),
  };
}
