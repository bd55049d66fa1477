import type { Flow } from '../layout/flow.js';
import { FONT_BOLD } from '../layout/fonts.js';
import { INK, LIGHT } from '../layout/page-frame.js';

export interface Bar {
  label: string;
  value: number;
  /** Printed at the end of the bar, e.g. "12 (40%)". */
  display: string;
  /** Drawn darker and marked, e.g. the correct option of a quiz. */
  highlight?: boolean;
  note?: string;
}

const BAR_HEIGHT = 14;
const LABEL_SIZE = 11.5;

/** Horizontal bars, labels on the left; the rows split across pages like table rows. */
export function drawBarChart(flow: Flow, bars: Bar[], maxValue: number): void {
  const { doc } = flow;
  const labelWidth = Math.round(flow.width * 0.38);
  const valueWidth = 78;
  const trackX = flow.left + labelWidth + 10;
  const trackWidth = flow.width - labelWidth - 10 - valueWidth;
  for (const bar of bars) {
    const labelHeight =
      flow.measure(bar.label, { size: LABEL_SIZE, width: labelWidth, bold: bar.highlight }) +
      (bar.note ? flow.measure(bar.note, { size: 10, width: labelWidth }) : 0);
    const rowHeight = Math.max(labelHeight, BAR_HEIGHT + 4) + 8;
    flow.ensure(rowHeight);
    const top = flow.y;
    flow.style({ size: LABEL_SIZE, bold: bar.highlight });
    doc.text(flow.frame.safe(bar.label), flow.left, top, { width: labelWidth, lineGap: 3 });
    if (bar.note) {
      flow.style({ size: 10, color: '#444444' });
      doc.text(flow.frame.safe(bar.note), flow.left, doc.y, { width: labelWidth, lineGap: 2 });
    }
    const barY = top + 2;
    doc.rect(trackX, barY, trackWidth, BAR_HEIGHT).fillColor(LIGHT).fill();
    const length = maxValue > 0 ? (bar.value / maxValue) * trackWidth : 0;
    if (length > 0) {
      doc
        .rect(trackX, barY, Math.max(length, 1.5), BAR_HEIGHT)
        .fillColor(bar.highlight ? INK : '#5a5a5a')
        .fill();
    }
    doc
      .font(FONT_BOLD)
      .fontSize(11)
      .fillColor(INK)
      .text(bar.display, trackX + trackWidth + 8, barY + 1, {
        width: valueWidth - 8,
        lineBreak: false,
      });
    flow.y = top + rowHeight;
    doc.x = flow.left;
  }
  flow.space(6);
}
