import { describe, expect, it } from 'vitest';
import { stepSchema } from '../../shared/template/step-schema.js';
import { templateSchema, type TemplateInput } from '../../shared/template/template-schema.js';
import { fixtureInput, fixtureTemplate } from './shared-fixture.js';

type StepInput = TemplateInput['steps'][number];
const steps = fixtureInput.steps as StepInput[];
const stepOfKind = (kind: string) =>
  structuredClone(steps.find((s) => s.kind === kind)!) as Record<string, unknown>;

function withStep(step: unknown): unknown {
  return { ...fixtureInput, steps: [step] };
}

function issues(value: unknown) {
  const result = templateSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('template schema: valid', () => {
  it('accepts a template with every step kind and applies defaults', () => {
    expect(issues(fixtureInput)).toEqual([]);
    expect(fixtureTemplate.contentNotes).toEqual([]);
    expect(fixtureTemplate.credits).toEqual([]);
    expect(new Set(fixtureTemplate.steps.map((s) => s.kind))).toEqual(
      new Set([
        'info',
        'timer',
        'scale',
        'choice',
        'sort',
        'words',
        'open',
        'rank',
        'slider',
        'worksheet',
      ]),
    );
  });

  it.each(steps.map((s) => [s.kind, s] as const))('a lone %s step is valid', (_kind, step) => {
    expect(issues(withStep(step))).toEqual([]);
  });

  it('fills step defaults', () => {
    const parsed = stepSchema.parse({
      id: 's',
      kind: 'slider',
      title: 'S',
      minutes: 1,
      prompt: 'P',
      minLabel: 'lo',
      maxLabel: 'hi',
    });
    expect(parsed).toMatchObject({ min: 0, max: 10, step: 1 });
    const words = stepSchema.parse({ id: 'w', kind: 'words', title: 'W', minutes: 1, prompt: 'P' });
    expect(words).toMatchObject({ maxWords: 3 });
    const open = stepSchema.parse({ id: 'o', kind: 'open', title: 'O', minutes: 1, prompt: 'P' });
    expect(open).toMatchObject({ maxLength: 500 });
    const choice = stepSchema.parse({
      id: 'c',
      kind: 'choice',
      title: 'C',
      minutes: 1,
      prompt: 'P',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    });
    expect(choice).toMatchObject({ multiple: false });
    const timer = stepSchema.parse({
      id: 't',
      kind: 'timer',
      title: 'T',
      minutes: 1,
      prompt: 'P',
      seconds: 30,
    });
    expect(timer).toMatchObject({ optional: false });
  });
});

const invalidSteps: [string, string, (step: Record<string, unknown>) => void, RegExp][] = [
  ['info', 'empty body', (s) => (s.body = '   '), /body/],
  ['info', 'bad id', (s) => (s.id = 'Has Spaces'), /id: use lowercase/],
  ['info', 'no title', (s) => delete s.title, /title/],
  ['info', 'zero minutes', (s) => (s.minutes = 0), /minutes/],
  ['timer', 'too short', (s) => (s.seconds = 5), /seconds/],
  ['timer', 'fractional seconds', (s) => (s.seconds = 30.5), /seconds/],
  ['scale', 'four labels', (s) => (s.labels = ['a', 'b', 'c', 'd']), /labels/],
  ['scale', 'no themes', (s) => (s.themes = []), /themes/],
  [
    'scale',
    'theme without reflection',
    (s) => delete (s.themes as Record<string, unknown>[])[0]!.reflection,
    /reflection/,
  ],
  [
    'scale',
    'duplicate statement id',
    (s) => ((s.themes as { statements: { id: string }[] }[])[1]!.statements[0]!.id = 'g1'),
    /duplicate id "g1"/,
  ],
  ['choice', 'one option', (s) => (s.options = [{ id: 'a', label: 'A' }]), /options/],
  ['choice', 'unknown correct option', (s) => (s.correct = ['z']), /correct.0: unknown option "z"/],
  ['choice', 'two correct on single choice', (s) => (s.correct = ['a', 'b']), /one correct option/],
  [
    'choice',
    'duplicate option ids',
    (s) =>
      (s.options = [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'B' },
      ]),
    /duplicate id "a"/,
  ],
  ['sort', 'one category', (s) => (s.categories = [{ id: 'co', label: 'C' }]), /categories/],
  [
    'sort',
    'item in unknown category',
    (s) => ((s.items as { category: string }[])[0]!.category = 'nope'),
    /unknown category "nope"/,
  ],
  [
    'sort',
    'item without explanation',
    (s) => delete (s.items as Record<string, unknown>[])[0]!.explanation,
    /explanation/,
  ],
  ['words', 'maxWords 6', (s) => (s.maxWords = 6), /maxWords/],
  ['open', 'maxLength 5', (s) => (s.maxLength = 5), /maxLength/],
  ['rank', 'one item', (s) => (s.items = [{ id: 'a', label: 'A' }]), /items/],
  [
    'rank',
    'duplicate items',
    (s) =>
      (s.items = [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'B' },
      ]),
    /duplicate id "a"/,
  ],
  ['slider', 'min above max', (s) => ((s.min = 5), (s.max = 5)), /max must be greater than min/],
  ['slider', 'no labels', (s) => delete s.minLabel, /minLabel/],
  ['slider', 'zero step', (s) => (s.step = 0), /step/],
  ['worksheet', 'no fields', (s) => (s.fields = []), /fields/],
  [
    'worksheet',
    'duplicate fields',
    (s) =>
      (s.fields = [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'B' },
      ]),
    /duplicate id "a"/,
  ],
  [
    'worksheet',
    'too many lines',
    (s) => ((s.fields as Record<string, unknown>[])[0]!.lines = 13),
    /lines/,
  ],
];

describe('template schema: invalid', () => {
  it.each(invalidSteps)('%s: %s', (kind, _name, mutate, expected) => {
    const step = stepOfKind(kind);
    mutate(step);
    const found = issues(withStep(step));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(expected);
  });

  it('rejects an unknown step kind', () => {
    expect(
      issues(withStep({ id: 'x', kind: 'poll', title: 'X', minutes: 1 })).length,
    ).toBeGreaterThan(0);
  });

  it('rejects duplicate step ids', () => {
    const info = stepOfKind('info');
    expect(issues({ ...fixtureInput, steps: [info, info] }).join('\n')).toMatch(
      /duplicate step id "welcome"/,
    );
  });

  it.each([
    ['no steps', { steps: [] }, /steps/],
    ['bad language', { language: 'English' }, /language/],
    ['empty title', { title: ' ' }, /title/],
    ['no agreement', { agreement: '' }, /agreement/],
    ['negative minutes', { minutes: -5 }, /minutes/],
  ])('template: %s', (_name, patch, expected) => {
    expect(issues({ ...fixtureInput, ...patch }).join('\n')).toMatch(expected);
  });
});
