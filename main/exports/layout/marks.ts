import { INK } from './page-frame.js';

/** Vector marks: the embedded text font has no ballot-box or check-mark glyphs. */
export function checkBox(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  doc.rect(x, y, size, size).lineWidth(1).strokeColor(INK).stroke();
}

export function radioCircle(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  doc
    .circle(x + size / 2, y + size / 2, size / 2)
    .lineWidth(1)
    .strokeColor(INK)
    .stroke();
}

/** A hand-drawn-looking cross, the way one ticks a box on paper. */
export function cross(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  const inset = size * 0.2;
  doc
    .moveTo(x + inset, y + inset)
    .lineTo(x + size - inset, y + size - inset)
    .moveTo(x + size - inset, y + inset)
    .lineTo(x + inset, y + size - inset)
    .lineWidth(1.6)
    .strokeColor(INK)
    .stroke();
}

export function checkMark(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  doc
    .moveTo(x, y + size * 0.55)
    .lineTo(x + size * 0.38, y + size * 0.9)
    .lineTo(x + size, y + size * 0.1)
    .lineWidth(1.6)
    .strokeColor(INK)
    .stroke();
}

export function markedBox(
  doc: PDFKit.PDFDocument,
  shape: 'square' | 'circle',
  x: number,
  y: number,
  size: number,
  marked: boolean,
): void {
  if (shape === 'square') checkBox(doc, x, y, size);
  else radioCircle(doc, x, y, size);
  if (marked) {
    if (shape === 'square') cross(doc, x, y, size);
    else
      doc
        .circle(x + size / 2, y + size / 2, size * 0.27)
        .fillColor(INK)
        .fill();
  }
}
