import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHandoutPdf, renderResultsPdf, type PdfOptions } from '../../main/exports/index.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import type { Template } from '../../shared/template/template-schema.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession } from './exports-fixture-session.js';
import { checkPdf, flatText, pageCount, pageText } from './exports-pdf-tools.js';
import { stressSession } from './exports-stress-fixture.js';

const options: PdfOptions = {
  paperSize: 'Letter',
  support: 'Crisis line: 0800 111 0 111 (24 h, free) · Your facilitator: Sam Rivera',
};

function shipped(id: string): Template {
  const parsed = parseTemplateFile(join(process.cwd(), 'templates', `${id}.yaml`));
  if (!parsed.ok) throw new Error(`templates/${id}.yaml does not parse`);
  return parsed.template;
}

/** The report body without the footer, whose support line has its own digits. */
function body(flat: string): string {
  return flat.replace(/Educational, not a diagnosis\. Support: .*? Page \d+ of \d+/g, ' ');
}

describe('results report reads like a report, not a data dump', () => {
  it('prints an opinion sort’s spread in words and never a merged list of ids', async () => {
    const template = shipped('interdependence');
    const session = runScriptedSession({
      template,
      participants: sampleParticipants(template, 14),
      approve: () => true,
    });
    const { flat } = checkPdf(await renderResultsPdf(session, options), 'readable-results');
    // An opinion sort (issue 21): the spread over the categories, no key.
    expect(flat).toContain('Where people placed each one. There is no right answer.');
    expect(flat).toMatch(/Leans toward balance \d+%/);
    expect(flat).not.toMatch(/Answer key|answer key puts it/);
    expect(flat).not.toContain('+');
    expect(flat).not.toMatch(/\bkey:|Placed:|unplaced/);
    // Category and option ids never reach the page, only their labels.
    for (const id of ['codependent', 'interdependent', 'it-depends'])
      expect(flat).not.toMatch(new RegExp(`\\b${id}\\b`));
    // Every sorting item has at least one share of the group beside it.
    const sorting = flat.slice(
      flat.indexOf('Which way does it lean?'),
      flat.indexOf('A private look at the last few weeks'),
    );
    const items = template.steps.find((s) => s.kind === 'sort');
    if (items?.kind !== 'sort') throw new Error('no sorting exercise');
    for (const item of items.items) {
      const from = sorting.indexOf(item.label) + item.label.length;
      expect(sorting.slice(from, from + 200), item.id).toMatch(/\d+%/);
    }
  });

  it('groups large counts the way the workshop language writes them', async () => {
    const session = stressSession(2000);
    const english = checkPdf(await renderResultsPdf(session, options), 'stress-en').flat;
    expect(english).toMatch(/Respondents: 1,\d{3}/);
    expect(english).toMatch(/\b1,\d{3} \(\d+%\)/);
    // No ungrouped count of four digits or more; the year is the only such number.
    const numbers = [...body(english).matchAll(/\b\d{4,}\b/g)].map((m) => m[0]);
    expect(numbers.filter((n) => n !== '2026')).toEqual([]);

    const german = { ...session, template: { ...session.template, language: 'de' } };
    const de = checkPdf(await renderResultsPdf(german, options), 'stress-de').flat;
    // A German workshop's report (no counselor language given) speaks German, with German grouping.
    expect(de).toMatch(/Antwortende: 1\.\d{3}/);
  });
});

describe('handout cover', () => {
  const shippedIds = ['interdependence', 'boundaries', 'check-ins', 'keeping-yourself'];

  it.each(shippedIds)(
    '%s: the cover is one page and the agreement never breaks across pages',
    async (id) => {
      const template = shipped(id);
      const { path } = checkPdf(await renderHandoutPdf(template, options), `cover-${id}`);
      expect(pageCount(path)).toBeGreaterThan(2);
      const cover = flatText(pageText(path, 1));
      const second = flatText(pageText(path, 2));
      expect(cover).toContain('WORKSHEETS AND HANDOUT');
      expect(cover).toContain('This is for reflection, not a diagnosis');
      expect(cover).toContain('Support');
      expect(second).not.toContain('This is for reflection, not a diagnosis');

      const lines = template.agreement
        .split('\n')
        .map((line) => line.replace(/^\s*[-*•]\s+/, '').trim())
        .filter(Boolean);
      const first = flatText(lines[0]!).slice(0, 30);
      const last = flatText(lines[lines.length - 1]!).slice(-30);
      const onCover = cover.includes('Our group agreement');
      const page = onCover ? cover : second;
      // The agreement starts under its heading and ends on the same page.
      expect(page).toContain(first);
      expect(page).toContain(last);
      if (!onCover) {
        // Moved whole: page 2 opens with the heading, right below the running header.
        expect(second.replace(`${template.title} Worksheets`, '').trim()).toMatch(
          /^Our group agreement/,
        );
        expect(cover).not.toContain(first);
      }
    },
  );
});
