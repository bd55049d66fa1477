import type { AnswerOf } from '../session/answer-schema.js';
import type { ScaleTheme, StepOf } from '../template/step-schema.js';
import {
  LEAN_BANDS,
  type Count,
  type ScaleAggregate,
  type ScaleStatementAggregate,
  type SliderAggregate,
  type SortAggregate,
  type SortItemAggregate,
} from './aggregate-types.js';
import { mergeSmallCells, wasMerged } from './merge-small-cells.js';
import { mean, round } from './stats.js';

/** Up to `bands` ranges of equal width over the slider's values, e.g. "0–1", "2–3". */
export function sliderRanges(
  step: StepOf<'slider'>,
  bands = 5,
): { key: string; from: number; to: number }[] {
  const count = Math.floor((step.max - step.min) / step.step) + 1;
  const width = Math.ceil(count / bands);
  const ranges: { key: string; from: number; to: number }[] = [];
  for (let i = 0; i < count; i += width) {
    const from = step.min + i * step.step;
    const to = step.min + Math.min(i + width - 1, count - 1) * step.step;
    ranges.push({ key: from === to ? String(from) : `${from}–${to}`, from, to });
  }
  return ranges;
}

function rawRangeCells(step: StepOf<'slider'>, aggregate: SliderAggregate, bands: number): Count[] {
  return sliderRanges(step, bands).map(({ key, from, to }) => ({
    key,
    count: aggregate.distribution
      .filter((cell) => Number(cell.key) >= from && Number(cell.key) <= to)
      .reduce((sum, cell) => sum + cell.count, 0),
  }));
}

function rangeCells(step: StepOf<'slider'>, aggregate: SliderAggregate, bands: number): Count[] {
  return mergeSmallCells(rawRangeCells(step, aggregate, bands));
}

/**
 * Exports print ranges, never single values, and no mean or median (they can pin answers).
 * Five ranges when they print without merging; otherwise three wider ones, which a small
 * group fills well enough to show a shape instead of "split not shown" (issue 13).
 */
export function coarsenSlider(step: StepOf<'slider'>, aggregate: SliderAggregate): SliderAggregate {
  const five = rangeCells(step, aggregate, 5);
  const distribution = wasMerged(five) ? rangeCells(step, aggregate, 3) : five;
  const coarse: SliderAggregate = { ...aggregate, distribution, mean: null, median: null };
  if (distribution.length === 1 && wasMerged(distribution)) {
    const most = rawRangeCells(step, aggregate, 3).find((c) => c.count * 2 > aggregate.respondents);
    if (most) coarse.mostIn = most.key;
  }
  return coarse;
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

/** Where one person's ratings in a theme lean: the mean of what they rated there. */
function leanOf(answer: AnswerOf<'scale'>, theme: ScaleTheme): (typeof LEAN_BANDS)[number] {
  const ratings = theme.statements.flatMap((s) => answer.values[s.id] ?? []);
  const average = mean(ratings);
  if (average === null) return 'skipped';
  if (average <= 2.5) return 'disagree';
  if (average >= 3.5) return 'agree';
  return 'mixed';
}

function themeLeans(theme: ScaleTheme, answers: AnswerOf<'scale'>[]): Count[] {
  const cells = LEAN_BANDS.map((key) => ({
    key,
    count: answers.filter((answer) => leanOf(answer, theme) === key).length,
  }));
  return mergeSmallCells(cells);
}

/** A row whose every band had to be combined says nothing; the theme's lean speaks instead. */
function saysSomething(statement: ScaleStatementAggregate): boolean {
  const bands = statement.bands ?? [];
  return !(bands.length === 1 && (bands[0]?.members?.length ?? 0) > 1);
}

/**
 * Exports show each theme as where people's ratings lean (one person, one lean), and each
 * statement as disagree / neutral / agree / skipped bands over all respondents, leaving out the
 * statements whose bands would all have to be combined. Theme rating totals and means are left
 * out: printed next to the statements they would let a reader work a merged cell back out.
 */
export function coarsenScale(
  step: StepOf<'scale'>,
  aggregate: ScaleAggregate,
  answers: AnswerOf<'scale'>[],
): ScaleAggregate {
  return {
    ...aggregate,
    themes: aggregate.themes.map((theme) => {
      const stepTheme = step.themes.find((t) => t.id === theme.themeId);
      return {
        themeId: theme.themeId,
        distribution: [],
        mean: null,
        statements: theme.statements
          .map((s) => scaleBands(s, aggregate.respondents))
          .filter(saysSomething),
        leanBands: stepTheme ? themeLeans(stepTheme, answers) : [],
      };
    }),
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
  if (!correctCell) {
    safe.correctShareWithheld = true;
    const matched = item.counts.find((cell) => cell.key === answerKey)?.count ?? 0;
    safe.mostMatchKey = matched * 2 > respondents;
  }
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
