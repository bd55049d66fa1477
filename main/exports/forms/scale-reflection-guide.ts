import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { markedBox } from '../layout/marks.js';

/**
 * How to read one's own Likert answers theme by theme — a lean and a question to sit with,
 * never a score or a label (DESIGN.md §3, §4.8).
 */
export function drawScaleReflectionGuide(flow: Flow, step: StepOf<'scale'>): void {
  const { t } = flow.frame.messages;
  const first = step.labels[0] ?? '';
  const last = step.labels[4] ?? '';
  const intro = t('reflect.intro');
  // Title, three tick boxes, the reflection question and its writing lines.
  const themeHeight = (reflection: string) =>
    flow.measure('Theme', { bold: true }) +
    4 +
    4 * (flow.measure('lean', { size: 11 }) + 4) +
    4 +
    flow.measure(reflection) +
    flow.lineCount(3) * flow.lineSpacing +
    6;
  const firstTheme = step.themes[0];
  flow.heading(
    t('reflect.title'),
    3,
    flow.measure(intro) + 8 + (firstTheme ? themeHeight(firstTheme.reflection) : 0),
  );
  flow.text(intro, { gapAfter: 8 });
  for (const theme of step.themes) {
    flow.ensure(themeHeight(theme.reflection));
    flow.text(theme.title, { bold: true, gapAfter: 4 });
    flow.text(t('reflect.lean'), { size: 11, gapAfter: 4 });
    const choices = [
      t('reflect.toward', { label: first }),
      t('reflect.middle'),
      t('reflect.toward', { label: last }),
    ];
    for (const choice of choices) {
      const top = flow.y;
      flow.frame.tags.artifact(() =>
        markedBox(flow.doc, 'square', flow.left + 2, top + 2, flow.size(11), false),
      );
      flow.text(choice, { size: 11, indent: flow.size(11) + 9, gapAfter: 3 });
    }
    flow.space(4);
    flow.text(theme.reflection, { indent: 0, gapAfter: 0 });
    flow.writingLines(flow.lineCount(3));
  }
}
