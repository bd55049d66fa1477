import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderResultsPdf, renderTakeawayPdf } from '../../main/exports/index.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import { isExercise } from '../../shared/template/step-schema.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession } from './exports-fixture-session.js';
import { checkPdf } from './exports-pdf-tools.js';

// The shipped workshop with six people, the usual size of a therapy group (issue 13).
const parsed = parseTemplateFile(join(shippedTemplatesDir(), 'interdependence.yaml'));
if (!parsed.ok) throw new Error('interdependence.yaml does not parse');
const template = parsed.template;
const participants = sampleParticipants(template, 6, 11);
const session = runScriptedSession({ template, participants });
const options = { paperSize: 'A4' as const, support: 'Crisis line 0800 111 0 111' };
const exercises = template.steps.filter(isExercise).filter((s) => s.kind !== 'worksheet');

/** Counts printed as "Label: N" or as a bare bar number, outside headings and sentences. */
function smallCounts(flat: string): string[] {
  return [...flat.matchAll(/: ([12])(?![\d.,%–])/g)].map((m) => m[0]);
}

describe('a group of six', () => {
  it('gets a report that speaks about every exercise, without a count of 1 or 2', async () => {
    const { flat } = checkPdf(await renderResultsPdf(session, options), 'small-group-report');
    expect(flat).toContain(`Exercises shown: ${exercises.length} of ${exercises.length}`);
    expect(flat).not.toContain('Participants:');
    expect(flat).toContain('Respondents: 6');
    // Coarsened, not dropped: sentences about most or half of the group, a word list.
    expect(flat).toMatch(/(Most|Half) of the group/);
    expect(flat).toContain('Where people lean overall.');
    expect(flat).toContain('Words more than one person gave');
    expect(smallCounts(flat)).toEqual([]);
    // Every way of coarsening is named in the report.
    expect(flat).toContain('Small numbers:');
    // Far fewer "split not shown" than rows: most exercises still say something.
    const withheld = [...flat.matchAll(/Split not shown/g)].length;
    expect(withheld).toBeLessThanOrEqual(2);
  });

  it('gets a takeaway with their own answers in full and the room under the export rule', async () => {
    const me = participants[0]!;
    const pdf = await renderTakeawayPdf(session, me.id, options);
    const { flat } = checkPdf(pdf, 'small-group-takeaway');
    const report = checkPdf(await renderResultsPdf(session, options), 'small-group-report-2').flat;
    // The room's results: the report's coarse bands, never the five single ratings with 1s.
    expect(smallCounts(flat)).toEqual([]);
    expect(flat).not.toMatch(/Median|mean \d/);
    expect(flat).toContain('Small numbers:');
    for (const sentence of report.match(/Most of the group[^.]*\./g) ?? []) {
      expect(flat).toContain(sentence);
    }
    // Their own worksheet answers are there, word for word.
    const worksheet = template.steps.find((s) => s.kind === 'worksheet');
    const answer = worksheet ? me.answers[worksheet.id] : undefined;
    if (answer?.kind === 'worksheet') {
      const first = Object.values(answer.fields)[0]!;
      expect(flat).toContain(first.slice(0, 30));
    }
  });
});
