import { describe, expect, it } from 'vitest';
import { aggregateStep, type AggregateOptions } from '../../shared/aggregate/aggregate-step.js';
import { normaliseWord } from '../../shared/aggregate/normalise-word.js';
import { seededShuffle } from '../../shared/aggregate/seeded-shuffle.js';
import { isFilteredWord } from '../../shared/aggregate/word-filter.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import {
  answerAction,
  apply,
  exerciseStep,
  newSession,
  openOn,
  revealWith,
} from './shared-fixture.js';

const live: AggregateOptions = { purpose: 'live', k: 0 };
const room: AggregateOptions = { purpose: 'room', k: 3 };

function aggregateOf(stepId: string, answers: Record<string, Answer>, options = live) {
  return aggregateStep(exerciseStep(stepId), revealWith(stepId, answers), options);
}

describe('aggregateStep per kind', () => {
  it('choice: counts per option, correct key, passes not counted', () => {
    expect(
      aggregateOf('quiz', {
        p1: { kind: 'choice', optionIds: ['b'] },
        p2: { kind: 'choice', optionIds: ['b'] },
        p3: { kind: 'choice', optionIds: ['a'] },
        p4: { kind: 'pass' },
      }),
    ).toEqual({
      kind: 'choice',
      respondents: 3,
      counts: [
        { key: 'a', count: 1 },
        { key: 'b', count: 2 },
        { key: 'c', count: 0 },
      ],
      correct: ['b'],
    });
  });

  it('scale: distribution and mean per statement and per theme', () => {
    const aggregate = aggregateOf('lean', {
      p1: { kind: 'scale', values: { g1: 5, g2: 4, s1: 1 } },
      p2: { kind: 'scale', values: { g1: 3, s1: 2 } },
      p3: { kind: 'pass' },
    });
    expect(aggregate).toEqual({
      kind: 'scale',
      respondents: 2,
      themes: [
        {
          themeId: 'giving',
          distribution: [0, 0, 1, 1, 1],
          mean: 4,
          statements: [
            { statementId: 'g1', distribution: [0, 0, 1, 0, 1], mean: 4 },
            { statementId: 'g2', distribution: [0, 0, 0, 1, 0], mean: 4 },
          ],
        },
        {
          themeId: 'self',
          distribution: [1, 1, 0, 0, 0],
          mean: 1.5,
          statements: [{ statementId: 's1', distribution: [1, 1, 0, 0, 0], mean: 1.5 }],
        },
      ],
    });
  });

  it('sort: placement counts and accuracy per item', () => {
    const aggregate = aggregateOf('traits', {
      p1: { kind: 'sort', placements: { t1: 'co', t2: 'inter' } },
      p2: { kind: 'sort', placements: { t1: 'inter', t2: 'inter' } },
      p3: { kind: 'sort', placements: { t1: 'co' } },
    });
    expect(aggregate).toEqual({
      kind: 'sort',
      respondents: 3,
      items: [
        {
          itemId: 't1',
          correctShare: 0.6667,
          placed: 3,
          counts: [
            { key: 'co', count: 2 },
            { key: 'inter', count: 1 },
          ],
        },
        {
          itemId: 't2',
          correctShare: 1,
          placed: 2,
          counts: [
            { key: 'co', count: 0 },
            { key: 'inter', count: 2 },
          ],
        },
      ],
    });
  });

  it('rank: average position, most important first', () => {
    expect(
      aggregateOf('values', {
        p1: { kind: 'rank', order: ['care', 'trust', 'space'] },
        p2: { kind: 'rank', order: ['trust', 'care', 'space'] },
        p3: { kind: 'rank', order: ['care', 'space', 'trust'] },
      }),
    ).toEqual({
      kind: 'rank',
      respondents: 3,
      items: [
        { itemId: 'care', averagePosition: 1.33 },
        { itemId: 'trust', averagePosition: 2 },
        { itemId: 'space', averagePosition: 2.67 },
      ],
    });
  });

  it('slider: a cell for every value, mean and median', () => {
    const aggregate = aggregateOf('energy', {
      p1: { kind: 'slider', value: 2 },
      p2: { kind: 'slider', value: 3 },
      p3: { kind: 'slider', value: 10 },
      p4: { kind: 'slider', value: 3 },
    });
    expect(aggregate.kind).toBe('slider');
    if (aggregate.kind !== 'slider') return;
    expect(aggregate.distribution).toHaveLength(11);
    expect(aggregate.distribution.find((c) => c.key === '3')).toEqual({ key: '3', count: 2 });
    expect(aggregate.mean).toBe(4.5);
    expect(aggregate.median).toBe(3);
    expect(aggregate.respondents).toBe(4);
  });

  it('words: normalised, one count per person per word, hidden and filtered words removed', () => {
    let state = revealWith('cloud', {
      p1: { kind: 'words', words: ['Trust!', 'trust', 'Time'] },
      p2: { kind: 'words', words: [' TRUST ', 'time.', 'shit'] },
      p3: { kind: 'words', words: ['care', 'Self-care'] },
      p4: { kind: 'pass' },
    });
    state = apply(state, { type: 'hideWord', stepId: 'cloud', word: 'Care', hidden: true });
    expect(aggregateStep(exerciseStep('cloud'), state, live)).toEqual({
      kind: 'words',
      respondents: 3,
      words: [
        { key: 'time', count: 2 },
        { key: 'trust', count: 2 },
        { key: 'self-care', count: 1 },
      ],
    });
  });

  it('words: hiding and showing a word again changes the live cloud for the same answers', () => {
    const cloud = (state: ReturnType<typeof revealWith>) =>
      aggregateStep(exerciseStep('cloud'), state, live);
    let state = revealWith('cloud', {
      p1: { kind: 'words', words: ['Care', 'trust'] },
      p2: { kind: 'words', words: ['care!'] },
    });
    expect(cloud(state)).toMatchObject({ words: [{ key: 'care', count: 2 }, { key: 'trust' }] });
    state = apply(state, { type: 'hideWord', stepId: 'cloud', word: 'care', hidden: true });
    expect(cloud(state)).toMatchObject({ words: [{ key: 'trust', count: 1 }] });
    state = apply(state, { type: 'hideWord', stepId: 'cloud', word: 'care', hidden: false });
    expect(cloud(state)).toMatchObject({ words: [{ key: 'care', count: 2 }, { key: 'trust' }] });
  });

  it('open: only opted-in and approved texts, order independent of who answered when', () => {
    const texts = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    const run = (order: number[]) => {
      const ids = order.map((i) => `p${i}`);
      let state = openOn('story', ids);
      for (const i of order) {
        state = apply(state, {
          type: 'answer',
          participantId: `p${i}`,
          stepId: 'story',
          answer: { kind: 'open', text: texts[i]!, share: i !== 4 },
          ref: `r${i}`,
        });
      }
      state = apply(state, { type: 'close' });
      for (const i of [0, 1, 2, 4]) {
        state = apply(state, {
          type: 'moderate',
          stepId: 'story',
          ref: `r${i}`,
          decision: 'approved',
        });
      }
      return aggregateStep(exerciseStep('story'), state, live);
    };
    const first = run([0, 1, 2, 3, 4]);
    const second = run([4, 3, 2, 1, 0]);
    expect(first).toEqual(second);
    expect(first.kind).toBe('open');
    if (first.kind !== 'open') return;
    expect(first.respondents).toBe(5);
    expect([...first.texts].sort()).toEqual(['Alpha', 'Bravo', 'Charlie']);
  });

  it('worksheet: never aggregated', () => {
    expect(
      aggregateOf('plan', {
        p1: { kind: 'worksheet', fields: { boundary: 'x' } },
        p2: { kind: 'worksheet', fields: { boundary: 'y' } },
        p3: { kind: 'worksheet', fields: { boundary: 'z' } },
      }),
    ).toEqual({ kind: 'private' });
  });
});

