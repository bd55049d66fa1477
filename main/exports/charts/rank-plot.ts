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
  // Dots, gaps and the value column grow with the type, so large print shows it bigger.
  const s = (points: number) => flow.size(points);
  const labelWidth = Math.round(flow.width * 0.36);
  const axisX0 = flow.left + labelWidth + s(18);
  const axisX1 = flow.left + flow.width - s(46);
  const at = (position: number) =>
    axisX0 + ((position - 1) / Math.max(positions - 1, 1)) * (axisX1 - axisX0);

  const rowHeights = items.map(
    (item) => Math.max(flow.measure(item.label, { size: 11.5, width: labelWidth }), s(16)) + s(8),
  );
  const captionHeight = s(16);
  const total = captionHeight + rowHeights.reduce((sum, h) => sum + h, 0);
  // The whole plot moves to the next page when that keeps it in one piece.
  flow.ensure(total <= flow.frame.bottom - flow.frame.top ? total : s(40));
  const captionY = flow.y;
  const captionWidth = (axisX1 - axisX0) / 2;
  doc.font(FONT_REGULAR).fontSize(s(9.5)).fillColor(MUTED);
  const { t } = flow.frame.messages;
  doc.text(t('results.rank.most'), axisX0 - 4, captionY, { width: captionWidth, lineBreak: false });
  doc.text(t('results.rank.least'), axisX1 + 4 - captionWidth, captionY, {
    width: captionWidth,
    align: 'right',
    lineBreak: false,
  });
  flow.y = captionY + captionHeight;
  items.forEach((item, index) => {
    const rowHeight = rowHeights[index] ?? s(24);
    flow.ensure(rowHeight);
    const top = flow.y;
    flow.style({ size: 11.5 });
    doc.text(flow.frame.safe(item.label), flow.left, top, {
      width: labelWidth,
      lineGap: 3,
    });
    const y = top + s(8);
    doc.moveTo(axisX0, y).lineTo(axisX1, y).lineWidth(s(1)).strokeColor(LIGHT).stroke();
    for (let p = 1; p <= positions; p++) {
      doc.circle(at(p), y, s(1.4)).fillColor('#9a9a9a').fill();
    }
    doc.circle(at(item.averagePosition), y, s(5)).fillColor(INK).fill();
    doc
      .font(FONT_BOLD)
      .fontSize(s(11))
      .fillColor(INK)
      .text(flow.frame.numbers.average(item.averagePosition), axisX1 + s(12), top, {
        width: s(40),
        lineBreak: false,
      });
    flow.y = top + rowHeight;
  });
  doc.x = flow.left;
  flow.space(6);
}
