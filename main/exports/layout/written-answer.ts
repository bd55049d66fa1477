import type { Flow } from './flow.js';
import { INK, MUTED } from './page-frame.js';

/** What the participant wrote, set apart with a bar at the left like a filled-in field. */
export function writtenAnswer(flow: Flow, text: string, label?: string): void {
  if (label) flow.text(label, { bold: true, gapAfter: 2 });
  const trimmed = text.trim();
  if (!trimmed) {
    flow.text(flow.frame.messages.t('form.leftBlank'), { color: MUTED, indent: 12, gapAfter: 8 });
    return;
  }
  flow.ensure(Math.min(flow.measure(trimmed, { indent: 12 }), 48));
  const pageBefore = flow.doc.bufferedPageRange().count;
  const top = flow.y;
  flow.text(trimmed, { indent: 12 });
  if (flow.doc.bufferedPageRange().count === pageBefore) {
    flow.doc
      .rect(flow.left, top, 2.5, flow.y - top)
      .fillColor(INK)
      .fill();
  }
  flow.space(10);
}
