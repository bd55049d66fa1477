import type { Flow } from '../layout/flow.js';
import { FONT_BOLD, FONT_REGULAR } from '../layout/fonts.js';
import { INK, LIGHT, MUTED } from '../layout/page-frame.js';

export interface RankedItem {
  label: string;
  averagePosition: number;
}

/**
 * Average rank as a dot on a 1..N axis per item, most important first; the number is printed
 * beside it, so it reads without the chart.
 */
export function drawRankPlot(flow: Flow, items: RankedItem[], positions: number): void {
  const { doc } = flow;
  const labelWidth = Math.round(flow.width * 0.36);
  const axisX0 = flow.left + labelWidth + 18;
  const axisX1 = flow.left + flow.width - 46;
  const at = (position: number) =>
    axisX0 + ((position - 1) / Math.max(positions - 1, 1)) * (axisX1 - axisX0);

  const rowHeights = items.map(
    (item) => Math.max(flow.measure(item.label, { size: 11.5, width: labelWidth }), 16) + 8,
  );
  const total = 16 + rowHeights.reduce((sum, h) => sum + h, 0);
  // The whole plot moves to the next page when that keeps it in one piece.
  flow.ensure(total <= flow.frame.bottom - flow.frame.top ? total : 40);
  const captionY = flow.y;
  doc.font(FONT_REGULAR).fontSize(flow.size(9.5)).fillColor(MUTED);
  doc.text('most important', axisX0 - 4, captionY, { width: 100, lineBreak: false });
  doc.text('least important', axisX1 - 96, captionY, {
    width: 100,
    align: 'right',
    lineBreak: false,
  });
  flow.y = captionY + 16;
  items.forEach((item, index) => {
    const rowHeight = rowHeights[index] ?? 24;
    flow.ensure(rowHeight);
    const top = flow.y;
    flow.style({ size: 11.5 });
    doc.text(flow.frame.safe(item.label), flow.left, top, {
      width: labelWidth,
      lineGap: 3,
    });
    const y = top + 8;
    doc.moveTo(axisX0, y).lineTo(axisX1, y).lineWidth(1).strokeColor(LIGHT).stroke();
    for (let p = 1; p <= positions; p++) {
      doc.circle(at(p), y, 1.4).fillColor('#9a9a9a').fill();
    }
    doc.circle(at(item.averagePosition), y, 5).fillColor(INK).fill();
    doc
      .font(FONT_BOLD)
      .fontSize(flow.size(11))
      .fillColor(INK)
      .text(flow.frame.numbers.average(item.averagePosition), axisX1 + 12, top, {
        width: 40,
        lineBreak: false,
      });
    flow.y = top + rowHeight;
  });
  doc.x = flow.left;
  flow.space(6);
}
