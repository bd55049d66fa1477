import PDFDocument from 'pdfkit';
import type { AppSettings } from '../../../shared/protocol/console-events.js';
import { pdfMessages, type PdfMessages } from '../i18n/pdf-messages.js';
import { FONT_BOLD, FONT_REGULAR, fontBuffers, fontCoverage } from './fonts.js';
import { numberFormats, type NumberFormats } from './numbers.js';
import { layoutMetrics, type LayoutMetrics, type PrintLayout } from './print-layout.js';
import { makeSafeText } from './safe-text.js';
import { enableScriptText, isRightToLeftLanguage } from './script-text.js';
import { Structure } from './structure.js';

/** The counselor's paper setting (its schema is the one definition). */
export type PaperSize = AppSettings['paperSize'];

const MM = 72 / 25.4;
const PAGE: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };
/** Everything is laid out inside the intersection of A4 and Letter, so either prints whole. */
const FRAME_WIDTH = 210 * MM;
const FRAME_HEIGHT = 279 * MM;
const SIDE_MARGIN = 18 * MM;
const HEADER_TOP = 11 * MM;
const BODY_TOP = 24 * MM;
const FOOTER_BOTTOM = 10 * MM;
const FOOTER_SUPPORT_LINES = 3;

export const INK = '#000000';
export const MUTED = '#444444';
export const RULE = '#8c8c8c';
export const LIGHT = '#e6e6e6';

export interface FrameOptions {
  paperSize: PaperSize;
  /** The workshop title, repeated in every header. */
  title: string;
  /** What this document is, e.g. "Worksheets", printed at the right of the header. */
  documentLabel: string;
  support: string;
  language: string;
  /** Fixed so the same input gives the same file, and never finer than the month. */
  creationDate: Date;
  /** Standard unless the counselor (or the phone) chose print-saver or large print. */
  layout?: PrintLayout;
}

export interface PageFrame {
  doc: PDFKit.PDFDocument;
  left: number;
  width: number;
  right: number;
  top: number;
  bottom: number;
  safe: (text: string) => string;
  /** Counts, percentages and decimals in the document's language. */
  numbers: NumberFormats;
  /** The document's own words (headings, notes, "Page n of N") in its language. */
  messages: PdfMessages;
  /** The document reads right to left (Arabic, Hebrew): list bullets and page numbers swap sides. */
  rtl: boolean;
  options: FrameOptions;
  footerTop: number;
  /** The tagged-PDF structure tree everything drawn is placed in. */
  tags: Structure;
  layout: PrintLayout;
  metrics: LayoutMetrics;
}

/** Footer text block: "educational" line with page numbers, then the support resources. */
function footerText(frame: PageFrame): string {
  const text = frame.safe(frame.options.support.replace(/\s*\n+\s*/g, ' · '));
  return frame.messages.t('frame.support', { text });
}

function footerHeight(
  doc: PDFKit.PDFDocument,
  width: number,
  support: string,
  size: number,
): number {
  doc.font(FONT_REGULAR).fontSize(size);
  const line = doc.currentLineHeight(true);
  const supportHeight = Math.min(
    doc.heightOfString(support, { width }),
    line * FOOTER_SUPPORT_LINES,
  );
  return line + 3 + supportHeight;
}

