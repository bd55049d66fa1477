import type { Flow } from '../layout/flow.js';
import { FONT_BOLD, FONT_REGULAR } from '../layout/fonts.js';
import { INK, MUTED } from '../layout/page-frame.js';

export interface WordCount {
  word: string;
  count: number;
}

const MIN_SIZE = 11;
const MAX_SIZE = 30;
const MAX_WORDS = 40;

/**
 * Words sized by frequency, most frequent first, set in centred lines like a cloud; each
 * word carries its count so the sizes are never the only cue.
 */
export function drawWordCloud(
  flow: Flow,
  words: WordCount[],
  { showCounts = true }: { showCounts?: boolean } = {},
): void {
  const { doc } = flow;
  const shown = words.slice(0, MAX_WORDS);
  if (shown.length === 0) return;
  const max = Math.max(...shown.map((w) => w.count));
  const min = Math.min(...shown.map((w) => w.count));
  const sizeOf = (count: number) =>
    max === min ? 16 : MIN_SIZE + Math.sqrt((count - min) / (max - min)) * (MAX_SIZE - MIN_SIZE);

  type Placed = { text: string; count: string; size: number; width: number; countWidth: number };
  const lines: Placed[][] = [[]];
  let lineWidth = 0;
  const gap = flow.size(14);
  for (const entry of shown) {
    const size = sizeOf(entry.count);
    const text = flow.frame.safe(entry.word);
    if (!text) continue;
    const width = doc.font(FONT_BOLD).fontSize(flow.size(size)).widthOfString(text);
    // Without counts (exports for small groups) `count` is only a rank that sets the size.
    const count = showCounts ? flow.frame.numbers.count(entry.count) : '';
    const countWidth = showCounts
      ? doc.font(FONT_REGULAR).fontSize(flow.size(9)).widthOfString(count) + 2
      : 0;
    const total = width + countWidth + gap;
    if (lineWidth + total > flow.width && lineWidth > 0) {
      lines.push([]);
      lineWidth = 0;
    }
    lines[lines.length - 1]!.push({
      text,
      count,
      // The drawn size: large print sets the whole cloud bigger.
      size: flow.size(size),
      width: Math.min(width, flow.width - 30),
      countWidth,
    });
    lineWidth += total;
  }
  const heights = lines.map((line) => Math.max(...line.map((w) => w.size)) * 1.35);
  const total = heights.reduce((sum, h) => sum + h, 0);
  // A cloud of a few lines stays in one piece.
  if (total <= (flow.frame.bottom - flow.frame.top) / 2) flow.ensure(total);
  for (const [index, line] of lines.entries()) {
    const height = heights[index] ?? 0;
    flow.ensure(height);
    const used = line.reduce((sum, w) => sum + w.width + w.countWidth + gap, 0) - gap;
    let x = flow.left + Math.max(0, (flow.width - used) / 2);
    const baseline = flow.y + height * 0.8;
    for (const word of line) {
      doc.font(FONT_BOLD).fontSize(word.size).fillColor(INK);
      doc.text(word.text, x, baseline, {
        baseline: 'alphabetic',
        width: word.width + 1,
        // pdfkit checks the page end from the baseline, not the top, and would start a new
        // page for the last line; flow.ensure has already made room for it.
        height: word.size * 2,
        lineBreak: false,
        ellipsis: true,
      });
      if (word.count)
        doc
          .font(FONT_REGULAR)
          .fontSize(flow.size(9))
          .fillColor(MUTED)
          .text(word.count, x + word.width + 2, baseline - word.size * 0.45, {
            baseline: 'alphabetic',
            lineBreak: false,
          });
      x += word.width + word.countWidth + gap;
    }
    flow.y += height;
  }
  doc.x = flow.left;
  flow.space(8);
}
