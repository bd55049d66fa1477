import type { Template } from '../template/template-schema.js';
import type { SessionSettings, SessionState, StepPhase } from './session-types.js';

export interface SessionIdentity {
  id: string;
  roomCode: string;
  /** Epoch ms. */
  now: number;
}

/** A fresh session in the lobby: a frozen copy of the template, every step still pending. */
export function createSession(
  template: Template,
  settings: SessionSettings,
  { id, roomCode, now }: SessionIdentity,
): SessionState {
  const phases: Record<string, StepPhase> = {};
  for (const step of template.steps) phases[step.id] = 'pending';
  return {
    id,
    roomCode,
    template: structuredClone(template),
    settings: { ...settings },
    status: 'lobby',
    locked: false,
    currentStep: 0,
    phases,
    participants: {},
    moderation: {},
    hiddenWords: {},
    pauseRequests: [],
    createdAt: now,
  };
}
