import type { AnswerRecord, SessionState } from '../../shared/session/session-types.js';
import { createSession } from '../../shared/session/create-session.js';
import { isExercise } from '../../shared/template/step-schema.js';
import { templateSchema, type Template } from '../../shared/template/template-schema.js';
import { MULTILINGUAL_TEXTS, sampleAnswer, seededRandom } from './exports-fixture-answers.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';
import { FIXTURE_SETTINGS } from './exports-fixture-session.js';

/** 15 exercises of every kind, with long multilingual prompts: the report's worst case. */
export function stressTemplate(): Template {
  const base = exportsFixtureTemplate();
  const exercises = base.steps.filter(isExercise);
  const steps = Array.from({ length: 15 }, (_, i) => {
    const step = exercises[i % exercises.length]!;
    return {
      ...step,
      id: `${step.id}-${i}`,
      title: `${step.title} (${['round one', 'Русский', 'Ελληνικά', 'Tiếng Việt'][i % 4]})`,
      ...('prompt' in step
        ? {
            prompt:
              i % 3 === 0
                ? `${step.prompt} Take your time: there is no right or wrong answer, and you may always pass — Не торопитесь — Μην βιάζεστε — Đừng vội.`
                : step.prompt,
          }
        : {}),
    };
  });
  return templateSchema.parse({
    ...base,
    id: 'stress',
    title: `${base.title} — stress test`,
    steps,
  });
}

/** Long texts, some of them very long, in several scripts and with emoji. */
const LONG_TEXTS = [
  ...MULTILINGUAL_TEXTS,
  `${MULTILINGUAL_TEXTS[5]} ${MULTILINGUAL_TEXTS[1]} ${MULTILINGUAL_TEXTS[2]} ${MULTILINGUAL_TEXTS[3]}`,
];

/**
 * A finished session with `count` participants answering every exercise, built directly
 * (the reducer copies state per answer, which would dominate the set-up, not the report).
 */
export function stressSession(count = 2000, seed = 11): SessionState {
  const template = stressTemplate();
  const random = seededRandom(seed);
  const state = createSession(template, FIXTURE_SETTINGS, {
    id: 'stress-session',
    roomCode: 'WXYZ',
    now: Date.UTC(2026, 10, 17, 18, 0, 0),
  });
  const exercises = template.steps.filter(isExercise);
  for (let i = 0; i < count; i++) {
    const id = `p-${i}`;
    const answers: Record<string, AnswerRecord> = {};
    for (const step of exercises) {
      if (random() < 0.03) continue;
      const answer =
        random() < 0.03 ? { kind: 'pass' as const } : sampleAnswer(step, random, LONG_TEXTS);
      const ref = `${id}-${step.id}`;
      answers[step.id] = { answer, ref };
      if (answer.kind === 'open') {
        state.moderation[step.id] ??= {};
        // The counselor approves some of the texts, as in a real (busy) session.
        state.moderation[step.id]![ref] = random() < 0.1 ? 'approved' : 'hidden';
      }
    }
    state.participants[id] = { id, nickname: `Nick ${i}`, removed: false, answers };
  }
  for (const step of template.steps) state.phases[step.id] = 'revealed';
  return { ...state, status: 'ended', endedAt: state.createdAt + 2 * 3600_000 };
}
