import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTemplateError } from '../../main/templates/format-template-error.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import type { Template } from '../../shared/template/template-schema.js';

// The checkable rules of the clinical safety pass (issue 21).
const files = [
  'interdependence.yaml',
  'boundaries.yaml',
  'keeping-yourself.yaml',
  'check-ins.yaml',
];

function load(file: string): Template {
  const result = parseTemplateFile(join(shippedTemplatesDir(), file));
  if (!result.ok) throw new Error(result.errors.map(formatTemplateError).join('\n'));
  return result.template;
}

const keepItSafe = /checks your phone or bag, write only what would be safe for them to see/;
const noSafety = /keeping the peace can be the wise choice for now/;

/** Steps that teach or plan saying no, per workshop. */
const teachesNo: Record<string, string[]> = {
  'boundaries.yaml': ['saying-no', 'boundary-plan'],
  'interdependence.yaml': ['no-that-went-well', 'my-plan'],
};

function stepText(step: Template['steps'][number]): string {
  return JSON.stringify(step);
}

describe.each(files)('%s is safe for everyone in the circle', (file) => {
  const template = load(file);

  it('every worksheet prompt carries the keep-it-safe line', () => {
    const worksheets = template.steps.filter((s) => s.kind === 'worksheet');
    expect(worksheets.length).toBeGreaterThan(0);
    for (const step of worksheets) expect(step.prompt).toMatch(keepItSafe);
  });

  it('the closing screen warns before private answers go home', () => {
    const closing = template.steps.find((s) => s.id === 'closing');
    expect(closing && stepText(closing)).toMatch(/checks your phone or bag/);
  });

  it('every step that teaches saying no carries the safety line', () => {
    for (const id of teachesNo[file] ?? []) {
      const step = template.steps.find((s) => s.id === id);
      expect(step, id).toBeDefined();
      expect(stepText(step!), id).toMatch(noSafety);
    }
  });

  it('wherever couples therapy is suggested, fear or control points to individual support', () => {
    for (const step of template.steps) {
      const text = stepText(step);
      if (/as a couple|together with someone close/.test(text)) {
        expect(text, step.id).toMatch(/fear or control, (choose )?individual support/);
      }
    }
  });
});

/** What a phone shows of a step: everything but the counselor's notes. */
function phoneText(step: Template['steps'][number]): string {
  const { facilitatorNotes: _notes, ...shown } = step;
  return JSON.stringify(shown);
}

const assumesSomeoneClose = /\byour partner\b|\bsomeone close\b|\bclosest relationship\b/i;
const offersAlternative = /nobody close comes to mind/i;

describe.each(files)('%s leaves nobody out and plans honestly', (file) => {
  const template = load(file);

  it('no question assumes a partner or someone close without an alternative', () => {
    // Teaching screens may name close bonds; a question or plan must not need one to answer.
    for (const step of template.steps.filter((s) => s.kind !== 'info')) {
      // A worksheet field carries its own alternative; any other step carries it in its text.
      const units =
        step.kind === 'worksheet'
          ? [step.prompt, ...step.fields.map((f) => `${f.label} ${f.hint ?? ''}`)]
          : [phoneText(step)];
      for (const text of units.filter((u) => assumesSomeoneClose.test(u)))
        expect(text, step.id).toMatch(offersAlternative);
    }
  });

  it('the steps that cannot be skipped fit the announced time', () => {
    const planned = template.steps.reduce((sum, s) => sum + (s.optional ? 0 : s.minutes), 0);
    expect(planned).toBeLessThanOrEqual(template.minutes);
  });

  it('a step that reads the agreement aloud reads the same words the phones show on joining', () => {
    for (const step of template.steps.filter(
      (s) => s.kind === 'info' && /agreement/i.test(s.title),
    ))
      expect(step.kind === 'info' && step.body, step.id).toBe(template.agreement);
  });

  it('credits name the source articles', () => {
    expect(template.credits.join('\n')).toMatch(/Arshiya Syeda/);
    expect(template.credits.join('\n')).toMatch(/Julie Nguyen/);
  });
});

describe('interdependence timing (issue 21)', () => {
  const template = load('interdependence.yaml');
  const ids = template.steps.map((s) => s.id);

  it('has a break near the middle and the word and ranking steps are optional', () => {
    const breakAt = ids.indexOf('break');
    expect(breakAt).toBeGreaterThan(ids.length / 3);
    expect(breakAt).toBeLessThan((ids.length * 2) / 3);
    for (const id of ['healthy-feels-like', 'rank-building-blocks'])
      expect(template.steps.find((s) => s.id === id)?.optional, id).toBe(true);
  });

  it('never teaches for more than 15 minutes in a row', () => {
    let run = 0;
    for (const step of template.steps) {
      run = step.kind === 'info' && step.id !== 'break' ? run + step.minutes : 0;
      expect(run, step.id).toBeLessThanOrEqual(15);
    }
  });

  it('content notes carry the fear caveat and a note for people who are grieving', () => {
    const notes = template.contentNotes.join('\n');
    expect(notes).toMatch(/afraid of how someone close might react/);
    expect(notes).toMatch(/lost someone close/);
  });

  it('credits Dear, Roberts & Lange with editor, volume and pages', () => {
    const dear = template.credits.find((c) => c.includes('Dear'));
    expect(dear).toMatch(/Shohov \(Ed\.\)/);
    expect(dear).toMatch(/pp\. 189-205/);
    expect(dear).toMatch(/eleven published definitions/);
  });
});
