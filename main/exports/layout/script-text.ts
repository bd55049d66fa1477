import {
  FONT_BOLD,
  FONT_NAMES,
  FONT_REGULAR,
  fontBuffer,
  fontFace,
  type BodyFont,
} from './fonts.js';
import type { FontName } from './fonts.js';
import { layoutParagraph, needsScriptLayout, type Line, type Measure } from './script-runs.js';

type Doc = PDFKit.PDFDocument;
type TextOptions = PDFKit.Mixins.TextOptions;
type Args = unknown[];

const ELLIPSIS = '…';
/**
 * Naming a feature makes pdfkit shape a run as a whole; without it pdfkit shapes word by word and
 * puts right-to-left words in typed order. Kerning is on by default anyway.
 */
const WHOLE_RUN: TextOptions = { features: ['kern'] };

/** What the callers last chose; pdfkit keeps these on fields its published types leave out. */
interface TextState {
  font: BodyFont;
  size: number;
  fill: Args | undefined;
}

export function isRightToLeftLanguage(language: string): boolean {
  try {
    const locale = new Intl.Locale(language).maximize();
    return ['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm'].includes(locale.script ?? '');
  } catch {
    return false;
  }
}

function isBodyFont(value: unknown): value is BodyFont {
  return value === FONT_REGULAR || value === FONT_BOLD;
}

/** pdfkit's text(text, x?, y?, options?) and text(text, options?) forms. */
function textArguments(args: Args): { x?: number; y?: number; options: TextOptions } {
  const [x, y, options] = args;
  if (x !== null && typeof x === 'object') return { options: x as TextOptions };
  return {
    x: typeof x === 'number' ? x : undefined,
    y: typeof y === 'number' ? y : undefined,
    options: (options as TextOptions | undefined) ?? {},
  };
}

/**
 * Text in any script the embedded Noto faces cover. Text the body font draws alone goes through
 * pdfkit unchanged; other text is split into runs by font and direction: Arabic and Hebrew from
 * their Noto faces, shaped by fontkit and put in right-to-left order, Chinese, Japanese and
 * Korean from Noto Sans CJK, lines broken where each script allows. Paragraphs whose first
 * letter is right-to-left start at the right (see startsRight). pdfkit embeds only the glyphs used of each face.
 */
