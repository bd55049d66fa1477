import { hideWord, moderate } from './moderation-transitions.js';
import { answer, clearPauses, join, pause, remove, share } from './participant-transitions.js';
import type { SessionAction, SessionState, Transition } from './session-types.js';
import { close, end, goto, lock, open, reveal, start } from './step-transitions.js';
import { timer } from './timer-transitions.js';

/**
 * The session state machine (DESIGN.md §1, §3) as a pure function: it never mutates `state`
 * and never throws; an illegal action comes back as { ok: false, error } in plain language.
 */
export function reduceSession(state: SessionState, action: SessionAction): Transition {
  switch (action.type) {
    case 'start':
      return start(state);
    case 'goto':
      return goto(state, action.index);
    case 'open':
      return open(state);
    case 'close':
      return close(state);
    case 'reveal':
      return reveal(state);
    case 'end':
      return end(state, action.now);
    case 'lock':
      return lock(state, action.locked);
    case 'join':
      return join(state, action.participantId, action.nickname);
    case 'remove':
      return remove(state, action.participantId);
    case 'answer':
      return answer(state, action.participantId, action.stepId, action.answer, action.ref);
    case 'share':
      return share(state, action.participantId, action.stepId, action.share);
    case 'pause':
      return pause(state, action.participantId, action.on);
    case 'clearPauses':
      return clearPauses(state);
    case 'moderate':
      return moderate(state, action.stepId, action.ref, action.decision);
    case 'hideWord':
      return hideWord(state, action.stepId, action.word, action.hidden);
    case 'timer':
      return timer(state, action.command, action.now);
    default:
      return {
        ok: false,
        error: { code: 'ILLEGAL_TRANSITION', message: 'Unknown action.' },
      };
  }
}
