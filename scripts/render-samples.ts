/**
 * Writes sample PDFs to test-artifacts/pdf/ for looking at (`pdftoppm -png -r 60 FILE out`):
 * every document for the fixture workshop, for each shipped workshop (a session of 14 people),
 * and a results report + takeaway of a stress session (2,000 people, long multilingual texts).
 * Run: npx tsx scripts/render-samples.ts
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  renderGuidePdf,
  renderHandoutPdf,
  renderResultsPdf,
  renderTakeawayPdf,
  type PdfOptions,
} from '../main/exports/index.js';
import { parseTemplateFile } from '../main/templates/parse-template-file.js';
import type { Template } from '../shared/template/template-schema.js';
import { sampleParticipants } from '../tests/unit/exports-fixture-answers.js';
import { runScriptedSession } from '../tests/unit/exports-fixture-session.js';
import { exportsFixtureTemplate } from '../tests/unit/exports-fixture-template.js';
import { stressSession } from '../tests/unit/exports-stress-fixture.js';

const outDir = join(process.cwd(), 'test-artifacts', 'pdf');
mkdirSync(outDir, { recursive: true });
const support =
  'Crisis line: 0800 111 0 111 (24 h, free) · Your facilitator: Sam Rivera, 0151 234 5678';

async function write(name: string, render: () => Promise<Buffer>): Promise<void> {
  const started = performance.now();
  const pdf = await render();
  const ms = performance.now() - started;
  writeFileSync(join(outDir, name), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(
    `${name.padEnd(44)} ${String(pages).padStart(3)} pages ${ms.toFixed(0).padStart(6)} ms ${(pdf.length / 1024).toFixed(0).padStart(5)} KB`,
  );
}

async function allDocuments(name: string, template: Template, options: PdfOptions) {
  await write(`${name}-handout.pdf`, () => renderHandoutPdf(template, options));
  await write(`${name}-guide.pdf`, () => renderGuidePdf(template, options));
  const participants = sampleParticipants(template, 14);
  const session = runScriptedSession({
    template,
    participants,
    approve: (text) => !text.startsWith('Я'),
  });
  await write(`${name}-results.pdf`, () => renderResultsPdf(session, options));
  await write(`${name}-takeaway.pdf`, () =>
    renderTakeawayPdf(session, participants[1]!.id, options),
  );
}

await allDocuments('fixture', exportsFixtureTemplate(), { paperSize: 'A4', support });
await write('fixture-handout-letter.pdf', () =>
  renderHandoutPdf(exportsFixtureTemplate(), { paperSize: 'Letter', support }),
);

const templatesDir = join(process.cwd(), 'templates');
for (const file of readdirSync(templatesDir).filter((f) => /\.ya?ml$/.test(f))) {
  const parsed = parseTemplateFile(join(templatesDir, file));
  if (!parsed.ok) {
    console.log(`${file}: does not parse, skipped`);
    continue;
  }
  await allDocuments(`shipped-${parsed.template.id}`, parsed.template, {
    paperSize: 'Letter',
    support,
  });
}

const stress = stressSession(2000);
await write('stress-results.pdf', () => renderResultsPdf(stress, { paperSize: 'A4', support }));
await write('stress-takeaway.pdf', () =>
  renderTakeawayPdf(stress, 'p-3', { paperSize: 'A4', support }),
);
