import { describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../shared/session/answer-schema.js';
import { reduceSession } from '../../shared/session/reduce-session.js';
import { answerAction, openOn } from './shared-fixture.js';

const valid: [string, Answer][] = [
  ['lean', { kind: 'scale', values: { g1: 5, g2: 1, s1: 3 } }],
  ['lean', { kind: 'scale', values: { g1: 2 } }],
  ['quiz', { kind: 'choice', optionIds: ['b'] }],
  ['traits', { kind: 'sort', placements: { t1: 'co', t2: 'inter' } }],
  ['traits', { kind: 'sort', placements: { t1: 'inter' } }],
  ['cloud', { kind: 'words', words: ['care', 'trust', 'time'] }],
  ['story', { kind: 'open', text: 'I said no to overtime.', share: false }],
  ['values', { kind: 'rank', order: ['care', 'trust', 'space'] }],
  ['energy', { kind: 'slider', value: 0 }],
  ['energy', { kind: 'slider', value: 10 }],
  ['plan', { kind: 'worksheet', fields: { boundary: 'No calls after 9', support: '' } }],
  ['plan', { kind: 'worksheet', fields: {} }],
  ...['lean', 'quiz', 'traits', 'cloud', 'story', 'values', 'energy', 'plan'].map(
    (id): [string, Answer] => [id, { kind: 'pass' }],
  ),
];

const invalid: [string, string, Answer][] = [
  ['scale: no ratings', 'lean', { kind: 'scale', values: {} }],
  ['scale: unknown statement', 'lean', { kind: 'scale', values: { zz: 3 } }],
  ['choice: unknown option', 'quiz', { kind: 'choice', optionIds: ['z'] }],
  ['choice: two on single choice', 'quiz', { kind: 'choice', optionIds: ['a', 'b'] }],
  ['choice: duplicate option', 'quiz', { kind: 'choice', optionIds: ['a', 'a'] }],
  ['sort: nothing placed', 'traits', { kind: 'sort', placements: {} }],
  ['sort: unknown item', 'traits', { kind: 'sort', placements: { tx: 'co' } }],
  ['sort: unknown category', 'traits', { kind: 'sort', placements: { t1: 'zz' } }],
  ['words: too many', 'cloud', { kind: 'words', words: ['a', 'b', 'c', 'd'] }],
  ['open: too long', 'story', { kind: 'open', text: 'x'.repeat(201), share: false }],
  ['rank: missing item', 'values', { kind: 'rank', order: ['care', 'trust'] }],
  ['rank: repeated item', 'values', { kind: 'rank', order: ['care', 'care', 'space'] }],
  ['rank: unknown item', 'values', { kind: 'rank', order: ['care', 'trust', 'money'] }],
  ['slider: below range', 'energy', { kind: 'slider', value: -1 }],
  ['slider: above range', 'energy', { kind: 'slider', value: 11 }],
  ['slider: off step', 'energy', { kind: 'slider', value: 2.5 }],
  ['worksheet: unknown field', 'plan', { kind: 'worksheet', fields: { diary: 'x' } }],
  ['wrong kind', 'energy', { kind: 'words', words: ['x'] }],
];

describe('answers of every kind', () => {
  it.each(valid)('%s accepts %j', (stepId, answer) => {
    expect(answerSchema.safeParse(answer).success).toBe(true);
    const result = reduceSession(openOn(stepId, ['p1']), answerAction('p1', stepId, answer));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.state.participants.p1?.answers[stepId]?.answer).toEqual(answer);
  });

  it.each(invalid)('%s is refused with INVALID_ANSWER', (_name, stepId, answer) => {
    const result = reduceSession(openOn(stepId, ['p1']), answerAction('p1', stepId, answer));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_ANSWER');
    expect(result.error.message).toMatch(/^This answer can't be saved: .+\.$/);
  });

  it('the answer schema rejects malformed shapes', () => {
    const bad: unknown[] = [
      {},
      { kind: 'nope' },
      { kind: 'scale', values: { g1: 6 } },
      { kind: 'scale', values: { g1: 2.5 } },
      { kind: 'choice', optionIds: [] },
      { kind: 'words', words: [] },
      { kind: 'words', words: ['   '] },
      { kind: 'words', words: ['x'.repeat(33)] },
      { kind: 'open', text: '', share: false },
      { kind: 'open', text: 'hi' },
      { kind: 'rank', order: ['a'] },
      { kind: 'slider', value: Number.NaN },
      { kind: 'slider', value: '3' },
      { kind: 'worksheet', fields: { a: 'x'.repeat(1001) } },
    ];
    for (const value of bad)
      expect(answerSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
  });
});
