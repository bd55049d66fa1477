import { describe, expect, it } from 'vitest';
import type { StepOf } from '../../shared/template/step-schema.js';
import {
  leanPercent,
  scaleReflection,
} from '../../renderer/participant/results/scale-reflection.js';

const step: StepOf<'scale'> = {
  id: 'lean',
  kind: 'scale',
  title: 'A look',
  minutes: 5,
  optional: false,
  prompt: 'How much is this like you?',
  labels: ['Not like me', 'A little', 'Somewhat', 'Mostly', 'Very like me'],
  themes: [
    {
      id: 'compass',
      title: 'My own compass',
      reflection: 'What helps you hear your own wishes?',
      statements: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    },
    {
      id: 'give',
      title: 'Give and take',
      reflection: 'Where could you receive more?',
      statements: [{ id: 'c', text: 'C' }],
    },
  ],
};

describe('the private per-theme reflection on a scale', () => {
  it('averages only the statements this person rated, per theme', () => {
    const leans = scaleReflection(step, { kind: 'scale', values: { a: 4, b: 2 } });
    expect(leans).toEqual([
      {
        themeId: 'compass',
        title: 'My own compass',
        reflection: 'What helps you hear your own wishes?',
        rated: 2,
        mean: 3,
        nearestLabel: 'Somewhat',
      },
      {
        themeId: 'give',
        title: 'Give and take',
        reflection: 'Where could you receive more?',
        rated: 0,
        mean: null,
        nearestLabel: null,
      },
    ]);
  });

  it('never adds up a total across themes', () => {
    const leans = scaleReflection(step, { kind: 'scale', values: { a: 5, b: 5, c: 1 } });
    expect(leans.map((l) => l.mean)).toEqual([5, 1]);
    expect(Object.keys(leans[0]!)).not.toContain('total');
  });

  it('never compares the person with the group (issue 21)', () => {
    const leans = scaleReflection(step, { kind: 'scale', values: { c: 5 } });
    for (const lean of leans) {
      expect(Object.keys(lean).some((k) => /group|room|average/i.test(k))).toBe(false);
    }
  });

  it('maps 1..5 onto a 0..100 % line', () => {
    expect([1, 3, 5, 4.5].map(leanPercent)).toEqual([0, 50, 100, 87.5]);
  });
});
