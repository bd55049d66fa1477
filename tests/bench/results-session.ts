/** A finished session with many participants who answered every exercise, for the results PDF. */
import type { Answer } from '../../shared/session/answer-schema.js';
import type { AnswerRecord, SessionState } from '../../shared/session/session-types.js';
import { isExercise, type ExerciseStep } from '../../shared/template/step-schema.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { benchSessionSettings } from './console-driver.js';
import { benchTemplate } from './bench-template.js';

/** mulberry32: a tiny seeded generator so every run renders the same report. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['kind', 'clear', 'calm', 'honest', 'firm', 'safe', 'warm', 'respect', 'time', 'no'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function answerFor(step: ExerciseStep, random: () => number, n: number): Answer {
  if (random() < 0.05) return { kind: 'pass' };
  switch (step.kind) {
    case 'scale':
      return {
        kind: 'scale',
        values: Object.fromEntries(
          step.themes.flatMap((t) => t.statements.map((s) => [s.id, 1 + Math.floor(random() * 5)])),
        ),
      };
    case 'choice': {
      const ids = step.options.map((o) => o.id);
      if (!step.multiple) return { kind: 'choice', optionIds: [pick(random, ids)] };
      const chosen = ids.filter(() => random() < 0.5);
      return { kind: 'choice', optionIds: chosen.length > 0 ? chosen : [pick(random, ids)] };
    }
    case 'sort':
      return {
        kind: 'sort',
        placements: Object.fromEntries(
          step.items.map((i) => [i.id, pick(random, step.categories).id]),
        ),
      };
    case 'words':
      return { kind: 'words', words: [pick(random, words), pick(random, words)] };
    case 'open':
      return {
        kind: 'open',
        text: `Asking early, before I am worn out, helps me (${n}).`,
        share: random() < 0.3,
      };
    case 'rank':
      return {
        kind: 'rank',
        order: step.items.map((i) => i.id).sort(() => random() - 0.5),
      };
    case 'slider':
      return { kind: 'slider', value: step.min + Math.floor(random() * (step.max - step.min + 1)) };
    case 'worksheet':
      return {
        kind: 'worksheet',
        fields: Object.fromEntries(step.fields.map((f) => [f.id, 'My plan.'])),
      };
  }
}

export function buildResultsSession(participantCount: number): SessionState {
  const template = templateSchema.parse(benchTemplate);
  const exercises = template.steps.filter(isExercise);
  const random = seeded(7);
  const participants: SessionState['participants'] = {};
  const moderation: SessionState['moderation'] = {};
  for (let p = 0; p < participantCount; p++) {
    const id = `p-${p.toString(36).padStart(6, '0')}`;
    const answers: Record<string, AnswerRecord> = {};
    exercises.forEach((step, s) => {
      const answer = answerFor(step, random, p);
      const ref = `r-${p}-${s}`;
      answers[step.id] = { answer, ref };
      if (answer.kind === 'open' && answer.share && random() < 0.2) {
        (moderation[step.id] ??= {})[ref] = 'approved';
      }
    });
    participants[id] = { id, removed: false, answers };
  }
  const createdAt = Date.UTC(2026, 10, 21, 18, 0);
  return {
    id: 'bench-session',
    roomCode: 'BENCH2',
    template,
    settings: benchSessionSettings,
    status: 'ended',
    locked: false,
    currentStep: template.steps.length - 1,
    phases: Object.fromEntries(exercises.map((s) => [s.id, 'revealed'])),
    participants,
    moderation,
    hiddenWords: {},
    pauseRequests: [],
    createdAt,
    endedAt: createdAt + 90 * 60_000,
  };
}
