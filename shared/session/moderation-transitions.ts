import { normaliseWord } from '../aggregate/normalise-word.js';
import { accept, refuse } from './session-error.js';
import type { Plan } from './session-patch.js';
import type { ModerationDecision, SessionState } from './session-types.js';

function hasCurrentAnswerWithRef(state: SessionState, stepId: string, ref: string): boolean {
  return Object.values(state.participants).some(
    (p) => !p.removed && p.answers[stepId]?.ref === ref,
  );
}

/** Decisions attach to one version of an answer: a changed answer gets a new ref and needs a new look. */
export function moderate(
  state: SessionState,
  stepId: string,
  ref: string,
  decision: ModerationDecision,
): Plan {
  const step = state.template.steps.find((s) => s.id === stepId);
  if (!step) return refuse('UNKNOWN_STEP', 'This question is not part of the workshop.');
  if (step.kind !== 'open') return refuse('NOT_AN_EXERCISE', 'Only written answers are moderated.');
  if (!hasCurrentAnswerWithRef(state, stepId, ref)) {
    return refuse('UNKNOWN_ANSWER', 'That answer was changed or withdrawn; it is no longer here.');
  }
  return accept({ moderation: { stepId, ref, decision } });
}

export function hideWord(state: SessionState, stepId: string, word: string, hidden: boolean): Plan {
  const step = state.template.steps.find((s) => s.id === stepId);
  if (!step) return refuse('UNKNOWN_STEP', 'This question is not part of the workshop.');
  if (step.kind !== 'words')
    return refuse('NOT_AN_EXERCISE', 'Only word clouds have words to hide.');
  const normalised = normaliseWord(word);
  if (!normalised) return refuse('UNKNOWN_ANSWER', 'That is not a word from the cloud.');
  const others = (state.hiddenWords[stepId] ?? []).filter((w) => w !== normalised);
  return accept({ hiddenWords: { stepId, words: hidden ? [...others, normalised] : others } });
}