export function openDocument(options: FrameOptions): PageFrame {
  const [pageWidth, pageHeight] = PAGE[options.paperSize];
  const frameX = (pageWidth - FRAME_WIDTH) / 2;
  const frameY = (pageHeight - FRAME_HEIGHT) / 2;
  const left = frameX + SIDE_MARGIN;
  const width = FRAME_WIDTH - 2 * SIDE_MARGIN;
  const fonts = fontBuffers();
  // pdfkit loads Helvetica as its default; it is never drawn with, so never written to the file
  // (the tests check that every font in the file is embedded). Passing our font here instead
  // would make pdfkit re-open the font file on every font switch.
  const doc = new PDFDocument({
    size: [pageWidth, pageHeight],
    autoFirstPage: false,
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: options.language,
    displayTitle: true,
    info: {
      Title: `${options.title} — ${options.documentLabel}`,
      Creator: 'Circlework',
      Producer: 'Circlework',
      CreationDate: options.creationDate,
    },
  });
  doc.registerFont(FONT_REGULAR, fonts[FONT_REGULAR]);
  doc.registerFont(FONT_BOLD, fonts[FONT_BOLD]);
  enableScriptText(doc, options.language);
  doc.font(FONT_REGULAR);
  const safe = makeSafeText(fontCoverage);
  const layout = options.layout ?? 'standard';
  const metrics = layoutMetrics(layout);

  const partial = {
    doc,
    left,
    width,
    right: left + width,
    top: frameY + BODY_TOP,
    safe,
    numbers: numberFormats(options.language),
    messages: pdfMessages(options.language),
    rtl: isRightToLeftLanguage(options.language),
    options,
  };
  const supportText = partial.messages.t('frame.support', {
    text: safe(options.support.replace(/\s*\n+\s*/g, ' · ')),
  });
  const footerTop =
    frameY +
    FRAME_HEIGHT -
    FOOTER_BOTTOM -
    footerHeight(doc, width, supportText, metrics.footerSize);
  const frame: PageFrame = {
    ...partial,
    bottom: footerTop - 7 * MM,
    footerTop,
    tags: new Structure(doc),
    layout,
    metrics,
  };
  doc.addPage({
    size: [pageWidth, pageHeight],
    margins: {
      top: frame.top,
      left,
      right: pageWidth - frame.right,
      bottom: pageHeight - frame.bottom,
    },
  });
  doc.fillColor(INK).fontSize(12);
  return frame;
}

function drawHeader(frame: PageFrame, frameY: number): void {
  const { doc, left, width } = frame;
  const y = frameY + HEADER_TOP;
  const label = frame.safe(frame.options.documentLabel);
  const size = Math.max(9, frame.metrics.footerSize);
  doc.font(FONT_REGULAR).fontSize(size);
  const labelWidth = doc.widthOfString(label) + 2;
  doc.fillColor(MUTED).text(label, frame.right - labelWidth, y, {
    width: labelWidth,
    align: 'right',
    lineBreak: false,
  });
  doc
    .font(FONT_BOLD)
    .fontSize(size)
    .fillColor(INK)
    .text(frame.safe(frame.options.title), left, y, {
      width: width - labelWidth - 12,
      height: doc.currentLineHeight(true),
      ellipsis: true,
      lineBreak: true,
    });
  const ruleY = y + size * 1.55;
  doc.moveTo(left, ruleY).lineTo(frame.right, ruleY).lineWidth(0.6).strokeColor(RULE).stroke();
}

function drawFooter(frame: PageFrame, page: number, pages: number): void {
  const { doc, left, width } = frame;
  const y = frame.footerTop;
  doc
    .moveTo(left, y - 5)
    .lineTo(frame.right, y - 5)
    .lineWidth(0.6)
    .strokeColor(RULE)
    .stroke();
  doc.font(FONT_BOLD).fontSize(frame.metrics.footerSize).fillColor(INK);
  const { t } = frame.messages;
  const pageText = t('frame.page', {
    page: frame.numbers.count(page),
    pages: frame.numbers.count(pages),
  });
  // Page numbers sit at the line's end: the right in left-to-right text, the left in Arabic,
  // where a line of Arabic aligns to the right unless its box is only as wide as the line.
  const { rtl } = frame;
  doc.text(t('frame.notDiagnosis'), left, y, { width, lineBreak: false });
  doc.font(FONT_REGULAR);
  const pageWidth = doc.widthOfString(pageText) + 2;
  doc.text(pageText, rtl ? left : left + width - pageWidth, y, {
    width: pageWidth,
    align: rtl ? 'left' : 'right',
    lineBreak: false,
  });
  const line = doc.currentLineHeight(true);
  doc.fillColor(MUTED).text(footerText(frame), left, y + line + 3, {
    width,
    height: line * FOOTER_SUPPORT_LINES,
    ellipsis: true,
  });
}

/** Draws header and footer ("n of N") on every buffered page and returns the PDF bytes. */
export function closeDocument(frame: PageFrame): Promise<Buffer> {
  const { doc } = frame;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const frameY = (doc.page.height - FRAME_HEIGHT) / 2;
    // Header and footer sit in the margins; without this pdfkit would start a new page.
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    frame.tags.artifact(() => {
      drawHeader(frame, frameY);
      drawFooter(frame, index - range.start + 1, range.count);
    }, 'Pagination');
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}

/** First day of the month, UTC: the only date precision an export may carry (DESIGN.md §4.5). */
export function monthOnly(epochMs: number): Date {
  const date = new Date(epochMs);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export function monthAndYear(epochMs: number, language = 'en'): string {
  return new Intl.DateTimeFormat(language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(epochMs));
}
