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
