import type { Count, StepAggregate } from '../aggregate/aggregate-types.js';
import type { SessionState } from '../session/session-types.js';
import { isExercise, type ExerciseStep, type StepOf } from '../template/step-schema.js';
import { assertNever } from '../assert-never.js';
import { gateAggregate } from './privacy-gate.js';
import { smallCellSentence, type SmallCellMethod } from '../aggregate/small-cell-method.js';

type Row = [
  exercise: string,
  kind: string,
  respondents: string,
  row: string,
  category: string,
  count: string,
  note: string,
];

const HEADER: Row = ['exercise', 'kind', 'respondents', 'row', 'category', 'count', 'note'];

const BAND_LABELS: Record<string, string> = {
  disagree: 'ratings 1-2',
  neutral: 'rating 3',
  mixed: 'in between',
  agree: 'ratings 4-5',
  skipped: 'skipped',
  unplaced: 'not placed',
};

/**
 * One cell of a spreadsheet. Quoted per RFC 4180; a leading = + - @ is defused with an
 * apostrophe, since shared texts are written by participants and a spreadsheet would run them.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function labelOf(count: Count, name: (key: string) => string): string {
  return (count.members ?? [count.key]).map(name).join(' or ');
}

function optionName(options: readonly { id: string; label: string }[]) {
  return (key: string) => options.find((o) => o.id === key)?.label ?? BAND_LABELS[key] ?? key;
}

function rowsOf(step: ExerciseStep, aggregate: StepAggregate, method: string | null): Row[] {
  const base = (
    respondents: number | string,
    row: string,
    category: string,
    count: string,
  ): Row => [step.title, step.kind, String(respondents), row, category, count, method ?? ''];
  switch (aggregate.kind) {
    case 'private':
      return [];
    case 'suppressed':
      return [
        [
          step.title,
          step.kind,
          '',
          '',
          '',
          '',
          `Withheld: fewer than ${aggregate.k} people answered.`,
        ],
      ];
    case 'choice': {
      const name = optionName(step.kind === 'choice' ? step.options : []);
      return aggregate.counts.map((c) =>
        base(aggregate.respondents, '', labelOf(c, name), String(c.count)),
      );
    }
    case 'scale': {
      const scale = step as StepOf<'scale'>;
      const name = (key: string) => BAND_LABELS[key] ?? key;
      return aggregate.themes.flatMap((theme) => {
        const stepTheme = scale.themes.find((t) => t.id === theme.themeId);
        const title = stepTheme?.title ?? theme.themeId;
        const lean = (theme.leanBands ?? []).map((c) =>
          base(
            aggregate.respondents,
            `${title}: where people lean`,
            labelOf(c, name),
            String(c.count),
          ),
        );
        const statements = theme.statements.flatMap((s) => {
          const text =
            stepTheme?.statements.find((x) => x.id === s.statementId)?.text ?? s.statementId;
          return (s.bands ?? []).map((c) =>
            base(aggregate.respondents, text, labelOf(c, name), String(c.count)),
          );
        });
        return [...lean, ...statements];
      });
    }
    case 'sort': {
      const sort = step as StepOf<'sort'>;
      const name = optionName(sort.categories);
      return aggregate.items.flatMap((item) => {
        const label = sort.items.find((i) => i.id === item.itemId)?.label ?? item.itemId;
        return item.counts.map((c) =>
          base(aggregate.respondents, label, labelOf(c, name), String(c.count)),
        );
      });
    }
    case 'slider':
      return aggregate.distribution.map((c) =>
        base(
          aggregate.respondents,
          '',
          labelOf(c, (k) => k.replaceAll('–', ' to ')),
          String(c.count),
        ),
      );
    case 'words':
      return (aggregate.topWords ?? []).map((word, i) =>
        base(aggregate.respondents, `rank ${i + 1}`, word, ''),
      );
    case 'rank': {
      const name = optionName(step.kind === 'rank' ? step.items : []);
      return aggregate.items.map((item) =>
        base(
          aggregate.respondents,
          `average position ${item.averagePosition}`,
          name(item.itemId),
          '',
        ),
      );
    }
    case 'open':
      return aggregate.texts.map((text) => base(aggregate.respondents, 'shared text', text, ''));
    default:
      return assertNever(aggregate);
  }
}

/**
 * The anonymized results as CSV (DESIGN.md §4.5, §4.8): the same aggregates as the results
 * report, through the same gate, one row per printed cell. No ids, names, times or passes.
 */
export function resultsCsv(
  state: SessionState,
  /** Words the gate's small-numbers method in the counselor's language (default English). */
  describe: (method: SmallCellMethod) => string = smallCellSentence,
): string {
  const rows: Row[] = [HEADER];
  for (const step of state.template.steps.filter(isExercise)) {
    const gated = gateAggregate(step, state, 'csv');
    if (!gated) continue;
    const method = gated.smallCellMethod && describe(gated.smallCellMethod);
    rows.push(...rowsOf(step, gated.aggregate, method));
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
