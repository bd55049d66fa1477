import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { INK, LIGHT, MUTED, RULE, type PageFrame } from './page-frame.js';
import type { LeafRole } from './structure.js';

export const BODY_SIZE = 12;
export const SMALL_SIZE = 11;
const LINE_GAP = 3;
/** Space a heading keeps below itself on its page, so it is never left alone at the bottom. */
const KEEP_WITH_NEXT = 70;
const NOTE_PAD = 8;

/** Blocks of rich text: separated by blank lines, trimmed, empty ones dropped. */
function richBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  indent?: number;
  width?: number;
  align?: 'left' | 'center' | 'right';
  gapAfter?: number;
  /** What the text is in the tagged structure; a paragraph unless said otherwise. */
  role?: LeafRole;
}

/** A cursor over the page frame: writes top to bottom and starts new pages when needed. */
export class Flow {
  /** True while drawing the items of a list, so each bullet becomes one of its items. */
  private inList = false;

  constructor(readonly frame: PageFrame) {}

  get doc(): PDFKit.PDFDocument {
    return this.frame.doc;
  }
  get y(): number {
    return this.frame.doc.y;
  }
  set y(value: number) {
    this.frame.doc.y = value;
  }
  get left(): number {
    return this.frame.left;
  }
  get width(): number {
    return this.frame.width;
  }
  get remaining(): number {
    return this.frame.bottom - this.doc.y;
  }

