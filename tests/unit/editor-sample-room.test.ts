/**
 * The editor preview's sample room (renderer/console/editor-sample-room.ts): made-up answers that
 * the session would accept, every exercise taken to each phase by the session's own transitions,
 * and sample results that the privacy gate shapes as it would a real room's (nothing before the
 * reveal, "too few" below k_live, small counts combined, only approved shared texts).
 */
import { describe, expect, it } from 'vitest';
import { gateAggregate } from '../../shared/privacy/privacy-gate.js';
import type { StepPhase } from '../../shared/session/session-types.js';
import { answerProblem } from '../../shared/session/answer-schema.js';
import {
  isExercise,
  stepSchema,
  type ExerciseStep,
  type Step,
} from '../../shared/template/step-schema.js';
import {
  groupCounts,
  leaningPick,
  sampleAnswer,
  type SampleTexts,
} from '../../renderer/console/editor-sample-answers.js';
import {
  SAMPLE_GROUP,
  samplePhoneView,
  sampleProjectorView,
  sampleRoom,
  tooFewToShow,
} from '../../renderer/console/editor-sample-room.js';
import { fixtureTemplate } from './shared-fixture.js';

const TEXTS: SampleTexts = {
  words: ['calm', 'hopeful', 'tired', 'curious', 'relieved', 'heard'],
  sentences: ['First sample.', 'Second sample.', 'Third sample.'],
  worksheet: 'Made up.',
};
const SETTINGS = { kLive: 3, support: 'Talk to the counselor.', agreement: 'Be kind.' };
const PHASES: StepPhase[] = ['pending', 'open', 'closed', 'revealed'];

const exercises = fixtureTemplate.steps.filter(isExercise);
/** Shapes the fixture does not have: several picks, a slider in odd steps, one word, two items. */
const variants: ExerciseStep[] = [
  { ...fixtureTemplate.steps.find((s) => s.id === 'quiz')!, multiple: true, correct: ['a', 'b'] },
  {
    ...fixtureTemplate.steps.find((s) => s.id === 'energy')!,
    min: -7,
    max: 8,
    step: 3,
  },
  { ...fixtureTemplate.steps.find((s) => s.id === 'cloud')!, maxWords: 1 },
  {
    ...fixtureTemplate.steps.find((s) => s.id === 'values')!,
    items: [
      { id: 'one', label: 'One' },
      { id: 'two', label: 'Two' },
    ],
  },
].map((step) => stepSchema.parse(step) as ExerciseStep);

const room = (step: Step, phase: StepPhase, answered = SAMPLE_GROUP) =>
  sampleRoom(step, { title: 'Sample', phase, answered, settings: SETTINGS, texts: TEXTS });
const phone = (step: Step, phase: StepPhase, answered = SAMPLE_GROUP) =>
  samplePhoneView(room(step, phase, answered), { index: 4, count: 9 });

