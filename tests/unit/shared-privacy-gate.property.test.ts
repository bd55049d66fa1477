import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Count, StepAggregate } from '../../shared/aggregate/aggregate-types.js';
import { AUDIENCES, AUDIENCE_RULE } from '../../shared/privacy/audience.js';
import { answeredCount } from '../../shared/privacy/answered-count.js';
import { gateAggregate } from '../../shared/privacy/privacy-gate.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import type { SessionState } from '../../shared/session/session-types.js';
import { isExercise, type ExerciseStep } from '../../shared/template/step-schema.js';
import { sampleAnswer, seededRandom } from './exports-fixture-answers.js';
import { runScriptedSession, type ScriptedParticipant } from './exports-fixture-session.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';

const template = exportsFixtureTemplate();
const exercises = template.steps.filter(isExercise);

interface Shape {
  size: number;
  seed: number;
  passRate: number;
  silentRate: number;
  emptySteps: string[];
  kLive: number;
  kExport: number;
}

const shapes = fc.record({
  size: fc.integer({ min: 1, max: 40 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  passRate: fc.double({ min: 0, max: 0.6, noNaN: true }),
  silentRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  emptySteps: fc.subarray(exercises.map((s) => s.id)),
  kLive: fc.integer({ min: 2, max: 5 }),
  kExport: fc.integer({ min: 3, max: 8 }),
});

/** A whole session through the real reducer: passes, people who stay silent, empty steps. */
function sessionOf(shape: Shape): SessionState {
  const random = seededRandom(shape.seed);
  const participants: ScriptedParticipant[] = Array.from({ length: shape.size }, (_, i) => {
    const answers: Record<string, Answer> = {};
    for (const step of exercises) {
      if (shape.emptySteps.includes(step.id)) continue;
      const roll = random();
      if (roll < shape.passRate) answers[step.id] = { kind: 'pass' };
      else if (roll < shape.passRate + shape.silentRate) continue;
      else answers[step.id] = sampleAnswer(step, random);
    }
    return { id: `p${i}`, answers };
  });
  return runScriptedSession({
    template,
    participants,
    settings: { kLive: shape.kLive, kExport: shape.kExport },
  });
}

/** Every count a surface prints, and the totals a reader can subtract them from. */
function shownCells(aggregate: StepAggregate): { cells: Count[]; partitions: Count[][] } {
  switch (aggregate.kind) {
    case 'choice':
      return { cells: aggregate.counts, partitions: [aggregate.counts] };
    case 'slider':
      return { cells: aggregate.distribution, partitions: [aggregate.distribution] };
    case 'scale': {
      const rows = aggregate.themes.flatMap((t) => [
        t.leanBands ?? [],
        ...t.statements.map((s) => s.bands ?? []),
      ]);
      const raw = aggregate.themes.flatMap((t) => [
        ...t.distribution,
        ...t.statements.flatMap((s) => s.distribution),
      ]);
      return {
        cells: [...rows.flat(), ...raw.map((count) => ({ key: 'raw', count }))],
        partitions: rows,
      };
    }
    case 'sort':
      return {
        cells: aggregate.items.flatMap((i) => i.counts),
        partitions: aggregate.items.map((i) => i.counts),
      };
    case 'words':
      return { cells: aggregate.words, partitions: [] };
    case 'open':
    case 'rank':
    case 'suppressed':
    case 'private':
      return { cells: [], partitions: [] };
  }
}

const readable = (n: number) => n >= 1 && n <= 2;

/** What an export or the room may show: from k respondents, and no count of 1 or 2 derivable. */
function checkShown(step: ExerciseStep, aggregate: StepAggregate, k: number): void {
  if (aggregate.kind === 'private') {
    expect(step.kind).toBe('worksheet');
    return;
  }
  if (aggregate.kind === 'suppressed') {
    expect(aggregate.respondents).toBeLessThan(Math.max(k, 3));
    return;
  }
  const { respondents } = aggregate;
  expect(respondents).toBeGreaterThanOrEqual(Math.max(k, 3));
  const { cells, partitions } = shownCells(aggregate);
  // No count of 1 or 2 can be read…
  expect(cells.filter((c) => readable(c.count))).toEqual([]);
  // …or worked out by subtracting a row from the respondents it is out of.
  for (const row of partitions) {
    const total = row.reduce((sum, c) => sum + c.count, 0);
    if (aggregate.kind === 'choice' && step.kind === 'choice' && step.multiple) {
      for (const cell of row)
        if (!cell.members) expect(readable(respondents - cell.count)).toBe(false);
    } else {
      expect(readable(respondents - total)).toBe(false);
    }
  }
  if (aggregate.kind === 'slider') expect([aggregate.mean, aggregate.median]).toEqual([null, null]);
  // Words: either a ranked list without counts, or counts of 3 and more only (checked above).
  if (aggregate.kind === 'words' && aggregate.topWords) expect(aggregate.words).toEqual([]);
}

describe('the privacy gate, over random sessions', () => {
  it('no surface shows a count of 1..k−1, or one derivable from two shown numbers', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const state = sessionOf(shape);
        for (const step of exercises) {
          const answered = Object.values(state.participants).filter((p) => {
            const answer = p.answers[step.id]?.answer;
            return answer && answer.kind !== 'pass';
          }).length;
          for (const audience of AUDIENCES) {
            const gated = gateAggregate(step, state, audience);
            const rule = AUDIENCE_RULE[audience];
            expect(gated).not.toBeNull();
            const aggregate = gated!.aggregate;
            // "Answered" (console, projector) counts no pass, so answered − respondents is 0.
            if (aggregate.kind !== 'private') {
              expect(aggregate.respondents).toBe(answeredCount(state, step.id));
            }
            if (aggregate.kind === 'choice' && aggregate.mostChose) {
              // "Most of the group chose …" is said only in place of a split, and is true.
              expect(aggregate.counts).toHaveLength(1);
              const raw = gateAggregate(step, state, 'console')!.aggregate;
              if (raw.kind !== 'choice') throw new Error('the console sees the raw choice');
              for (const key of aggregate.mostChose) {
                const count = raw.counts.find((c) => c.key === key)?.count ?? 0;
                expect(count * 2).toBeGreaterThan(raw.respondents);
              }
              if (step.kind === 'choice' && !step.multiple)
                expect(aggregate.mostChose).toHaveLength(1);
            }
            if (rule === 'export') {
              checkShown(step, aggregate, shape.kExport);
            } else if (rule === 'room') {
              // Phones and projector: the report's rule with the room's threshold (issue 13).
              checkShown(step, aggregate, shape.kLive);
            } else if (aggregate.kind !== 'private' && aggregate.kind !== 'suppressed') {
              // The console: a distribution only from k_live respondents.
              expect(answered).toBeGreaterThanOrEqual(shape.kLive);
            }
          }
        }
      }),
      { numRuns: 60, seed: 1313 },
    );
  });

  it('the takeaway and the report print the same room results', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const state = sessionOf(shape);
        for (const step of exercises) {
          expect(gateAggregate(step, state, 'takeaway')).toEqual(
            gateAggregate(step, state, 'report'),
          );
          expect(gateAggregate(step, state, 'csv')).toEqual(gateAggregate(step, state, 'report'));
        }
      }),
      { numRuns: 20, seed: 7 },
    );
  });

  it('with names on, the console sees no split while responses are open', () => {
    fc.assert(
      fc.property(shapes, fc.boolean(), (shape, names) => {
        const ended = sessionOf(shape);
        const state: SessionState = {
          ...ended,
          settings: { ...ended.settings, namesEnabled: names },
          phases: Object.fromEntries(Object.keys(ended.phases).map((id) => [id, 'open'])),
        };
        for (const step of exercises) {
          const live = gateAggregate(step, state, 'console')!.aggregate;
          const split = live.kind !== 'private' && live.kind !== 'suppressed';
          if (names || step.kind === 'worksheet') expect(split).toBe(false);
          else expect(split).toBe(answeredCount(state, step.id) >= shape.kLive);
        }
      }),
      { numRuns: 30, seed: 99 },
    );
  });

  it('the room sees nothing of a step before it is revealed', () => {
    const state = sessionOf({
      size: 12,
      seed: 3,
      passRate: 0,
      silentRate: 0,
      emptySteps: [],
      kLive: 3,
      kExport: 5,
    });
    const unrevealed: SessionState = {
      ...state,
      phases: Object.fromEntries(Object.keys(state.phases).map((id) => [id, 'closed'])),
    };
    for (const step of exercises) {
      expect(gateAggregate(step, unrevealed, 'phone')).toBeNull();
      expect(gateAggregate(step, unrevealed, 'projector')).toBeNull();
      expect(gateAggregate(step, unrevealed, 'takeaway')).toBeNull();
      expect(gateAggregate(step, unrevealed, 'report')).not.toBeNull();
    }
  });
});