describe('suppression and exclusions', () => {
  it('fewer respondents than k gives Suppressed; passes do not count toward k', () => {
    const answers: Record<string, Answer> = {
      p1: { kind: 'slider', value: 1 },
      p2: { kind: 'slider', value: 2 },
      p3: { kind: 'pass' },
      p4: { kind: 'pass' },
    };
    expect(aggregateOf('energy', answers, room)).toEqual({
      kind: 'suppressed',
      respondents: 2,
      k: 3,
    });
    answers.p3 = { kind: 'slider', value: 3 };
    expect(aggregateOf('energy', answers, room)).toMatchObject({ kind: 'slider', respondents: 3 });
  });

  it("removed participants' answers are excluded", () => {
    let state = openOn('quiz', ['p1', 'p2', 'p3']);
    state = apply(
      state,
      answerAction('p1', 'quiz', { kind: 'choice', optionIds: ['a'] }),
      answerAction('p2', 'quiz', { kind: 'choice', optionIds: ['a'] }),
      answerAction('p3', 'quiz', { kind: 'choice', optionIds: ['c'] }),
      { type: 'remove', participantId: 'p3' },
    );
    const aggregate = aggregateStep(exerciseStep('quiz'), state, live);
    expect(aggregate).toMatchObject({ respondents: 2 });
    if (aggregate.kind === 'choice') expect(aggregate.counts[2]).toEqual({ key: 'c', count: 0 });
  });

  it('an empty step aggregates to zero respondents', () => {
    expect(aggregateStep(exerciseStep('quiz'), newSession(), live)).toMatchObject({
      kind: 'choice',
      respondents: 0,
    });
  });
});

describe('word helpers', () => {
  it.each([
    ['  Trust ', 'trust'],
    ['TRUST!!!', 'trust'],
    ['self-care', 'self-care'],
    ['Don’t  give   up', "don't give up"],
    ['"quoted"', 'quoted'],
    ['Ｆｕｌｌwidth', 'fullwidth'],
    ['Éclair', 'éclair'],
    ['!!!', ''],
  ])('normaliseWord(%j) = %j', (raw, expected) => {
    expect(normaliseWord(raw)).toBe(expected);
  });

  it('the built-in filter catches listed words, plurals and phrases, not ordinary words', () => {
    expect(isFilteredWord('shit')).toBe(true);
    expect(isFilteredWord('bitches')).toBe(true);
    expect(isFilteredWord('total bullshit')).toBe(true);
    for (const fine of ['trust', 'shitake', 'class', 'scunthorpe', 'assess', 'care']) {
      expect(isFilteredWord(fine), fine).toBe(false);
    }
  });

  it('seededShuffle is deterministic, input-order independent and seed dependent', () => {
    const items = Array.from({ length: 12 }, (_, i) => `text ${i}`);
    const a = seededShuffle(items, 's1/story');
    expect(seededShuffle([...items].reverse(), 's1/story')).toEqual(a);
    expect([...a].sort()).toEqual([...items].sort());
    expect(seededShuffle(items, 's2/story')).not.toEqual(a);
  });
});
