/**
 * Writes sample PDFs to test-artifacts/pdf/ for looking at (`pdftoppm -png -r 60`).
 * Run: npx tsx scripts/render-samples.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  renderGuidePdf,
  renderHandoutPdf,
  renderResultsPdf,
  renderTakeawayPdf,
} from '../main/exports/index.js';
import { sampleParticipants } from '../tests/unit/exports-fixture-answers.js';
import { runScriptedSession } from '../tests/unit/exports-fixture-session.js';
import { exportsFixtureTemplate } from '../tests/unit/exports-fixture-template.js';

const outDir = join(process.cwd(), 'test-artifacts', 'pdf');
mkdirSync(outDir, { recursive: true });
const support = 'Crisis line: 0800 111 0 111 (24 h, free) · Your facilitator: Sam Rivera, 0151 234 5678';

async function write(name: string, render: () => Promise<Buffer>): Promise<void> {
  const started = performance.now();
  const pdf = await render();
  const ms = performance.now() - started;
  writeFileSync(join(outDir, name), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(`${name.padEnd(36)} ${String(pages).padStart(3)} pages ${ms.toFixed(0).padStart(6)} ms ${(pdf.length / 1024).toFixed(0)} KB`);
}

const template = exportsFixtureTemplate();
await write('fixture-handout-a4.pdf', () => renderHandoutPdf(template, { paperSize: 'A4', support }));
await write('fixture-handout-letter.pdf', () => renderHandoutPdf(template, { paperSize: 'Letter', support }));
await write('fixture-guide.pdf', () => renderGuidePdf(template, { paperSize: 'A4', support }));

const participants = sampleParticipants(template, 14);
const session = runScriptedSession({ template, participants, approve: (text) => !text.startsWith('Я') });
await write('fixture-results.pdf', () => renderResultsPdf(session, { paperSize: 'A4', support }));
await write('fixture-takeaway.pdf', () =>
  renderTakeawayPdf(session, participants[1]!.id, { paperSize: 'A4', support }),
);