export function enableScriptText(doc: Doc, language: string): void {
  const rtlDocument = isRightToLeftLanguage(language);
  /**
   * A right-to-left paragraph starts at the right in a right-to-left document, and in any document
   * once it wraps; a one-line answer in an English handout stays beside its box or bullet.
   */
  const startsRight = (rtl: boolean, lines: number) => rtl && (rtlDocument || lines > 1);
  for (const name of FONT_NAMES) {
    if (!isBodyFont(name)) doc.registerFont(name, fontBuffer(name));
  }
  const original = {
    text: doc.text.bind(doc) as (...args: Args) => Doc,
    widthOfString: doc.widthOfString.bind(doc),
    heightOfString: doc.heightOfString.bind(doc),
    font: doc.font.bind(doc) as (...args: Args) => Doc,
    fontSize: doc.fontSize.bind(doc),
    fillColor: doc.fillColor.bind(doc) as (...args: Args) => Doc,
  };
  const state: TextState = { font: FONT_REGULAR, size: 12, fill: undefined };
  /** True while drawing runs: pdfkit's own calls then go straight through. */
  let busy = false;

  const measure: Measure = (font, text) => {
    original.font(font, state.size);
    return original.widthOfString(text, WHOLE_RUN);
  };
  const withRuns = <T>(work: () => T): T => {
    busy = true;
    try {
      return work();
    } finally {
      busy = false;
      original.font(state.font, state.size);
    }
  };
  const lineHeight = () => {
    original.font(state.font, state.size);
    return doc.currentLineHeight(true);
  };
  const lines = (text: string, width: number | undefined) =>
    text.split('\n').flatMap((paragraph) => {
      const laid = layoutParagraph(paragraph, state.font, width, measure);
      return laid.lines.map((line) => ({
        line,
        rtl: laid.rtl,
        paragraphLines: laid.lines.length,
      }));
    });
  const defaultWidth = (options: TextOptions) =>
    options.width ??
    (options.lineBreak === false ? undefined : doc.page.width - doc.x - doc.page.margins.right);

  const shorten = (line: Line, width: number): Line => {
    let text = line.text;
    for (;;) {
      const laid = layoutParagraph(text.trimEnd() + ELLIPSIS, state.font, undefined, measure);
      const shortened = laid.lines[0];
      if (shortened && (shortened.width <= width || text.length === 0)) return shortened;
      text = text.slice(0, -1);
    }
  };

  const drawScript = (
    text: string,
    x: number | undefined,
    y: number | undefined,
    options: TextOptions,
  ) => {
    if (x !== undefined) doc.x = x;
    if (y !== undefined) doc.y = y;
    const startX = doc.x;
    const startY = doc.y;
    const width = defaultWidth(options);
    const height = lineHeight();
    const gap = options.lineGap ?? 0;
    const face = fontFace(state.font);
    const ascent = (face.ascent / face.unitsPerEm) * state.size;
    let laid = lines(text, width);
    if (options.height !== undefined) {
      const fit = Math.max(1, Math.floor((options.height - height) / (height + gap)) + 1);
      if (laid.length > fit) {
        laid = laid.slice(0, fit);
        const last = laid[fit - 1];
        if (last && options.ellipsis && width !== undefined) {
          laid[fit - 1] = { ...last, line: shorten(last.line, width) };
        }
      }
    }
    let lineTop = startY;
    let right = startX;
    for (const { line, rtl, paragraphLines } of laid) {
      if (
        width !== undefined &&
        options.height === undefined &&
        lineTop + height > doc.page.maxY()
      ) {
        doc.continueOnNewPage();
        lineTop = doc.page.margins.top;
        if (state.fill) original.fillColor(...state.fill);
      }
      let align = options.align ?? 'left';
      if (startsRight(rtl, paragraphLines) && (align === 'left' || align === 'justify')) {
        align = 'right';
      }
      let runX = startX;
      if (width !== undefined && align === 'right') runX += width - line.width;
      if (width !== undefined && align === 'center') runX += (width - line.width) / 2;
      for (const run of line.runs) {
        const runWidth = measure(run.font, run.text);
        original.text(run.text, runX, lineTop + ascent, {
          ...WHOLE_RUN,
          lineBreak: false,
          baseline: 'alphabetic',
        });
        runX += runWidth;
      }
      right = Math.max(right, runX);
      if (width !== undefined) lineTop += height + gap;
    }
    doc.x = width === undefined ? right : startX;
    doc.y = lineTop;
  };

  Object.assign(doc, {
    font: (...args: Args) => {
      const [src, family, size] = args;
      if (isBodyFont(src)) state.font = src;
      const chosenSize = typeof family === 'number' ? family : size;
      if (typeof chosenSize === 'number') state.size = chosenSize;
      original.font(...args);
      return doc;
    },
    fontSize: (size: number) => {
      state.size = size;
      original.fontSize(size);
      return doc;
    },
    fillColor: (...args: Args) => {
      state.fill = args;
      original.fillColor(...args);
      return doc;
    },
    text: (...args: Args) => {
      const text = `${(args[0] as string | null | undefined) ?? ''}`;
      if (busy || !needsScriptLayout(text, state.font)) return original.text(...args);
      const { x, y, options } = textArguments(args.slice(1));
      withRuns(() => drawScript(text, x, y, options));
      return doc;
    },
    widthOfString: (text: string, options?: TextOptions) => {
      if (busy || !needsScriptLayout(text, state.font))
        return original.widthOfString(text, options);
      return withRuns(() => Math.max(0, ...lines(text, undefined).map(({ line }) => line.width)));
    },
    heightOfString: (text: string, options: TextOptions = {}) => {
      if (busy || !needsScriptLayout(text, state.font))
        return original.heightOfString(text, options);
      const gap = options.lineGap ?? 0;
      return withRuns(() => {
        const count = lines(text, defaultWidth(options)).length;
        return count * (lineHeight() + gap);
      });
    },
  });
}

export type { FontName };
