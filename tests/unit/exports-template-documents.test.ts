import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderGuidePdf, renderHandoutPdf } from '../../main/exports/index.js';
import { templateSchema, type Template } from '../../shared/template/template-schema.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';
import { checkPdf, pageCount } from './exports-pdf-tools.js';

const support = 'Crisis line 0800 111 0 111 · Facilitator: Sam, room 4';
const MM = 72 / 25.4;

/** Every word's box from `pdftotext -bbox`, in points from the top left of its page. */
function wordBoxes(path: string) {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  return pages.flatMap(([, width, height, body]) =>
    [
      ...(body ?? '').matchAll(
        /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
      ),
    ].map((m) => ({
      pageWidth: Number(width),
      pageHeight: Number(height),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      word: m[5] ?? '',
    })),
  );
}

function longTemplate(): Template {
  const base = exportsFixtureTemplate();
  const paragraph =
    'Caring for someone is not the same as carrying them. Noticing the difference takes time, ' +
    'patience and often the help of others who have walked a similar path. ';
  return templateSchema.parse({
    ...base,
    id: 'long-one',
    title: 'Близость без потери себя — Εγγύτητα — Gần gũi mà không đánh mất mình',
    steps: [
      {
        id: 'long-info',
        kind: 'info',
        title: 'A long read',
        minutes: 10,
        body: paragraph.repeat(30),
      },
      ...base.steps,
      {
        id: 'big-scale',
        kind: 'scale',
        title: 'Many statements',
        minutes: 15,
        prompt: 'How true is this for you?',
        labels: ['Not at all', 'A little', 'Somewhat', 'Quite a lot', 'Completely'],
        themes: Array.from({ length: 4 }, (_, t) => ({
          id: `theme-${t}`,
          title: `Theme number ${t + 1}`,
          reflection: 'What do you notice when you read your answers here?',
          statements: Array.from({ length: 8 }, (_, s) => ({
            id: `s-${t}-${s}`,
            text: `Statement ${t + 1}.${s + 1}: sometimes I find it hard to tell my own feelings from the feelings of the people around me.`,
          })),
        })),
      },
    ],
  });
}

describe('handout PDF', () => {
  it('is a sound PDF with embedded fonts and every step printed', async () => {
    const template = exportsFixtureTemplate();
    const pdf = await renderHandoutPdf(template, { paperSize: 'A4', support });
    const { flat, path } = checkPdf(pdf, 'handout');
    expect(flat).toContain(template.title);
    expect(flat).toContain('About 90 minutes');
    expect(flat).toContain('We talk about conflict in close relationships');
    for (const step of template.steps) expect(flat).toContain(step.title);
    expect(flat).toContain('How often is this true for you?');
    expect(flat).toContain('I say yes when I want to say no.');
    expect(flat).toContain('Both partners keep their own friends');
    expect(flat).toContain('Codependent');
    expect(flat).toContain('Keeping a hobby of your own');
    expect(flat).toContain('The boundary I want to set');
    expect(flat).toContain('Reading your answers');
    expect(flat).toContain('What makes saying no easier for you?');
    expect(flat).toContain('None at all');
    expect(flat).toContain('Educational, not a diagnosis.');
    expect(flat).toContain('Crisis line 0800 111 0 111');
    const pages = pageCount(path);
    expect(pages).toBeGreaterThan(2);
    expect(flat).toContain(`Page ${pages} of ${pages}`);
    // The answer key belongs in the guide, never on the participants' sheets.
    expect(flat).not.toContain('Safety comes from control instead of trust');
  });

  it.each(['A4', 'Letter'] as const)(
    'keeps every word inside 210 × 279 mm on %s paper',
    async (paperSize) => {
      const pdf = await renderHandoutPdf(longTemplate(), { paperSize, support });
      const { path } = checkPdf(pdf, `frame-${paperSize}`);
      const boxes = wordBoxes(path);
      expect(boxes.length).toBeGreaterThan(500);
      for (const box of boxes) {
        const frameX = (box.pageWidth - 210 * MM) / 2;
        const frameY = (box.pageHeight - 279 * MM) / 2;
        expect(box.xMin, box.word).toBeGreaterThanOrEqual(frameX);
        expect(box.xMax, box.word).toBeLessThanOrEqual(frameX + 210 * MM);
        expect(box.yMin, box.word).toBeGreaterThanOrEqual(frameY);
        expect(box.yMax, box.word).toBeLessThanOrEqual(frameY + 279 * MM);
      }
      expect(boxes[0]?.pageWidth).toBeCloseTo(paperSize === 'A4' ? 595.28 : 612, 0);
    },
  );

  it('paginates long content without leaving a step title at the foot of a page', async () => {
    const template = longTemplate();
    const pdf = await renderHandoutPdf(template, { paperSize: 'Letter', support });
    const { text, flat } = checkPdf(pdf, 'long');
    expect(flat).toContain('Близость без потери себя');
    expect(flat).toContain('Gần gũi mà không đánh mất mình');
    expect(flat).toContain('Εγγύτητα');
    expect(flat).toContain('Statement 4.8');
    const titles = new Set(template.steps.map((s) => s.title));
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .filter((l) => !/^(Page \d+ of \d+|Educational, not a diagnosis\.|Support:)/.test(l));
      const last = lines[lines.length - 1] ?? '';
      expect(titles.has(last), `page ends with the title "${last}"`).toBe(false);
    }
    // The Likert table repeats its header on the pages it continues onto.
    const statementHeaders = pages.filter((p) => /^Statement$/m.test(p)).length;
    expect(statementHeaders).toBeGreaterThan(2);
  });

  it('gives the same bytes for the same input', async () => {
    const template = exportsFixtureTemplate();
    const a = await renderHandoutPdf(template, { paperSize: 'A4', support });
    const b = await renderHandoutPdf(template, { paperSize: 'A4', support });
    expect(a.equals(b)).toBe(true);
  });
});

describe('facilitator guide PDF', () => {
  it('lists the running order, notes and answer keys', async () => {
    const template = exportsFixtureTemplate();
    const pdf = await renderGuidePdf(template, { paperSize: 'Letter', support });
    const { flat } = checkPdf(pdf, 'guide');
    expect(flat).toContain('FACILITATOR GUIDE');
    expect(flat).toContain('Running order');
    expect(flat).toContain('Welcome everyone, repeat the right to pass.');
    expect(flat).toContain('Remind people that worksheets stay private.');
    expect(flat).toContain('Safety comes from control instead of trust.');
    expect(flat).toContain('Belongs in');
    expect(flat).toContain('Keeping one’s own friendships is part of keeping a self.');
    expect(flat).toContain('Timer: 1 min.');
    template.steps.forEach((step, i) => expect(flat).toContain(`${i + 1}. ${step.title}`));
    // Cumulative start times: the last step starts after all the others.
    const before = template.steps.slice(0, -1).reduce((sum, s) => sum + s.minutes, 0);
    expect(flat).toContain(`${Math.floor(before / 60)}:${String(before % 60).padStart(2, '0')}`);
  });
});
