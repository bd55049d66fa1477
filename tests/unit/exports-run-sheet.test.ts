import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGuidePdf, renderHandoutPdf } from '../../main/exports/index.js';
import { RUN_SHEET_SITUATIONS, runSheetRows } from '../../main/exports/documents/run-sheet.js';
import { pdfMessages } from '../../main/exports/i18n/pdf-messages.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import type { Template } from '../../shared/template/template-schema.js';
import { checkPdf, flatText, pageText } from './exports-pdf-tools.js';

const support = 'Crisis line 0800 111 222. Abuse helpline 0800 333 444.';

function shippedTemplates(): Template[] {
  const dir = join(process.cwd(), 'templates');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const parsed = parseTemplateFile(join(dir, file));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      return parsed.template;
    });
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the run sheet (issue 21)', () => {
  it('is page 1 of every shipped guide: clock, agreement to read aloud, what to do', async () => {
    for (const template of shippedTemplates()) {
      for (const paperSize of ['A4', 'Letter'] as const) {
        const { path } = checkPdf(
          await renderGuidePdf(template, { paperSize, support }),
          `run-sheet-${template.id}-${paperSize}`,
        );
        const first = flatText(pageText(path, 1));
        expect(first, template.id).toContain('Run sheet');
        expect(first).toContain('Open the room at -0:10');
        for (const step of template.steps) expect(first, step.id).toContain(step.title);
        expect(first).toContain('Read aloud: our group agreement');
        // The agreement's last line and every situation are on the same page, not the next.
        const lastLine = template.agreement.split('\n').at(-1)!.replace(/^- /, '');
        expect(first).toContain(flatText(lastLine).slice(0, 30));
        for (const key of RUN_SHEET_SITUATIONS)
          expect(first).toContain(pdfMessages('en').t(key).split(':')[0]);
        expect(flatText(pageText(path, 2))).not.toContain('If the room needs you');
      }
    }
  });

  it('moves the clock only for steps that cannot be skipped', () => {
    const interdependence = shippedTemplates().find((t) => t.id === 'interdependence')!;
    const rows = runSheetRows(interdependence);
    const word = rows.find((r) => r.step.startsWith('One word'))!;
    expect(word.clock).toBe('+4');
    expect(word.step).toContain('(optional)');
    expect(rows.find((r) => r.step === 'Break')).toBeDefined();
    expect(rows.at(-1)).toEqual({ clock: '1:25', step: 'End', key: '' });
  });

  it('the handout prints the agreement once, even when a step reads it aloud', async () => {
    const interdependence = shippedTemplates().find((t) => t.id === 'interdependence')!;
    const { flat } = checkPdf(
      await renderHandoutPdf(interdependence, { paperSize: 'A4', support }),
      'run-sheet-handout-agreement',
    );
    expect(occurrences(flat, 'Take home what you learned, not who said what.')).toBe(1);
  });
});
