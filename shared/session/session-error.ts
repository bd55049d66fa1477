import type { SessionErrorCode, SessionState, Transition } from './session-types.js';

export function refuse(code: SessionErrorCode, message: string): Transition {
  return { ok: false, error: { code, message } };
}

export function accept(state: SessionState): Transition {
  return { ok: true, state };
}
