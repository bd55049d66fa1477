import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGuidePdf, renderHandoutPdf, renderTakeawayPdf } from '../../main/exports/index.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import type { Template } from '../../shared/template/template-schema.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession } from './exports-fixture-session.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';
import { checkPdf, flatText, pageCount, pageText } from './exports-pdf-tools.js';

const support = 'Crisis line 0800 111 0 111 · Facilitator: Sam, room 4';
const contacts = {
  crisisLine: 'Samaritans 116 123',
  abuseHelpline: 'Safe at Home line 0808 2000 247',
  counselorContact: 'Sam Rivera, room 4, Tuesdays',
};

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

/** Word boxes of one page from `pdftotext -bbox`: height is the font's size times a constant. */
function wordHeights(path: string, page: number): Map<string, number> {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), path, '-'],
    { encoding: 'utf8' },
  );
  const heights = new Map<string, number>();
  for (const m of html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)) {
    if (!heights.has(m[3]!)) heights.set(m[3]!, Number(m[2]) - Number(m[1]));
  }
  return heights;
}

function wordTops(path: string, word: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</g)]
    .filter((m) => m[2] === word)
    .map((m) => Number(m[1]));
}

/** Each page's text, read once: pdftotext separates pages with a form feed. */
function pageTexts(path: string): string[] {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .map(flatText);
}

type Paper = 'A4' | 'Letter';
type Layout = 'standard' | 'saver' | 'large';

/**
 * A shipped workshop's handout on one paper size in one layout: rendered, checked and read once
 * per file, because several tests below read the same handout. Each test asks for what it reads,
 * so any one of them still runs alone.
 */
const handouts = new Map<string, Promise<{ path: string; texts: string[] }>>();
function shippedHandout(template: Template, paperSize: Paper, layout: Layout) {
  const key = `${template.id}-${layout}-${paperSize}`;
  let handout = handouts.get(key);
  if (!handout) {
    handout = renderHandoutPdf(template, { paperSize, support, layout }).then((pdf) => {
      const { path } = checkPdf(pdf, `handout-${key}`);
      return { path, texts: pageTexts(path) };
    });
    handouts.set(key, handout);
  }
  return handout;
}

/** The pages (1-based) whose text holds `needle`. */
function pageOf(path: string, needle: string, texts = pageTexts(path)): number[] {
  return texts.flatMap((text, index) => (text.includes(needle) ? [index + 1] : []));
}

describe('print layouts (issue 20)', () => {
  it('print-saver takes fewer pages than the standard handout, for every shipped workshop', async () => {
    for (const template of shippedTemplates()) {
      const pages = async (layout: 'standard' | 'saver') =>
        pageCount((await shippedHandout(template, 'A4', layout)).path);
      const standard = await pages('standard');
      const saver = await pages('saver');
      expect(saver, template.id).toBeLessThan(standard);
    }
  });

  it('never splits a worksheet the participant fills in across pages', async () => {
    for (const template of shippedTemplates()) {
      for (const step of template.steps) {
        if (step.kind !== 'worksheet') continue;
        for (const paperSize of ['A4', 'Letter'] as const) {
          for (const layout of ['standard', 'saver'] as const) {
            const { path, texts } = await shippedHandout(template, paperSize, layout);
            const [titlePage] = pageOf(path, step.title, texts);
            expect(titlePage, `${template.id} ${step.title}`).toBeDefined();
            for (const field of step.fields) {
              expect(pageOf(path, field.label, texts), `${template.id}: ${field.label}`).toEqual([
                titlePage,
              ]);
            }
          }
        }
      }
    }
  });

  it('sets large print at 16 pt or more, with wider writing lines', async () => {
    const template = exportsFixtureTemplate();
    const render = async (layout: 'standard' | 'large') =>
      checkPdf(await renderHandoutPdf(template, { paperSize: 'A4', support, layout }), layout).path;
    const standard = await render('standard');
    const large = await render('large');
    // The first step's text is body text (12 pt in the standard layout).
    const word = 'Interdependence';
    const page = (path: string) => pageOf(path, 'rely on each other while each keeps a self')[0]!;
    const standardHeight = wordHeights(standard, page(standard)).get(word)!;
    const largeHeight = wordHeights(large, page(large)).get(word)!;
    expect(standardHeight).toBeGreaterThan(0);
    expect((12 * largeHeight) / standardHeight).toBeGreaterThanOrEqual(16 - 0.05);
    // The numbered lines of a words exercise sit one writing line apart.
    const gap = (path: string) => {
      const [one, two] = [wordTops(path, '1.')[0]!, wordTops(path, '2.')[0]!];
      return two - one;
    };
    expect(gap(large)).toBeGreaterThan(gap(standard) * 1.2);
    expect(pageCount(large)).toBeGreaterThan(pageCount(standard));
  });

  it('offers large print for the takeaway too', async () => {
    const template = exportsFixtureTemplate();
    const participants = sampleParticipants(template, 6, 2);
    const session = runScriptedSession({ template, participants });
    const render = async (layout: 'standard' | 'large') =>
      checkPdf(
        await renderTakeawayPdf(session, participants[0]!.id, { paperSize: 'A4', support, layout }),
        `takeaway-${layout}`,
      ).path;
    const standard = await render('standard');
    const large = await render('large');
    const height = (path: string) => wordHeights(path, 1).get('TAKEAWAY')!;
    expect((height(large) / height(standard)) * 12).toBeGreaterThanOrEqual(16 - 0.05);
  });
});

