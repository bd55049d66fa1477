import type { Answer } from '../../shared/session/answer-schema.js';
import { createSession } from '../../shared/session/create-session.js';
import { reduceSession } from '../../shared/session/reduce-session.js';
import type {
  SessionAction,
  SessionSettings,
  SessionState,
} from '../../shared/session/session-types.js';
import { isExercise } from '../../shared/template/step-schema.js';
import type { Template } from '../../shared/template/template-schema.js';

export interface ScriptedParticipant {
  id: string;
  nickname?: string;
  /** stepId → answer; steps left out are not answered. */
  answers: Record<string, Answer>;
}

export interface SessionScript {
  template: Template;
  participants: ScriptedParticipant[];
  settings?: Partial<SessionSettings>;
  /** Whether the counselor approves this open-text answer (default: approve everything). */
  approve?: (text: string) => boolean;
  /** Steps left unrevealed (the room never saw their aggregate). */
  unrevealed?: string[];
  createdAt?: number;
}

export const FIXTURE_SETTINGS: SessionSettings = {
  namesEnabled: true,
  kLive: 3,
  kExport: 5,
  agreement: 'What is said here stays here.',
  support: 'Crisis line 0800 111 0 111 · Facilitator: Sam, room 4',
  retentionDays: 30,
};

function apply(state: SessionState, action: SessionAction): SessionState {
  const result = reduceSession(state, action);
  if (!result.ok) throw new Error(`${action.type}: ${result.error.message}`);
  return result.state;
}

/** Runs a whole session through the real reducer: join, every step opened, answered, revealed. */
export function runScriptedSession(script: SessionScript): SessionState {
  const createdAt = script.createdAt ?? Date.UTC(2026, 10, 17, 18, 42, 13);
  let state = createSession(
    script.template,
    { ...FIXTURE_SETTINGS, ...script.settings },
    { id: 'session-fixture', roomCode: 'ABCD', now: createdAt },
  );
  for (const p of script.participants) {
    state = apply(state, { type: 'join', participantId: p.id, nickname: p.nickname });
  }
  state = apply(state, { type: 'start' });
  script.template.steps.forEach((step, index) => {
    state = apply(state, { type: 'goto', index });
    if (!isExercise(step)) return;
    state = apply(state, { type: 'open' });
    for (const p of script.participants) {
      const answer = p.answers[step.id];
      if (!answer) continue;
      const ref = `${p.id}-${step.id}`;
      state = apply(state, { type: 'answer', participantId: p.id, stepId: step.id, answer, ref });
      if (answer.kind === 'open') {
        const approved = script.approve ? script.approve(answer.text) : true;
        state = apply(state, {
          type: 'moderate',
          stepId: step.id,
          ref,
          decision: approved ? 'approved' : 'hidden',
        });
      }
    }
    state = apply(state, { type: 'close' });
    if (!script.unrevealed?.includes(step.id)) state = apply(state, { type: 'reveal' });
  });
  return apply(state, { type: 'end', now: createdAt + 90 * 60_000 });
}
