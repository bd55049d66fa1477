/**
 * Draws templates/images/interdependence-circles.png: two whole circles that overlap a little.
 * Made with pdfkit and rendered by pdftoppm, so the shipped picture is our own and reproducible.
 * Run: npx tsx scripts/draw-interdependence-image.ts (needs pdftoppm from poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

const WIDTH = 900;
const HEIGHT = 500;
const RADIUS = 170;
const GAP = 230;

async function drawPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: [WIDTH, HEIGHT], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.rect(0, 0, WIDTH, HEIGHT).fill('#f7f5f0');
  const cy = HEIGHT / 2;
  const left = WIDTH / 2 - GAP / 2;
  const right = WIDTH / 2 + GAP / 2;
  doc.circle(left, cy, RADIUS).fillOpacity(0.28).fill('#2c6a5d');
  doc.circle(right, cy, RADIUS).fillOpacity(0.28).fill('#b86b1f');
  doc.fillOpacity(1).lineWidth(5);
  doc.circle(left, cy, RADIUS).stroke('#2c6a5d');
  doc.circle(right, cy, RADIUS).stroke('#b86b1f');
  doc.font('Helvetica-Bold').fontSize(40).fillColor('#1f2328');
  const label = (text: string, x: number) =>
    doc.text(text, x - 100, cy - 22, { width: 200, align: 'center' });
  label('Me', left - RADIUS / 2);
  label('You', right + RADIUS / 2);
  doc.font('Helvetica').fontSize(26);
  label('Us', WIDTH / 2);
  doc.end();
  return done;
}

const dir = mkdtempSync(join(tmpdir(), 'circlework-image-'));
try {
  writeFileSync(join(dir, 'circles.pdf'), await drawPdf());
  execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', 'circles.pdf', 'circles'], {
    cwd: dir,
  });
  renameSync(join(dir, 'circles.png'), 'templates/images/interdependence-circles.png');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
