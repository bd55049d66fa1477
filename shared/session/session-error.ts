import type { Plan, SessionPatch } from './session-patch.js';
import type { SessionErrorCode } from './session-types.js';

export function refuse(code: SessionErrorCode, message: string): Plan {
  return { ok: false, error: { code, message } };
}

export function accept(patch: SessionPatch = {}): Plan {
  return { ok: true, patch };
}
