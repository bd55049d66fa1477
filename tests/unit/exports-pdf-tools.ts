import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'circlework-pdf-'));
let counter = 0;

export function savePdf(pdf: Buffer, name = 'doc'): string {
  const path = join(dir, `${name}-${counter++}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

/** Runs `qpdf --check`; throws (with qpdf's words) when the file is damaged. */
export function qpdfCheck(path: string): string {
  return execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
}

export interface FontRow {
  name: string;
  embedded: boolean;
}

export function pdfFonts(path: string): FontRow[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type... encoding emb sub uni objectId gen: emb is the 5th from the end.
      return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
    });
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Text with line breaks and runs of spaces folded, so wrapped sentences can be searched. */
export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function pageCount(path: string): number {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0);
}

/** Every PDF must pass these: a sound file with only embedded fonts. */
export function checkPdf(pdf: Buffer, name: string): { path: string; text: string; flat: string } {
  expectPdfHeader(pdf);
  const path = savePdf(pdf, name);
  qpdfCheck(path);
  const fonts = pdfFonts(path);
  if (fonts.length === 0) throw new Error(`${name}: no fonts`);
  const loose = fonts.filter((f) => !f.embedded);
  if (loose.length > 0) throw new Error(`${name}: fonts not embedded: ${loose.map((f) => f.name)}`);
  const text = pdfText(path);
  return { path, text, flat: flatText(text) };
}

function expectPdfHeader(pdf: Buffer): void {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
}

/** The text of one page (1-based), as pdftotext reads it. */
export function pageText(path: string, page: number): string {
  return execFileSync(
    'pdftotext',
    ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'],
    { encoding: 'utf8' },
  );
}
