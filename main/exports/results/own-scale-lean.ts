import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { FONT_REGULAR } from '../layout/fonts.js';
import { INK, LIGHT, MUTED } from '../layout/page-frame.js';

/** One person's average rating in a theme and the scale's own word nearest to it; no score. */
export function themeLeans(step: StepOf<'scale'>, answer: AnswerOf<'scale'>) {
  return step.themes.map((theme) => {
    const ratings = theme.statements
      .map((s) => answer.values[s.id])
      .filter((v): v is number => typeof v === 'number');
    const mean = ratings.length > 0 ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null;
    return {
      theme,
      mean,
      nearestLabel: mean === null ? null : (step.labels[Math.round(mean) - 1] ?? null),
    };
  });
}

/**
 * The private per-theme reflection of the takeaway: a marker on a line between the scale's
 * end labels, the nearest label in words, and the theme's reflection question.
 */
export function drawOwnScaleLean(
  flow: Flow,
  step: StepOf<'scale'>,
  answer: AnswerOf<'scale'>,
): void {
  const { doc } = flow;
  const { t } = flow.frame.messages;
  // Marker, dots and gaps grow with the type, so large print shows the picture bigger.
  const s = (points: number) => flow.size(points);
  const markerHeight = s(6) + s(16) + s(10) * 1.4;
  // Title, sentence, marker line, the reflection question and two writing lines.
  const leanHeight = (title: string, reflection: string) =>
    flow.measure(title, { bold: true }) +
    2 +
    flow.measure(t('results.ownLean.toward', { label: '' }), {}) +
    6 +
    markerHeight +
    flow.measure(reflection) +
    2 * flow.lineSpacing +
    6;
  const first = step.themes[0];
  flow.ensure(s(45) + (first ? leanHeight(first.title, first.reflection) : 0));
  flow.text(t('results.ownLean.title'), { bold: true, size: 13, gapAfter: 2 });
  flow.muted(t('results.ownLean.note'));
  for (const lean of themeLeans(step, answer)) {
    flow.ensure(leanHeight(lean.theme.title, lean.theme.reflection));
    flow.text(lean.theme.title, { bold: true, gapAfter: 2 });
    if (lean.mean === null || !lean.nearestLabel) {
      flow.muted(t('results.ownLean.none'));
    } else {
      flow.text(t('results.ownLean.toward', { label: lean.nearestLabel }), { gapAfter: 6 });
      const mean = lean.mean;
      const y = flow.y + s(6);
      // The line is a picture of the sentence above it: read as that sentence.
      flow.frame.tags.figure(
        t('results.ownLean.line', {
          label: lean.nearestLabel,
          first: step.labels[0] ?? '',
          last: step.labels[4] ?? '',
        }),
        () => {
          const x0 = flow.left + s(8);
          const x1 = flow.left + flow.width * 0.7;
          const labelWidth = Math.min(s(120), (x1 - x0) / 2);
          doc.moveTo(x0, y).lineTo(x1, y).lineWidth(s(3)).strokeColor(LIGHT).stroke();
          for (let i = 0; i < 5; i++) {
            doc
              .circle(x0 + (i / 4) * (x1 - x0), y, s(2))
              .fillColor('#9a9a9a')
              .fill();
          }
          doc
            .circle(x0 + ((mean - 1) / 4) * (x1 - x0), y, s(6))
            .fillColor(INK)
            .fill();
          doc.font(FONT_REGULAR).fontSize(flow.size(10)).fillColor(MUTED);
          doc.text(flow.frame.safe(step.labels[0] ?? ''), x0 - s(8), y + s(10), {
            width: labelWidth,
            lineBreak: false,
          });
          doc.text(flow.frame.safe(step.labels[4] ?? ''), x1 + s(8) - labelWidth, y + s(10), {
            width: labelWidth,
            align: 'right',
            lineBreak: false,
          });
        },
      );
      flow.y = y + s(16) + s(10) * 1.4;
    }
    flow.text(lean.theme.reflection, { gapAfter: 0 });
    flow.writingLines(2);
  }
}
