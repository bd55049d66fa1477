import bidiModule, { type Bidi } from 'bidi-js';
import LineBreaker from 'linebreak';
import { FALLBACKS, fontFace, type BodyFont, type FontName } from './fonts.js';

/** bidi-js is CommonJS typed as an ES module: Node hands over the factory itself, bundlers its `default`. */
const bidiFactory = ((bidiModule as unknown as { default?: () => Bidi }).default ??
  (bidiModule as unknown as () => Bidi)) as () => Bidi;
const bidi = bidiFactory();

/** A piece of one line drawn with one font in one direction, in logical (typed) order. */
export interface Run {
  text: string;
  font: FontName;
  rtl: boolean;
}

export interface Line {
  /** The line's text as typed, for shortening it with an ellipsis. */
  text: string;
  /** Left to right as printed. */
  runs: Run[];
  width: number;
}

export interface Paragraph {
  lines: Line[];
  rtl: boolean;
}

export type Measure = (font: FontName, text: string) => number;

/** Spaces, punctuation, digits and combining marks take the font of the text around them. */
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

function covers(font: FontName, char: string): boolean {
  return fontFace(font).hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
}

/** The font of each UTF-16 unit: the first face of the chain that has the character. */
function fontsOf(text: string, body: BodyFont): FontName[] {
  const chain = FALLBACKS[body];
  const fonts: FontName[] = [];
  let previous: FontName | undefined;
  for (const char of text) {
    let font: FontName;
    if (previous && NEUTRAL.test(char) && covers(previous, char)) font = previous;
    else font = chain.find((candidate) => covers(candidate, char)) ?? body;
    if (!NEUTRAL.test(char)) previous = font;
    for (let unit = 0; unit < char.length; unit++) fonts.push(font);
  }
  // Neutrals before the first letter take its font when they can (a leading quote mark).
  const first = fonts.findIndex((_, index) => !NEUTRAL.test(text[index] ?? ''));
  if (first > 0) {
    const font = fonts[first] as FontName;
    for (let index = 0; index < first; index++) {
      if (covers(font, text[index] ?? '')) fonts[index] = font;
    }
  }
  return fonts;
}

function widthOf(text: string, fonts: FontName[], start: number, end: number, measure: Measure) {
  let width = 0;
  let from = start;
  for (let index = start + 1; index <= end; index++) {
    if (index === end || fonts[index] !== fonts[from]) {
      width += measure(fonts[from] as FontName, text.slice(from, index));
      from = index;
    }
  }
  return width;
}

/** Where lines end: at break opportunities of UAX #14 (so between CJK characters too). */
function breakLines(
  text: string,
  fonts: FontName[],
  maxWidth: number,
  measure: Measure,
): Array<[number, number]> {
  const widthUpTo = (from: number, to: number) =>
    widthOf(text, fonts, from, from + text.slice(from, to).trimEnd().length, measure);
  const lines: Array<[number, number]> = [];
  const breaker = new LineBreaker(text);
  let lineStart = 0;
  let fitsUpTo = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const end = bk.position;
    if (widthUpTo(lineStart, end) > maxWidth) {
      if (fitsUpTo > lineStart) {
        lines.push([lineStart, fitsUpTo]);
        lineStart = fitsUpTo;
      }
      // A word wider than the line is cut where it stops fitting.
      while (widthUpTo(lineStart, end) > maxWidth) {
        let cut = Math.max(end - 1, lineStart + 1);
        while (cut > lineStart + 1 && widthUpTo(lineStart, cut) > maxWidth) cut--;
        lines.push([lineStart, cut]);
        lineStart = cut;
      }
    }
    fitsUpTo = end;
  }
  if (lineStart < text.length || lines.length === 0) lines.push([lineStart, text.length]);
  return lines;
}

/** The runs of text[start, end) in printed order (the Unicode bidirectional algorithm). */
function visualRuns(
  text: string,
  fonts: FontName[],
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  start: number,
  end: number,
): Run[] {
  const order = bidi.getReorderedIndices(text, levels, start, end - 1);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const charAt = (index: number) => mirrored.get(index) ?? text[index] ?? '';
  const runs: Run[] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const indices = [...group].sort((a, b) => a - b);
    const rtl = ((levels.levels[indices[0] as number] ?? 0) & 1) === 1;
    let logical = indices.map(charAt).join('');
    // fontkit lays out Arabic and Hebrew right to left by itself; anything else it keeps in order.
    if (rtl && !STRONG_RTL.test(logical)) logical = [...logical].reverse().join('');
    runs.push({ text: logical, font: fonts[indices[0] as number] as FontName, rtl });
    group = [];
  };
  for (const index of order.slice(start, end)) {
    const previous = group[group.length - 1];
    const sameRun =
      previous !== undefined &&
      Math.abs(index - previous) === 1 &&
      fonts[index] === fonts[previous] &&
      levels.levels[index] === levels.levels[previous];
    if (!sameRun) flush();
    group.push(index);
  }
  flush();
  return runs;
}

/** One paragraph (no line feeds) broken into lines no wider than maxWidth (or one line). */
export function layoutParagraph(
  text: string,
  body: BodyFont,
  maxWidth: number | undefined,
  measure: Measure,
): Paragraph {
  const fonts = fontsOf(text, body);
  const levels = bidi.getEmbeddingLevels(text);
  const rtl = ((levels.paragraphs[0]?.level ?? 0) & 1) === 1;
  const ranges =
    maxWidth === undefined
      ? [[0, text.length] as [number, number]]
      : breakLines(text, fonts, maxWidth, measure);
  const lines = ranges.map(([start, end]) => {
    const visibleEnd = start + text.slice(start, end).trimEnd().length;
    const runs = visibleEnd > start ? visualRuns(text, fonts, levels, start, visibleEnd) : [];
    const width = runs.reduce((sum, run) => sum + measure(run.font, run.text), 0);
    return { text: text.slice(start, visibleEnd), runs, width };
  });
  return { lines, rtl };
}

/** True when the text needs more than the body font, or right-to-left ordering. */
export function needsScriptLayout(text: string, body: BodyFont): boolean {
  if (!/[^ -~\n]/.test(text)) return false;
  const face = fontFace(body);
  for (const char of text) {
    if (char !== '\n' && !face.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) return true;
  }
  return false;
}
