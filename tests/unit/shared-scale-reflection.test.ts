import { describe, expect, it } from 'vitest';
import { scaleReflection } from '../../shared/session/scale-reflection.js';
import { scoreChoice, scoreSort } from '../../shared/session/scoring.js';
import type { StepOf } from '../../shared/template/step-schema.js';
import { exerciseStep } from './shared-fixture.js';

const lean = exerciseStep('lean') as StepOf<'scale'>;
const quiz = exerciseStep('quiz') as StepOf<'choice'>;
const traits = exerciseStep('traits') as StepOf<'sort'>;

describe('scaleReflection', () => {
  it('per theme: rated count, own mean, lean in the step’s own words, reflection prompt', () => {
    const result = scaleReflection(lean, { kind: 'scale', values: { g1: 5, g2: 4, s1: 2 } });
    expect(result).toEqual([
      {
        themeId: 'giving',
        title: 'Giving',
        rated: 2,
        statements: 2,
        mean: 4.5,
        lean: 'high',
        leanText: 'Most of your answers here lean toward “Mostly” and “Very much”.',
        reflection: 'Notice when giving feels free and when it feels owed.',
      },
      {
        themeId: 'self',
        title: 'Self',
        rated: 1,
        statements: 1,
        mean: 2,
        lean: 'low',
        leanText: 'Most of your answers here lean toward “Not at all” and “A little”.',
        reflection: 'What do you need this week?',
      },
    ]);
  });

  it('mixed and unrated themes', () => {
    const [giving, self] = scaleReflection(lean, { kind: 'scale', values: { g1: 5, g2: 1 } });
    expect(giving).toMatchObject({ lean: 'mixed', mean: 3, rated: 2 });
    expect(self).toMatchObject({ lean: 'unrated', mean: null, rated: 0 });
  });

  it('carries no total score, cut-off or label', () => {
    const json = JSON.stringify(
      scaleReflection(lean, { kind: 'scale', values: { g1: 5, g2: 5, s1: 5 } }),
    );
    expect(json).not.toMatch(/total|score|codependen|level|diagnos/i);
  });
});

describe('scoring', () => {
  it('choice: correct, wrong, and no key for an opinion question', () => {
    expect(scoreChoice(quiz, { kind: 'choice', optionIds: ['b'] })).toEqual({
      correct: true,
      correctOptionIds: ['b'],
      explanation: 'Interdependence is mutual.',
    });
    expect(scoreChoice(quiz, { kind: 'choice', optionIds: ['a'] })?.correct).toBe(false);
    const { correct: _c, ...opinion } = quiz;
    expect(scoreChoice(opinion, { kind: 'choice', optionIds: ['a'] })).toBeNull();
  });

  it('choice with several correct options needs exactly that set', () => {
    const multi = { ...quiz, multiple: true, correct: ['a', 'b'] };
    expect(scoreChoice(multi, { kind: 'choice', optionIds: ['b', 'a'] })?.correct).toBe(true);
    expect(scoreChoice(multi, { kind: 'choice', optionIds: ['a'] })?.correct).toBe(false);
    expect(scoreChoice(multi, { kind: 'choice', optionIds: ['a', 'b', 'c'] })?.correct).toBe(false);
  });

  it('sort: each item against the key, unplaced items not counted as placed', () => {
    const feedback = scoreSort(traits, { kind: 'sort', placements: { t1: 'inter' } });
    expect(feedback).toEqual({
      matched: 0,
      placed: 1,
      items: [
        {
          itemId: 't1',
          placedIn: 'inter',
          keyCategory: 'co',
          correct: false,
          explanation: 'Worth tied to being needed.',
        },
        { itemId: 't2', keyCategory: 'inter', correct: false, explanation: 'Mutual openness.' },
      ],
    });
    expect(
      scoreSort(traits, { kind: 'sort', placements: { t1: 'co', t2: 'inter' } }),
    ).toMatchObject({ matched: 2, placed: 2 });
  });
});