describe('made-up answers', () => {
  it.each([...exercises, ...variants].map((s) => [`${s.kind} ${s.id}`, s] as const))(
    '%s: every person’s answer is one the session accepts',
    (_name, step) => {
      for (let person = 0; person < SAMPLE_GROUP; person++) {
        const answer = sampleAnswer(step, person, SAMPLE_GROUP, TEXTS);
        expect(answer.kind).toBe(step.kind);
        expect(answerProblem(step, answer)).toBeNull();
      }
    },
  );

  it('lean: the first choice is the most popular, each next one less, and all are counted', () => {
    const counts = [0, 0, 0];
    for (let p = 0; p < SAMPLE_GROUP; p++) counts[leaningPick(p, SAMPLE_GROUP, 3)]!++;
    expect(counts).toEqual([6, 4, 2]);
    expect(leaningPick(0, 1, 4)).toBe(0);
  });

  it('a group’s picks: everyone counted, each choice by nobody or by three or more', () => {
    expect(groupCounts(12, 3)).toEqual([5, 4, 3]);
    expect(groupCounts(12, 4)).toEqual([5, 4, 3, 0]);
    expect(groupCounts(12, 2)).toEqual([7, 5]);
    expect(groupCounts(2, 3)).toEqual([2, 0, 0]);
    for (let people = 6; people <= 40; people++) {
      for (let choices = 1; choices <= 12; choices++) {
        const counts = groupCounts(people, choices);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(people);
        expect(counts.every((n) => n === 0 || n >= 3)).toBe(true);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
    }
  });

  it('a quiz’s correct option is the group’s most frequent pick', () => {
    const quiz = exercises.find((s) => s.kind === 'choice')!;
    const picks = Array.from({ length: SAMPLE_GROUP }, (_, p) =>
      sampleAnswer(quiz, p, SAMPLE_GROUP, TEXTS),
    ).flatMap((a) => (a.kind === 'choice' ? a.optionIds : []));
    const count = (id: string) => picks.filter((pick) => pick === id).length;
    expect(count('b')).toBeGreaterThan(Math.max(count('a'), count('c')));
  });
});

describe('the sample room in each phase', () => {
  it.each(exercises.map((s) => [`${s.kind} ${s.id}`, s] as const))(
    '%s: reaches every phase; the room sees results only once revealed',
    (_name, step) => {
      for (const phase of PHASES) {
        const state = room(step, phase);
        expect(state.phases[step.id]).toBe(phase);
        const view = samplePhoneView(state, { index: 4, count: 9 });
        expect(view.phase).toBe(phase);
        expect(view.step?.id).toBe(step.id);
        expect([view.stepIndex, view.stepCount]).toEqual([4, 9]);
        // The preview's own person has answered once responses have closed, not before.
        expect(view.myAnswer?.kind).toBe(
          phase === 'closed' || phase === 'revealed' ? step.kind : undefined,
        );
        const projector = sampleProjectorView(state, { index: 4, count: 9 });
        expect(projector.phase).toBe(phase);
        if (phase !== 'revealed' || step.kind === 'worksheet') {
          expect(view.aggregate).toBeUndefined();
          expect(projector.aggregate).toBeUndefined();
        }
      }
    },
  );

  it.each(exercises.filter((s) => s.kind !== 'worksheet').map((s) => [s.kind, s] as const))(
    '%s: revealed, the phones get what the privacy gate gives them, from every sample answer',
    (_kind, step) => {
      const state = room(step, 'revealed');
      const view = samplePhoneView(state, { index: 0, count: 1 });
      expect(view.aggregate).toEqual(gateAggregate(step, state, 'phone')?.aggregate);
      expect(view.aggregate?.kind).toBe(step.kind);
      expect(view.aggregate && 'respondents' in view.aggregate && view.aggregate.respondents).toBe(
        SAMPLE_GROUP,
      );
      expect(sampleProjectorView(state, { index: 0, count: 1 }).aggregate).toEqual(view.aggregate);
    },
  );

  it.each(exercises.filter((s) => s.kind !== 'worksheet').map((s) => [s.kind, s] as const))(
    '%s: with fewer answers than k_live, the phones are told there are too few to show',
    (_kind, step) => {
      const few = tooFewToShow(SETTINGS.kLive);
      expect(few).toBe(2);
      expect(phone(step, 'revealed', few).aggregate).toEqual({
        kind: 'suppressed',
        respondents: few,
        k: SETTINGS.kLive,
      });
    },
  );

  it('no count of 1 or 2 reaches the phones: small options are combined, as in a real room', () => {
    const quiz = exercises.find((s) => s.kind === 'choice')!;
    const aggregate = phone(quiz, 'revealed').aggregate;
    expect(aggregate?.kind).toBe('choice');
    if (aggregate?.kind !== 'choice') return;
    const counts = aggregate.counts.map((c) => c.count).filter((n) => n > 0);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n >= 3)).toBe(true);
    // Below that, the same gate combines: two people picking one option are not shown apart.
    const tiny = phone(quiz, 'revealed', 5).aggregate;
    expect(tiny?.kind === 'choice' && tiny.counts.every((c) => c.count === 0 || c.count >= 3)).toBe(
      true,
    );
  });

  it('free text: only the texts their authors offered and the counselor approved are shown', () => {
    const open = exercises.find((s) => s.kind === 'open')!;
    const aggregate = phone(open, 'revealed').aggregate;
    expect(aggregate?.kind).toBe('open');
    if (aggregate?.kind !== 'open') return;
    expect([...aggregate.texts].sort()).toEqual([...TEXTS.sentences].sort());
  });

  it('the phones get the counselor’s own support words and k_live', () => {
    const scale = exercises.find((s) => s.kind === 'scale')!;
    expect(phone(scale, 'open').support).toBe(SETTINGS.support);
    const strict = sampleRoom(scale, {
      title: 'Sample',
      phase: 'revealed',
      answered: SAMPLE_GROUP,
      settings: { ...SETTINGS, kLive: SAMPLE_GROUP + 1 },
      texts: TEXTS,
    });
    expect(samplePhoneView(strict, { index: 0, count: 1 }).aggregate?.kind).toBe('suppressed');
  });

  it('an info step is simply shown, as the phones show it between exercises', () => {
    const info = fixtureTemplate.steps.find((s) => s.kind === 'info')!;
    const view = phone(info, 'revealed');
    expect(view.step?.id).toBe(info.id);
    expect(view.phase).toBe('pending');
    expect(view.aggregate).toBeUndefined();
  });
});
