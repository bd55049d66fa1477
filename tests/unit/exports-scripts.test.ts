import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderHandoutPdf, renderResultsPdf, renderTakeawayPdf } from '../../main/exports/index.js';
import {
  ARABIC,
  ARABIC_WITH_DIGITS,
  ARABIC_OPTION,
  ARABIC_STORY,
  CHINESE,
  CHINESE_OPTION,
  CHINESE_WORDS,
  HEBREW,
  HEBREW_PLAN,
  scriptsSession,
} from './exports-scripts-fixture.js';
import { checkPdf } from './exports-pdf-tools.js';

const { template, participants, session } = scriptsSession();
const options = { paperSize: 'A4' as const, support: 'Crisis line 0800 111 0 111' };

/**
 * pdftotext's words in typed order, compared loosely: presentation forms folded (NFKC), its
 * direction marks dropped, spaces folded. Poppler splits a lam-alef ligature into its two letters
 * in printed order, so within a run of lam and alef letters the order is not compared.
 */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0622\u0623\u0625\u0627\u0644\u0649]+/g, (run) => [...run].sort().join(''))
    .replace(/\s+/g, ' ');
}

/**
 * The clauses of a right-to-left sentence, each to be found whole and in typed order. Poppler puts
 * the punctuation and digits between clauses of a right-to-left line where its own reading order
 * takes them (a final stop at the left end, say), so they are not compared.
 */
function clauses(text: string): string[] {
  return text
    .split(/[،,.()0-9]+/)
    .map((clause) => comparable(clause).trim())
    .filter(Boolean);
}

function expectClauses(text: string, sentence: string): void {
  for (const clause of clauses(sentence)) expect(text).toContain(clause);
}

interface Word {
  text: string;
  xMin: number;
  xMax: number;
}

/** Words with their boxes on the page, in points from the left edge. */
function words(path: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g),
  ].map((match) => ({ text: match[3] ?? '', xMin: Number(match[1]), xMax: Number(match[2]) }));
}

const A4_TEXT_RIGHT = 595.28 - (18 * 72) / 25.4;
const A4_TEXT_LEFT = (18 * 72) / 25.4;

interface FontRow {
  name: string;
  embedded: boolean;
  subset: boolean;
}

function fontRows(path: string): FontRow[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const at = (fromEnd: number) => columns[columns.length - fromEnd];
      return { name: columns[0] ?? '', embedded: at(5) === 'yes', subset: at(4) === 'yes' };
    });
}

/** Glyph ids drawn by text operators; 0 is .notdef, the empty box of a missing glyph. */
function drawsNotdef(path: string): boolean {
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString('latin1');
  const shows = qdf.match(/\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj/g) ?? [];
  const glyphIds = shows.flatMap((show) =>
    [...show.matchAll(/<([0-9a-fA-F]*)>/g)].flatMap((hex) => hex[1]?.match(/.{4}/g) ?? []),
  );
  expect(glyphIds.length).toBeGreaterThan(100);
  return glyphIds.includes('0000');
}

function expectEveryScript(pdf: Buffer, name: string): string {
  const { path, text } = checkPdf(pdf, name);
  const fonts = fontRows(path);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
  const names = fonts.map((font) => font.name).join(' ');
  expect(names).toContain('NotoSansArabic');
  expect(names).toContain('NotoSansHebrew');
  expect(names).toContain('NotoSansCJK');
  expect(text).not.toContain('\ufffd');
  expect(drawsNotdef(path)).toBe(false);
  return comparable(text);
}

describe('PDFs in Arabic, Hebrew and Chinese', () => {
  it('prints the handout’s texts in every script, embedded and read back in typed order', async () => {
    const text = expectEveryScript(await renderHandoutPdf(template, options), 'scripts-handout');
    expectClauses(text, ARABIC);
    expectClauses(text, HEBREW);
    // Chinese wraps between characters, with no space at the line ends.
    expect(text.replace(/ /g, '')).toContain(comparable(CHINESE.repeat(3)));
    expect(text).toContain(comparable(ARABIC_OPTION));
    expect(text).toContain(comparable(CHINESE_OPTION));
  });

  it('starts a wrapped right-to-left paragraph at the right, a one-line answer beside its box', async () => {
    const { path } = checkPdf(await renderHandoutPdf(template, options), 'scripts-handout-boxes');
    const arabic = words(path).filter((word) => /[\u0600-\u06ff]/.test(word.text));
    // The two-sentence paragraph wraps, and its lines end at the right edge of the text.
    const lineEnds = arabic.filter((word) => word.xMax > A4_TEXT_RIGHT - 2);
    expect(lineEnds.length).toBeGreaterThanOrEqual(2);
    for (const word of arabic) expect(word.xMax).toBeLessThanOrEqual(A4_TEXT_RIGHT + 1);
    // The one-line option label stays next to its box, at the left. pdftotext gives a
    // right-to-left word's letters in printed order.
    const optionWords = ARABIC_OPTION.split(' ');
    const option = arabic.filter((word) => optionWords.includes([...word.text].reverse().join('')));
    expect(option).toHaveLength(optionWords.length);
    expect(Math.min(...option.map((word) => word.xMin))).toBeLessThan(A4_TEXT_LEFT + 40);
    expect(Math.max(...option.map((word) => word.xMax))).toBeLessThan(A4_TEXT_RIGHT - 200);
  });

  it('prints the results report with answers from phones in every script', async () => {
    const text = expectEveryScript(await renderResultsPdf(session, options), 'scripts-results');
    expectClauses(text, ARABIC_STORY);
    expect(text).toContain(comparable(CHINESE));
    for (const word of [...CHINESE_WORDS, 'שקט']) expect(text).toContain(word);
    expect(text).toContain(comparable(ARABIC_OPTION));
  });

  it('prints a takeaway with the participant’s own answers in every script', async () => {
    const pdf = await renderTakeawayPdf(session, participants[0]!.id, options);
    const text = expectEveryScript(pdf, 'scripts-takeaway');
    expectClauses(text, HEBREW_PLAN);
    expectClauses(text, ARABIC_STORY);
    expectClauses(text, ARABIC);
    expectClauses(text, ARABIC_WITH_DIGITS);
    expect(text).toContain('3');
  });
});
