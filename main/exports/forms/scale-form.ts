import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { drawTable, type Row } from '../layout/table.js';

/** Likert table: statements grouped by theme, one box per rating, header repeated per page. */
export function drawScaleForm(flow: Flow, step: StepOf<'scale'>, answer?: AnswerOf<'scale'>): void {
  if (!answer) {
    flow.muted(flow.frame.messages.t('form.scale.instructions'));
  }
  const rows: Row[] = step.themes.flatMap((theme) => [
    { group: theme.title },
    ...theme.statements.map((statement) => ({
      cells: [
        { text: statement.text },
        ...step.labels.map((_, i) => ({
          box: 'square' as const,
          marked: answer?.values[statement.id] === i + 1,
        })),
      ],
    })),
  ]);
  const columns = labelColumns(flow, step.labels);
  drawTable(
    flow,
    [
      { header: flow.frame.messages.t('form.scale.statement'), width: 'rest' },
      ...step.labels.map((label) => ({ header: label, align: 'center' as const, ...columns })),
    ],
    rows,
  );
}

/** Statements keep at least this much room; the rating columns share the rest. */
const STATEMENT_MIN_WIDTH = 205;
/** Large print: the statements give up some room before a label word would break. */
const STATEMENT_NARROWER = [185, 165];
const HEADER_SIZES = [10.5, 10, 9.5, 9];
const HEADER_SMALLER = [8.5, 8, 7.5];

/**
 * Rating columns wide enough that no label word is broken: first the header text shrinks a
 * little, then (in large print) the statements give up some room, then the header shrinks more.
 */
function labelColumns(flow: Flow, labels: string[]): { width: number; headerSize: number } {
  const words = labels.flatMap((label) => flow.frame.safe(label).split(/\s+/));
  const tries = [
    ...HEADER_SIZES.map((headerSize) => ({ statement: STATEMENT_MIN_WIDTH, headerSize })),
    ...[...HEADER_SIZES, ...HEADER_SMALLER].flatMap((headerSize) =>
      STATEMENT_NARROWER.map((statement) => ({ statement, headerSize })),
    ),
  ];
  for (const { statement, headerSize } of tries) {
    const maxWidth = (flow.width - statement) / labels.length;
    flow.style({ size: headerSize, bold: true });
    // pdfkit wraps a word together with the space after it.
    const longest = Math.max(...words.map((word) => flow.doc.widthOfString(`${word} `)));
    if (longest + 6 <= maxWidth) return { width: Math.max(48, longest + 8), headerSize };
  }
  return { width: (flow.width - STATEMENT_MIN_WIDTH) / labels.length, headerSize: 9 };
}
