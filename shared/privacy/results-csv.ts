import type { Count, StepAggregate } from '../aggregate/aggregate-types.js';
import type { SessionState } from '../session/session-types.js';
import {
  isExercise,
  type ExerciseKind,
  type ExerciseStep,
  type StepOf,
} from '../template/step-schema.js';
import { assertNever } from '../assert-never.js';
import { localizeTemplate } from '../template/localize-template.js';
import { gateAggregate } from './privacy-gate.js';
import type { SmallCellMethod } from '../aggregate/small-cell-method.js';

/** The columns, in order. Their names are worded per language; their order never changes. */
export const CSV_COLUMNS = [
  'exercise',
  'kind',
  'respondents',
  'row',
  'category',
  'count',
  'note',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

type Row = [
  exercise: string,
  kind: string,
  respondents: string,
  row: string,
  category: string,
  count: string,
  note: string,
];

/** The privacy gate's own cells: scale bands and a sort's "not placed". */
export const CSV_BANDS = ['disagree', 'neutral', 'mixed', 'agree', 'skipped', 'unplaced'] as const;

export type CsvBand = (typeof CSV_BANDS)[number];

function isBand(key: string): key is CsvBand {
  return (CSV_BANDS as readonly string[]).includes(key);
}

/**
 * The CSV's own words in the counselor's language (main/exports/results-csv-words.ts words
 * them from the PDF catalogs). Only words change with the language: the rows, the counts and
 * what the gate withholds are the same in every one.
 */
export interface CsvWords {
  /** The counselor's language: the workshop's texts are taken from its translation, if any. */
  language: string;
  column(column: CsvColumn): string;
  kind(kind: ExerciseKind): string;
  band(band: CsvBand): string;
  /** Joins the members of a combined cell: "A or B". */
  or: string;
  /** A slider range, "0 to 2". */
  range(from: string, to: string): string;
  themeLean(theme: string): string;
  wordRank(rank: number): string;
  averagePosition(position: number): string;
  sharedText: string;
  withheld(k: number): string;
  /** The privacy gate's small-numbers method, as one sentence. */
  smallCell(method: SmallCellMethod): string;
}

/**
 * One cell of a spreadsheet. Quoted per RFC 4180; a leading = + - @ is defused with an
 * apostrophe, since shared texts are written by participants and a spreadsheet would run them.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function labelOf(count: Count, name: (key: string) => string, words: CsvWords): string {
  return (count.members ?? [count.key]).map(name).join(` ${words.or} `);
}

function bandOr(words: CsvWords, key: string): string {
  return isBand(key) ? words.band(key) : key;
}

function optionName(options: readonly { id: string; label: string }[], words: CsvWords) {
  return (key: string) => options.find((o) => o.id === key)?.label ?? bandOr(words, key);
}

/** Export ranges are keyed "0–2" (export-coarsen.ts); a single value stays as it is. */
function rangeName(key: string, words: CsvWords): string {
  const [from, to] = key.split('–');
  return from !== undefined && to !== undefined ? words.range(from, to) : key;
}

function rowsOf(
  step: ExerciseStep,
  aggregate: StepAggregate,
  method: string | null,
  words: CsvWords,
): Row[] {
  const kind = words.kind(step.kind);
  const base = (
    respondents: number | string,
    row: string,
    category: string,
    count: string,
  ): Row => [step.title, kind, String(respondents), row, category, count, method ?? ''];
  switch (aggregate.kind) {
    case 'private':
      return [];
    case 'suppressed':
      return [[step.title, kind, '', '', '', '', words.withheld(aggregate.k)]];
    case 'choice': {
      const name = optionName(step.kind === 'choice' ? step.options : [], words);
      return aggregate.counts.map((c) =>
        base(aggregate.respondents, '', labelOf(c, name, words), String(c.count)),
      );
    }
    case 'scale': {
      const scale = step as StepOf<'scale'>;
      const name = (key: string) => bandOr(words, key);
      return aggregate.themes.flatMap((theme) => {
        const stepTheme = scale.themes.find((t) => t.id === theme.themeId);
        const title = stepTheme?.title ?? theme.themeId;
        const lean = (theme.leanBands ?? []).map((c) =>
          base(
            aggregate.respondents,
            words.themeLean(title),
            labelOf(c, name, words),
            String(c.count),
          ),
        );
        const statements = theme.statements.flatMap((s) => {
          const text =
            stepTheme?.statements.find((x) => x.id === s.statementId)?.text ?? s.statementId;
          return (s.bands ?? []).map((c) =>
            base(aggregate.respondents, text, labelOf(c, name, words), String(c.count)),
          );
        });
        return [...lean, ...statements];
      });
    }
    case 'sort': {
      const sort = step as StepOf<'sort'>;
      const name = optionName(sort.categories, words);
      return aggregate.items.flatMap((item) => {
        const label = sort.items.find((i) => i.id === item.itemId)?.label ?? item.itemId;
        return item.counts.map((c) =>
          base(aggregate.respondents, label, labelOf(c, name, words), String(c.count)),
        );
      });
    }
    case 'slider':
      return aggregate.distribution.map((c) =>
        base(
          aggregate.respondents,
          '',
          labelOf(c, (k) => rangeName(k, words), words),
          String(c.count),
        ),
      );
    case 'words':
      return (aggregate.topWords ?? []).map((word, i) =>
        base(aggregate.respondents, words.wordRank(i + 1), word, ''),
      );
    case 'rank': {
      const name = optionName(step.kind === 'rank' ? step.items : [], words);
      return aggregate.items.map((item) =>
        base(
          aggregate.respondents,
          words.averagePosition(item.averagePosition),
          name(item.itemId),
          '',
        ),
      );
    }
    case 'open':
      return aggregate.texts.map((text) => base(aggregate.respondents, words.sharedText, text, ''));
    default:
      return assertNever(aggregate);
  }
}

/**
 * The anonymized results as CSV (DESIGN.md §4.5, §4.8): the same aggregates as the results
 * report, through the same gate, one row per printed cell. No ids, names, times or passes.
 * The workshop's texts are the counselor's translation where the workshop has one, as in the
 * report; the gate decides on the session's own steps, whatever the language.
 */
export function resultsCsv(state: SessionState, words: CsvWords): string {
  const worded = localizeTemplate(state.template, words.language).steps;
  const rows: Row[] = [CSV_COLUMNS.map((column) => words.column(column)) as Row];
  state.template.steps.forEach((step, index) => {
    if (!isExercise(step)) return;
    const gated = gateAggregate(step, state, 'csv');
    if (!gated) return;
    const method = gated.smallCellMethod && words.smallCell(gated.smallCellMethod);
    const wordedStep = worded[index];
    const shown = wordedStep && isExercise(wordedStep) ? wordedStep : step;
    rows.push(...rowsOf(shown, gated.aggregate, method, words));
  });
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
