import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderResultsPdf, renderTakeawayPdf } from '../../main/exports/index.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import { publicStep } from '../../shared/protocol/public-step.js';
import type { Template } from '../../shared/template/template-schema.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession } from './exports-fixture-session.js';
import { checkPdf } from './exports-pdf-tools.js';

const support = 'Crisis line 0800 111 222.';

function interdependence(): Template {
  const parsed = parseTemplateFile(join(process.cwd(), 'templates', 'interdependence.yaml'));
  if (!parsed.ok) throw new Error('interdependence does not parse');
  return parsed.template;
}

describe('an opinion sort (issue 21)', () => {
  it('the interdependence sort is an opinion sort and phones are told so', () => {
    const sort = interdependence().steps.find((s) => s.id === 'sort-patterns')!;
    expect(sort.kind === 'sort' && sort.opinion).toBe(true);
    expect(publicStep(sort, 'open')).toMatchObject({ opinion: true });
  });

  it('results and takeaways show the spread and the notes, never an answer key', async () => {
    const template = interdependence();
    const participants = sampleParticipants(template, 8, 5);
    const session = runScriptedSession({ template, participants, approve: () => true });
    const sort = template.steps.find((s) => s.id === 'sort-patterns')!;
    const note = sort.kind === 'sort' ? sort.items[1]!.explanation : '';
    for (const [name, pdf] of [
      ['results', await renderResultsPdf(session, { paperSize: 'A4', support })],
      [
        'takeaway',
        await renderTakeawayPdf(session, participants[0]!.id, { paperSize: 'A4', support }),
      ],
    ] as const) {
      const { flat } = checkPdf(pdf, `opinion-sort-${name}`);
      expect(flat, name).toContain('Where people placed each one. There is no right answer.');
      expect(flat, name).toContain(note.slice(0, 40));
      expect(flat, name).not.toContain('answer key puts it');
      expect(flat, name).not.toContain('Answer key:');
    }
  });
});
