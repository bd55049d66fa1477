import type { Flow } from '../layout/flow.js';
import { FONT_REGULAR } from '../layout/fonts.js';
import { INK, MUTED } from '../layout/page-frame.js';

export interface Segment {
  label: string;
  count: number;
  /** Index into SHADES, or 'combined' for an export cell that merges small groups. */
  shade: number | 'combined';
}

/** Grey shades that stay apart on a black-and-white printer; index 0 is the darkest. */
export const SHADES = ['#1f1f1f', '#5c5c5c', '#949494', '#c4c4c4', '#ececec'];

const HEIGHT = 18;

/** A plain grey, or diagonal hatching for a cell that combines small groups. */
export function fillShade(
  doc: PDFKit.PDFDocument,
  shade: Segment['shade'],
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  if (shade !== 'combined') {
    doc
      .rect(x, y, w, h)
      .fillColor(SHADES[shade] ?? INK)
      .fill();
    return;
  }
  // Diagonal hatching: reads as "mixed" in black and white, unlike any plain grey.
  doc.save();
  doc.rect(x, y, w, h).fillColor('#ffffff').fill();
  doc.rect(x, y, w, h).clip();
  for (let offset = -h; offset < w; offset += 5) {
    doc.moveTo(x + offset, y + h).lineTo(x + offset + h, y);
  }
  doc.lineWidth(0.7).strokeColor('#555555').stroke();
  doc.restore();
}

function textOn(shade: Segment['shade']): string {
  return shade === 0 || shade === 1 ? '#ffffff' : INK;
}

/**
 * One 100% bar per row (a statement) with counts inside the segments that have room, and a
 * caption below naming every segment with its count, so nothing depends on telling greys apart.
 */
function captionOf(flow: Flow, segments: Segment[]): string {
  return segments
    .filter((s) => s.count > 0)
    .map((s) => `${s.label}: ${flow.frame.numbers.count(s.count)}`)
    .join('   ·   ');
}

/** The height drawStackedRow takes, so a heading can keep the first row with it. */
export function stackedRowHeight(
  flow: Flow,
  label: string,
  segments: Segment[],
  withheld?: string,
): number {
  const labelHeight = flow.measure(label, { size: 11.5 });
  if (withheld) return labelHeight + flow.measure(withheld, { size: 10 }) + flow.size(12);
  const captionHeight = flow.measure(captionOf(flow, segments), { size: 10 });
  return labelHeight + flow.size(HEIGHT) + captionHeight + flow.size(14);
}

/**
 * `withheld` replaces the bar with a plain note, where even the split would reveal small
 * numbers.
 */
export function drawStackedRow(
  flow: Flow,
  label: string,
  segments: Segment[],
  withheld?: string,
): void {
  const { doc } = flow;
  const caption = captionOf(flow, segments);
  flow.ensure(stackedRowHeight(flow, label, segments, withheld));
  if (withheld) {
    flow.text(label, { size: 11.5, gapAfter: 2 });
    flow.text(withheld, { size: 10, color: MUTED, gapAfter: 8 });
    return;
  }
  flow.text(label, { size: 11.5, gapAfter: 2 });
  const top = flow.y;
  // The bar grows with the type, so large print shows the whole chart bigger.
  const height = flow.size(HEIGHT);
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  let x = flow.left;
  for (const segment of segments) {
    if (segment.count <= 0 || total === 0) continue;
    const width = (segment.count / total) * flow.width;
    fillShade(doc, segment.shade, x, top, width, height);
    const text = flow.frame.numbers.count(segment.count);
    doc.font(FONT_REGULAR).fontSize(flow.size(10));
    const textWidth = doc.widthOfString(text);
    const inset = flow.size(3);
    if (textWidth + 2 * inset < width) {
      if (segment.shade === 'combined') {
        doc
          .rect(
            x + (width - textWidth) / 2 - inset,
            top + inset,
            textWidth + 2 * inset,
            height - 2 * inset,
          )
          .fillColor('#ffffff')
          .fill();
      }
      doc.fillColor(textOn(segment.shade)).text(text, x, top + flow.size(3.5), {
        width,
        align: 'center',
        lineBreak: false,
      });
    }
    x += width;
  }
  doc.rect(flow.left, top, flow.width, height).lineWidth(0.5).strokeColor(INK).stroke();
  flow.y = top + height + flow.size(3);
  flow.text(caption, { size: 10, color: MUTED, gapAfter: 8 });
}

/** Swatches naming the shades, wrapped over as many lines as needed. */
export function drawLegend(
  flow: Flow,
  entries: { label: string; shade: Segment['shade'] }[],
): void {
  const { doc } = flow;
  // Swatches, gaps and line steps grow with the type in large print.
  const swatch = flow.size(10);
  const gap = flow.size(5);
  const lineStep = flow.size(17);
  flow.ensure(flow.size(20));
  let x = flow.left;
  let y = flow.y;
  for (const entry of entries) {
    const text = flow.frame.safe(entry.label);
    doc.font(FONT_REGULAR).fontSize(flow.size(10.5));
    const width = swatch + gap + doc.widthOfString(text) + flow.size(16);
    if (x + width > flow.left + flow.width && x > flow.left) {
      x = flow.left;
      y += lineStep;
    }
    const swatchY = y + flow.size(2);
    fillShade(doc, entry.shade, x, swatchY, swatch, swatch);
    doc.rect(x, swatchY, swatch, swatch).lineWidth(0.5).strokeColor(INK).stroke();
    doc.fillColor(INK).text(text, x + swatch + gap, y, { lineBreak: false });
    x += width;
  }
  flow.y = y + flow.size(22);
  doc.x = flow.left;
}
