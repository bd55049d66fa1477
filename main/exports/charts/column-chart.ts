import type { Flow } from '../layout/flow.js';
import { FONT_BOLD, FONT_REGULAR } from '../layout/fonts.js';
import { INK, MUTED } from '../layout/page-frame.js';
import { fillShade } from './stacked-bar.js';

export interface Column {
  label: string;
  count: number;
  /** A column that combines small groups: hatched, like in the stacked bars. */
  combined?: boolean;
}

const PLOT_HEIGHT = 120;

/** Vertical columns for a distribution along an axis (slider values or ranges). */
export function drawColumnChart(flow: Flow, columns: Column[], axis?: [string, string]): void {
  const { doc } = flow;
  // The plot, its columns and its gaps grow with the type, so large print shows it bigger.
  const plotHeight = flow.size(PLOT_HEIGHT);
  const slot = flow.width / Math.max(columns.length, 1);
  const barWidth = Math.min(flow.size(46), slot * 0.72);
  const labelSize = flow.size(slot < 26 ? 8 : slot < 40 ? 9 : 10.5);
  const countRoom = labelSize * 1.3;
  const labelRoom = flow.size(4) + labelSize * 1.3;
  const axisSize = flow.size(10.5);
  const axisRoom = axis ? axisSize * 1.7 : 0;
  flow.ensure(countRoom + plotHeight + labelRoom + axisRoom + flow.size(8));
  const top = flow.y + countRoom;
  const baseline = top + plotHeight;
  const max = Math.max(1, ...columns.map((c) => c.count));
  columns.forEach((column, i) => {
    const x = flow.left + i * slot + (slot - barWidth) / 2;
    const height = (column.count / max) * plotHeight;
    doc.rect(x, top, barWidth, plotHeight).fillColor('#f4f4f4').fill();
    if (height > 0 && column.combined) {
      fillShade(doc, 'combined', x, baseline - height, barWidth, height);
      doc
        .rect(x, baseline - height, barWidth, height)
        .lineWidth(0.5)
        .strokeColor(INK)
        .stroke();
    } else if (height > 0)
      doc
        .rect(x, baseline - height, barWidth, height)
        .fillColor('#5a5a5a')
        .fill();
    doc
      .font(FONT_BOLD)
      .fontSize(labelSize)
      .fillColor(INK)
      .text(flow.frame.numbers.count(column.count), x - 8, baseline - height - countRoom, {
        width: barWidth + 16,
        align: 'center',
        lineBreak: false,
      });
    doc
      .font(FONT_REGULAR)
      .fontSize(labelSize)
      .fillColor(INK)
      .text(flow.frame.safe(column.label), flow.left + i * slot, baseline + flow.size(4), {
        width: slot,
        align: 'center',
        lineBreak: false,
      });
  });
  doc
    .moveTo(flow.left, baseline)
    .lineTo(flow.left + flow.width, baseline)
    .lineWidth(0.8)
    .strokeColor(INK)
    .stroke();
  flow.y = baseline + labelRoom + flow.size(4);
  if (axis) {
    flow.style({ size: 10.5, color: MUTED });
    const half = flow.width / 2 - 6;
    const y = flow.y;
    doc.text(flow.frame.safe(axis[0]), flow.left, y, { width: half, lineBreak: false });
    doc.text(flow.frame.safe(axis[1]), flow.left + flow.width - half, y, {
      width: half,
      align: 'right',
      lineBreak: false,
    });
    flow.y = y + axisRoom;
  }
  doc.x = flow.left;
  flow.space(6);
}

/** Joins neighbouring columns so a wide range (e.g. -100..100) stays readable. */
export function binColumns(columns: Column[], maxColumns = 21): Column[] {
  if (columns.length <= maxColumns) return columns;
  const size = Math.ceil(columns.length / maxColumns);
  const bins: Column[] = [];
  for (let i = 0; i < columns.length; i += size) {
    const group = columns.slice(i, i + size);
    const first = group[0]?.label ?? '';
    const last = group[group.length - 1]?.label ?? '';
    bins.push({
      label: first === last ? first : `${first}–${last}`,
      count: group.reduce((sum, c) => sum + c.count, 0),
      ...(group.some((c) => c.combined) ? { combined: true } : {}),
    });
  }
  return bins;
}
