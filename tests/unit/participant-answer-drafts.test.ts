import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerProblem, answerSchema } from '../../shared/session/answer-schema.js';
import { isExercise, type ExerciseStep } from '../../shared/template/step-schema.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { sameAnswer } from '../../renderer/participant/answers.js';
import {
  draftToAnswer,
  initialDraft,
  type Draft,
} from '../../renderer/participant/exercises/drafts.js';
import { ALL_KINDS_TEMPLATE_YAML } from '../e2e/participant-fixture-template.js';

const template = templateSchema.parse(parse(ALL_KINDS_TEMPLATE_YAML));
const exercises = template.steps.filter(isExercise);

/** What a person might have filled in on the phone for each kind. */
function filled(step: ExerciseStep): Draft {
  switch (step.kind) {
    case 'scale':
      return { kind: 'scale', values: { [step.themes[0]!.statements[0]!.id]: 4 } };
    case 'choice':
      return { kind: 'choice', optionIds: [step.options[1]!.id] };
    case 'sort':
      return { kind: 'sort', placements: { [step.items[0]!.id]: step.categories[0]!.id } };
    case 'words':
      return { kind: 'words', words: ['  calm ', '', 'trust'] };
    case 'open':
      return { kind: 'open', text: '  a walk  ', share: false };
    case 'rank':
      return { kind: 'rank', order: step.items.map((i) => i.id).reverse() };
    case 'slider':
      return { kind: 'slider', value: step.max };
    case 'worksheet':
      return { kind: 'worksheet', fields: { [step.fields[0]!.id]: 'a plan' } };
  }
}

describe('phone drafts become answers the host accepts', () => {
  it.each(exercises.map((s) => [s.kind, s] as const))('%s: a filled form', (_kind, step) => {
    const answer = draftToAnswer(filled(step));
    expect(answer).not.toBeNull();
    expect(answerSchema.safeParse(answer).success).toBe(true);
    expect(answerProblem(step, answer!)).toBeNull();
  });

  it.each(exercises.filter((s) => s.kind !== 'rank').map((s) => [s.kind, s] as const))(
    '%s: an empty form is not an answer yet (Send stays off)',
    (_kind, step) => {
      expect(draftToAnswer(initialDraft(step, undefined))).toBeNull();
    },
  );

  it('rank: the starting order is already a complete answer', () => {
    const step = exercises.find((s) => s.kind === 'rank')!;
    const answer = draftToAnswer(initialDraft(step, undefined));
    expect(answer && answerProblem(step, answer)).toBeNull();
  });

  it('words and open text are trimmed and empty entries dropped', () => {
    expect(draftToAnswer({ kind: 'words', words: [' a ', '', ' b'] })).toEqual({
      kind: 'words',
      words: ['a', 'b'],
    });
    expect(draftToAnswer({ kind: 'open', text: ' hi ', share: true })).toEqual({
      kind: 'open',
      text: 'hi',
      share: true,
    });
  });

  it('a sent answer fills the form again after a reload', () => {
    for (const step of exercises) {
      const sent = draftToAnswer(filled(step))!;
      expect(sameAnswer(draftToAnswer(initialDraft(step, sent)), sent)).toBe(true);
    }
  });

  it('a pass leaves the form empty', () => {
    const step = exercises.find((s) => s.kind === 'choice')!;
    expect(initialDraft(step, { kind: 'pass' })).toEqual({ kind: 'choice', optionIds: [] });
  });

  it('compares answers regardless of key order', () => {
    expect(
      sameAnswer(
        { kind: 'scale', values: { a: 1, b: 2 } },
        { kind: 'scale', values: { b: 2, a: 1 } },
      ),
    ).toBe(true);
    expect(sameAnswer({ kind: 'slider', value: 1 }, { kind: 'slider', value: 2 })).toBe(false);
    expect(sameAnswer(undefined, { kind: 'pass' })).toBe(false);
  });
});