  newPage(): void {
    // Unlike addPage, this closes the tagged content open on this page and reopens it on the next.
    this.doc.continueOnNewPage();
    this.doc.x = this.left;
    this.doc.y = this.frame.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.frame.bottom && this.doc.y > this.frame.top + 1) this.newPage();
  }

  space(height: number): void {
    if (this.doc.y + height > this.frame.bottom) this.newPage();
    else this.doc.y += height;
  }

  style(style: TextStyle = {}): PDFKit.PDFDocument {
    return this.doc
      .font(style.bold ? FONT_BOLD : FONT_REGULAR)
      .fontSize((style.size ?? BODY_SIZE) * this.frame.metrics.textScale)
      .fillColor(style.color ?? INK);
  }

  /** A type size in this layout (larger in large print). */
  size(points: number): number {
    return points * this.frame.metrics.textScale;
  }

  measure(text: string, style: TextStyle = {}): number {
    this.style(style);
    const width = style.width ?? this.width - (style.indent ?? 0);
    return this.doc.heightOfString(this.frame.safe(text), { width, lineGap: LINE_GAP });
  }

  /** Wrapped text; long text continues on the next page by itself. */
  text(text: string, style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    const safe = this.frame.safe(text);
    this.frame.tags.leaf(style.role ?? 'P', () => {
      this.style(style);
      this.doc.text(safe, this.left + indent, this.doc.y, {
        width: style.width ?? this.width - indent,
        lineGap: LINE_GAP,
        align: style.align ?? 'left',
      });
    });
    this.doc.x = this.left;
    if (style.gapAfter) this.space(style.gapAfter);
  }

  /** Paragraphs separated by blank lines; lines starting with "-", "*" or "•" become bullets. */
  richText(body: string, style: TextStyle = {}): void {
    const bullet = /^\s*[-*•]\s+/;
    for (const block of richBlocks(body)) {
      let paragraph: string[] = [];
      let items: string[] = [];
      const flush = () => {
        if (items.length > 0) {
          const list = items;
          this.list(() => list.forEach((item) => this.bullet(item, style)));
          items = [];
        }
        if (paragraph.length === 0) return;
        const text = paragraph.join(' ');
        this.ensure(Math.min(this.measure(text, style), 40));
        this.text(text, { ...style, gapAfter: 4 });
        paragraph = [];
      };
      for (const line of block.split('\n')) {
        if (bullet.test(line)) {
          if (paragraph.length > 0) flush();
          items.push(line.replace(bullet, ''));
        } else {
          if (items.length > 0) flush();
          paragraph.push(line.trim());
        }
      }
      flush();
      this.space(6);
    }
  }

  /** The height richText would take on an endless page (page breaks not counted). */
  measureRichText(body: string, style: TextStyle = {}): number {
    const bullet = /^\s*[-*•]\s+/;
    const indent = (style.indent ?? 0) + 16;
    let height = 0;
    for (const block of richBlocks(body)) {
      let paragraph: string[] = [];
      const flush = () => {
        if (paragraph.length > 0) height += this.measure(paragraph.join(' '), style) + 4;
        paragraph = [];
      };
      for (const line of block.split('\n')) {
        if (bullet.test(line)) {
          flush();
          height += this.measure(line.replace(bullet, ''), { ...style, indent }) + 3;
        } else paragraph.push(line.trim());
      }
      flush();
      height += 6;
    }
    return height;
  }

  /** A list: every bullet drawn inside is one of its items. */
  list(draw: () => void): void {
    const outer = this.inList;
    this.inList = true;
    try {
      this.frame.tags.within('L', draw);
    } finally {
      this.inList = outer;
    }
  }

  bullet(text: string, style: TextStyle = {}): void {
    if (!this.inList) {
      this.list(() => this.bullet(text, style));
      return;
    }
    const indent = (style.indent ?? 0) + 16;
    // A bullet of up to three lines stays whole, in large print too.
    this.ensure(Math.min(this.measure(text, { ...style, indent }), this.size(60)));
    const y = this.doc.y;
    const size = (style.size ?? BODY_SIZE) * this.frame.metrics.textScale;
    // Right to left, the bullet stands at the right and the text ends short of it.
    const { rtl } = this.frame;
    const dotX = rtl ? this.left + this.width - indent + 9 : this.left + indent - 9;
    this.frame.tags.within('LI', () => {
      this.frame.tags.artifact(() =>
        this.doc
          .circle(dotX, y + size * 0.72, 2)
          .fillColor(INK)
          .fill(),
      );
      const place = rtl ? { indent: 0, width: this.width - indent } : { indent };
      this.text(text, { ...style, ...place, gapAfter: 3, role: 'LBody' });
    });
  }

  /** A heading that moves to the next page if it could not keep some content below it. */
  heading(
    text: string,
    level: 1 | 2 | 3,
    keepWithNext = KEEP_WITH_NEXT,
    role: LeafRole = `H${level}`,
  ): void {
    const size = level === 1 ? 20 : level === 2 ? 15 : 13;
    const before = level === 1 ? 6 : level === 2 ? 14 : 8;
    const height = this.measure(text, { size, bold: true });
    if (this.doc.y > this.frame.top + 1) {
      this.ensure(before + height + keepWithNext);
      if (this.doc.y > this.frame.top + 1) this.doc.y += before;
    }
    this.text(text, { size, bold: true, gapAfter: level === 1 ? 8 : 5, role });
  }

  /** The box's own height; noteBox leaves 8 points below it. */
  noteBoxHeight(label: string, text: string): number {
    const innerWidth = this.width - 2 * NOTE_PAD - 4;
    const labelHeight = this.measure(label, { bold: true, size: 11, width: innerWidth });
    const textHeight = this.measure(text, { size: 11, width: innerWidth });
    return labelHeight + textHeight + 2 * NOTE_PAD + 2;
  }

  /** A short note in a ruled box (content notes, privacy notes). */
  noteBox(label: string, text: string): void {
    const pad = NOTE_PAD;
    const innerWidth = this.width - 2 * pad - 4;
    const height = this.noteBoxHeight(label, text);
    if (height < this.frame.bottom - this.frame.top) this.ensure(height + 4);
    const top = this.doc.y;
    const fits = top + height <= this.frame.bottom;
    if (fits) {
      this.frame.tags.artifact(() => {
        this.doc.rect(this.left, top, this.width, height).fillColor('#f3f3f3').fill();
        // The rule marks where lines start: the right edge in a right-to-left document.
        const ruleX = this.frame.rtl ? this.left + this.width - 3 : this.left;
        this.doc.rect(ruleX, top, 3, height).fillColor(INK).fill();
      });
    }
    this.doc.y = top + pad;
    this.text(label, { bold: true, size: 11, indent: pad + 4, width: innerWidth });
    this.text(text, { size: 11, indent: pad + 4, width: innerWidth });
    this.doc.y = fits ? top + height + 8 : this.doc.y + 8;
  }

  /** How many writing lines a form offers in this layout (fewer in print-saver). */
  lineCount(count: number): number {
    return Math.max(Math.min(count, 2), Math.round(count * this.frame.metrics.linesShare));
  }

  /** The space between writing lines in this layout (wider in large print). */
  get lineSpacing(): number {
    return this.frame.metrics.writingLine;
  }

  /** Ruled lines to write on, paginating line by line. */
  writingLines(count: number, spacing = this.lineSpacing, indent = 0): void {
    for (let i = 0; i < count; i++) {
      this.ensure(spacing);
      const y = this.doc.y + spacing - 4;
      this.frame.tags.artifact(() =>
        this.doc
          .moveTo(this.left + indent, y)
          .lineTo(this.left + this.width, y)
          .lineWidth(0.6)
          .strokeColor(RULE)
          .stroke(),
      );
      this.doc.y += spacing;
    }
    this.space(6);
  }

  rule(color = LIGHT): void {
    const y = this.doc.y;
    this.frame.tags.artifact(() =>
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(0.8)
        .strokeColor(color)
        .stroke(),
    );
    this.doc.y += 6;
  }

  muted(text: string, size = SMALL_SIZE): void {
    this.text(text, { size, color: MUTED, gapAfter: 4 });
  }
}
