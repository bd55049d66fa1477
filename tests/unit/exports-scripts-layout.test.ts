import { describe, expect, it } from 'vitest';
import { layoutParagraph, needsScriptLayout } from '../../main/exports/layout/script-runs.js';
import { ARABIC_WITH_DIGITS, CHINESE, HEBREW } from './exports-scripts-fixture.js';

/** Every character one unit wide, so line widths are character counts. */
const byLength = (_font: string, text: string) => [...text].length;

describe('runs and lines of mixed scripts', () => {
  it('leaves Latin-only text to pdfkit and takes over for other scripts', () => {
    expect(needsScriptLayout('Naïve café, Лето, θάλασσα', 'body')).toBe(false);
    expect(needsScriptLayout('שלום', 'body')).toBe(true);
    expect(needsScriptLayout('信任', 'bold')).toBe(true);
  });

  it('orders right-to-left runs from the right, with digits and brackets as read', () => {
    const { rtl, lines } = layoutParagraph(ARABIC_WITH_DIGITS, 'body', undefined, byLength);
    expect(rtl).toBe(true);
    const runs = lines[0]!.runs;
    // Printed left to right: the bracketed words first, the first word (لدي) last.
    expect(runs.map((run) => run.text.trim()).filter(Boolean)).toEqual([
      '(',
      'وأختي أيضا',
      ')',
      'أصدقاء أثق بهم',
      '3',
      'لدي',
    ]);
    expect(runs.find((run) => run.text === '3')).toMatchObject({ rtl: false });
    expect(runs.find((run) => run.text.includes('لدي'))).toMatchObject({ font: 'arabic' });
    // A bracket in a right-to-left run is mirrored, so it still opens toward its words.
    expect(runs[0]).toMatchObject({ text: '(', rtl: true });
  });

  it('takes each script’s face, and the CJK face for bold too', () => {
    const { lines } = layoutParagraph(`Trust ${HEBREW} 信任`, 'bold', undefined, byLength);
    const fonts = new Set(lines[0]!.runs.map((run) => run.font));
    expect(fonts).toEqual(new Set(['bold', 'hebrew-bold', 'cjk']));
  });

  it('breaks Chinese between characters and keeps every character', () => {
    const text = CHINESE.repeat(2);
    const { lines } = layoutParagraph(text, 'body', 20, byLength);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(20);
    expect(lines.map((line) => line.text).join('')).toBe(text);
  });

  it('wraps a right-to-left paragraph at spaces, each line in right-to-left order', () => {
    const { lines } = layoutParagraph(HEBREW, 'body', 25, byLength);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(25);
    expect(lines.map((line) => line.text).join(' ')).toBe(HEBREW);
  });
});