describe('the group agreement in the handout (issue 20)', () => {
  it('prints once and whole, before the first step, in every layout and paper size', async () => {
    for (const template of shippedTemplates()) {
      // A line of the agreement that nothing else in the workshop repeats.
      const line = 'Take home what you learned, not who said what.';
      expect(flatText(template.agreement), template.id).toContain(line);
      const lastLine = flatText(template.agreement.split('\n').at(-1)!.replace(/^- /, ''));
      const firstStep = template.steps.find((s) => s.title !== 'Our group agreement')!;
      for (const paperSize of ['A4', 'Letter'] as const) {
        for (const layout of ['standard', 'saver', 'large'] as const) {
          const { path, texts } = await shippedHandout(template, paperSize, layout);
          const where = `${template.id} ${layout} ${paperSize}`;
          expect(pageOf(path, line, texts), where).toHaveLength(1);
          expect(pageOf(path, 'Our group agreement', texts), where).toEqual(
            pageOf(path, line, texts),
          );
          const [page] = pageOf(path, line, texts);
          expect(page, where).toBeLessThanOrEqual(pageOf(path, firstStep.title, texts)[0]!);
          // Standard and large print keep it whole; print-saver may run it on below the cover.
          if (layout !== 'saver') expect(pageOf(path, lastLine, texts), where).toEqual([page]);
          const mentions = texts.join(' ').split('Our group agreement').length - 1;
          expect(mentions, where).toBe(1);
        }
      }
    }
  }, 300_000);
});

describe('the safety and support page (issue 20)', () => {
  it('ends every handout, pre-filled with what the counselor entered', async () => {
    for (const template of [exportsFixtureTemplate(), ...shippedTemplates()]) {
      const pdf = await renderHandoutPdf(template, { paperSize: 'Letter', support, contacts });
      const { path } = checkPdf(pdf, `safety-${template.id}`);
      const last = flatText(pageText(path, pageCount(path)));
      expect(last, template.id).toContain('My safety and support page');
      for (const value of Object.values(contacts)) expect(last).toContain(value);
      expect(last).toContain('What I’ll do if I feel unsafe');
      expect(last).toContain('A person I trust');
    }
  });

  it('leaves blank lines where the counselor entered nothing', async () => {
    const pdf = await renderHandoutPdf(exportsFixtureTemplate(), { paperSize: 'A4', support });
    const { path } = checkPdf(pdf, 'safety-blank');
    const last = flatText(pageText(path, pageCount(path)));
    expect(last).toContain('A crisis line I can call');
    expect(last).toContain('A service for people who are afraid of someone at home');
    expect(last).toContain('My counselor’s contacts');
    for (const value of Object.values(contacts)) expect(last).not.toContain(value);
    // The room's support text is still there, as the counselor wrote it.
    expect(last).toContain(support);
  });

  it('ends every takeaway, with or without the person’s own answers', async () => {
    const template = exportsFixtureTemplate();
    const participants = sampleParticipants(template, 6, 4);
    const session = runScriptedSession({ template, participants });
    for (const ownAnswers of [true, false]) {
      const pdf = await renderTakeawayPdf(session, participants[1]!.id, {
        paperSize: 'A4',
        support,
        contacts,
        ownAnswers,
      });
      const { path } = checkPdf(pdf, 'safety-takeaway');
      const last = flatText(pageText(path, pageCount(path)));
      expect(last).toContain('My safety and support page');
      expect(last).toContain(contacts.abuseHelpline);
    }
  });
});

describe('the facilitator guide (issue 20)', () => {
  it('ends with a session-notes page written by hand', async () => {
    for (const template of [exportsFixtureTemplate(), ...shippedTemplates()]) {
      const { path } = checkPdf(
        await renderGuidePdf(template, { paperSize: 'A4', support }),
        `notes-${template.id}`,
      );
      const last = flatText(pageText(path, pageCount(path)));
      expect(last, template.id).toContain('Session notes');
      for (const section of ['What went well', 'Themes to follow up', 'Private check-ins to make'])
        expect(last).toContain(section);
      expect(last).toContain('stores none of them');
      expect(pageOf(path, 'Session notes')).toEqual([pageCount(path)]);
    }
  });
});
