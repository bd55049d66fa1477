import type { Flow } from '../layout/flow.js';
import { FONT_BOLD } from '../layout/fonts.js';
import { INK, LIGHT, MUTED } from '../layout/page-frame.js';
import { fillShade } from './stacked-bar.js';

export interface Bar {
  label: string;
  value: number;
  /** Printed at the end of the bar, e.g. "12 (40%)". */
  display: string;
  /** Drawn darker and marked, e.g. the correct option of a quiz. */
  highlight?: boolean;
  /** A cell that combines small groups: hatched, like in the stacked bars. */
  combined?: boolean;
  /** A smaller line under the label, e.g. "Answer key: …". */
  note?: string;
  /** Said instead of drawing the bar, where the value must not be printed. */
  withheld?: string;
}

export interface BarChartOptions {
  /** Share of the width the labels take; longer labels (sentences) want more. */
  labelShare?: number;
}

const BAR_HEIGHT = 14;
const LABEL_SIZE = 11.5;
const NOTE_SIZE = 10;
const VALUE_SIZE = 11;
/** Charts up to this tall move to the next page whole rather than split. */
export const KEEP_WHOLE_HEIGHT = 380;

/** Horizontal bars, labels on the left; the rows split across pages like table rows. */
export function drawBarChart(
  flow: Flow,
  bars: Bar[],
  maxValue: number,
  options: BarChartOptions = {},
): void {
  const { doc } = flow;
  const labelWidth = Math.round(flow.width * (options.labelShare ?? 0.38));
  // Bars and gaps grow with the type, so large print shows the whole chart bigger.
  const barHeight = flow.size(BAR_HEIGHT);
  const gap = flow.size(12);
  const valueGap = flow.size(8);
  doc.font(FONT_BOLD).fontSize(flow.size(VALUE_SIZE));
  const widest = Math.max(0, ...bars.map((bar) => doc.widthOfString(bar.display)));
  const valueWidth = Math.max(flow.size(48), Math.ceil(widest) + gap);
  const trackX = flow.left + labelWidth + gap;
  const trackWidth = flow.width - labelWidth - gap - valueWidth;
  const rowHeights = bars.map((bar) => {
    const noteHeight = bar.note
      ? flow.measure(bar.note, { size: NOTE_SIZE, width: labelWidth }) + 1
      : 0;
    const labelHeight =
      flow.measure(bar.label, { size: LABEL_SIZE, width: labelWidth, bold: bar.highlight }) +
      noteHeight;
    const withheldHeight = bar.withheld
      ? flow.measure(bar.withheld, { size: NOTE_SIZE, width: trackWidth + valueWidth })
      : 0;
    return Math.max(labelHeight, barHeight + flow.size(4), withheldHeight + 2) + flow.size(10);
  });
  const total = rowHeights.reduce((sum, h) => sum + h, 0);
  // A short chart stays in one piece; a long one splits between rows.
  if (total <= KEEP_WHOLE_HEIGHT) flow.ensure(total);
  for (const [index, bar] of bars.entries()) {
    const rowHeight = rowHeights[index] ?? 0;
    flow.ensure(rowHeight);
    const top = flow.y;
    flow.style({ size: LABEL_SIZE, bold: bar.highlight });
    doc.text(flow.frame.safe(bar.label), flow.left, top, { width: labelWidth, lineGap: 3 });
    if (bar.note) {
      flow.style({ size: NOTE_SIZE, color: MUTED });
      doc.text(flow.frame.safe(bar.note), flow.left, doc.y + 1, {
        width: labelWidth,
        lineGap: 2,
      });
    }
    const barY = top + flow.size(2);
    if (bar.withheld) {
      flow.style({ size: NOTE_SIZE, color: MUTED });
      doc.text(flow.frame.safe(bar.withheld), trackX, barY + 1, {
        width: trackWidth + valueWidth,
        lineGap: 2,
      });
    } else {
      doc.rect(trackX, barY, trackWidth, barHeight).fillColor(LIGHT).fill();
      const length = maxValue > 0 ? (bar.value / maxValue) * trackWidth : 0;
      if (length > 0) {
        const width = Math.max(length, 1.5);
        if (bar.combined) {
          fillShade(doc, 'combined', trackX, barY, width, barHeight);
          doc.rect(trackX, barY, width, barHeight).lineWidth(0.5).strokeColor(INK).stroke();
        } else {
          doc
            .rect(trackX, barY, width, barHeight)
            .fillColor(bar.highlight ? INK : '#5a5a5a')
            .fill();
        }
      }
      doc
        .font(FONT_BOLD)
        .fontSize(flow.size(VALUE_SIZE))
        .fillColor(INK)
        .text(bar.display, trackX + trackWidth + valueGap, barY + flow.size(1), {
          width: valueWidth - valueGap,
          lineBreak: false,
        });
    }
    flow.y = top + rowHeight;
    doc.x = flow.left;
  }
  flow.space(6);
}
