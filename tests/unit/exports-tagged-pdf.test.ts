import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  renderGuidePdf,
  renderHandoutPdf,
  renderResultsPdf,
  renderTakeawayPdf,
} from '../../main/exports/index.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import type { Template } from '../../shared/template/template-schema.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession } from './exports-fixture-session.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';
import { checkPdf } from './exports-pdf-tools.js';
import { flatten, headings, isTagged, readStructure } from './exports-pdf-structure.js';

const support = 'Crisis line 0800 111 0 111 · Facilitator: Sam, room 4';

function shipped(id: string): Template {
  const parsed = parseTemplateFile(join(process.cwd(), 'templates', `${id}.yaml`));
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.template;
}

async function everyKind(template: Template, stepImage?: (stepId: string) => Buffer | undefined) {
  const participants = sampleParticipants(template, 8, 5);
  const session = runScriptedSession({ template, participants, approve: () => true });
  return {
    handout: await renderHandoutPdf(template, { paperSize: 'A4', support, stepImage }),
    guide: await renderGuidePdf(template, { paperSize: 'Letter', support }),
    results: await renderResultsPdf(session, { paperSize: 'A4', support }),
    takeaway: await renderTakeawayPdf(session, participants[0]!.id, {
      paperSize: 'Letter',
      support,
      layout: 'large',
    }),
  };
}

/** A tagged document: its language, a Document root, and headings that never skip a level. */
function expectSoundStructure(path: string, language: string) {
  expect(isTagged(path)).toBe(true);
  const tagged = readStructure(path);
  expect(tagged.marked).toBe(true);
  expect(tagged.language).toBe(language);
  expect(tagged.root?.role).toBe('Document');
  const found = headings(path);
  expect(found[0]?.level).toBe(1);
  found.forEach((heading, index) => {
    const before = found[index - 1];
    if (before) expect(heading.level).toBeLessThanOrEqual(before.level + 1);
    expect(heading.text.trim()).not.toBe('');
  });
  const nodes = flatten(tagged.root);
  for (const figure of nodes.filter((node) => node.role === 'Figure')) {
    expect(figure.alt?.trim()).toBeTruthy();
  }
  return { nodes, headings: found };
}

const roles = (nodes: { role: string }[]) => new Set(nodes.map((node) => node.role));

describe('tagged PDFs (issue 20)', () => {
  it('tags every document kind: headings in order, lists, tables, figures with alternative text', async () => {
    const template = exportsFixtureTemplate();
    const pdfs = await everyKind(template);
    const steps = template.steps.map((step) => step.title);

    const handout = expectSoundStructure(checkPdf(pdfs.handout, 'tagged-handout').path, 'en');
    const handoutH2 = handout.headings.filter((h) => h.level === 2).map((h) => h.text);
    // Every step's title is a heading, in the workshop's order.
    expect(handoutH2.filter((text) => steps.includes(text))).toEqual(steps);
    expect(handout.headings[0]?.text).toBe(template.title);
    for (const role of ['Table', 'TR', 'TH', 'TD', 'L', 'LI', 'LBody', 'Form'])
      expect(roles(handout.nodes).has(role), role).toBe(true);

    const guide = expectSoundStructure(checkPdf(pdfs.guide, 'tagged-guide').path, 'en');
    for (const role of ['Table', 'TH', 'L', 'LI']) expect(roles(guide.nodes).has(role)).toBe(true);
    expect(guide.headings.map((h) => h.text)).toContain('Session notes');

    const results = expectSoundStructure(checkPdf(pdfs.results, 'tagged-results').path, 'en');
    const charts = results.nodes.filter((node) => node.role === 'Figure');
    expect(charts.length).toBeGreaterThan(3);
    // A chart's alternative text carries its labels, so it can be read without seeing it.
    expect(charts.some((chart) => chart.alt?.includes('Worry'))).toBe(true);

    const takeaway = expectSoundStructure(checkPdf(pdfs.takeaway, 'tagged-takeaway').path, 'en');
    expect(takeaway.nodes.some((node) => node.role === 'Figure')).toBe(true);
    expect(takeaway.headings.map((h) => h.text)).toContain('My safety and support page');
  });

  it('gives a workshop picture its alternative text', async () => {
    const template = shipped('interdependence');
    const step = template.steps.find((s) => s.kind === 'info' && s.imageAlt);
    if (!step || step.kind !== 'info') throw new Error('the workshop has a picture');
    const picture = readFileSync(join(process.cwd(), 'templates', step.image!));
    const pdf = await renderHandoutPdf(template, {
      paperSize: 'A4',
      support,
      stepImage: (id) => (id === step.id ? picture : undefined),
    });
    const { path } = checkPdf(pdf, 'tagged-picture');
    const { nodes } = expectSoundStructure(path, template.language);
    const figures = nodes.filter((node) => node.role === 'Figure');
    expect(figures.map((figure) => figure.alt)).toEqual([step.imageAlt]);
    expect(nodes.some((node) => node.role === 'Caption')).toBe(true);
  });

  it('tags the shipped workshops in every layout without a heading out of order', async () => {
    for (const id of ['boundaries', 'check-ins']) {
      const template = shipped(id);
      for (const layout of ['standard', 'saver', 'large'] as const) {
        const pdf = await renderHandoutPdf(template, { paperSize: 'Letter', support, layout });
        expectSoundStructure(checkPdf(pdf, `tagged-${id}-${layout}`).path, template.language);
      }
    }
  });
});
