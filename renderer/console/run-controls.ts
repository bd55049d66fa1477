import type { ConsoleView } from '../../shared/protocol/views.js';
import type { StepPhase } from '../../shared/session/session-types.js';
import { isExercise } from '../../shared/template/step-kinds.js';
import type { Step } from '../../shared/template/step-schema.js';

export const phaseLabel: Record<StepPhase, string> = {
  pending: 'Not opened yet',
  open: 'Responses open',
  closed: 'Responses closed',
  revealed: 'Shown to the room',
};

export interface StepControls {
  canOpen: boolean;
  canClose: boolean;
  canReveal: boolean;
}

/** Which phase buttons make sense for the current step; the host still has the last word. */
export function stepControls(step: Step | undefined, phase: StepPhase | undefined): StepControls {
  if (!step || !isExercise(step)) return { canOpen: false, canClose: false, canReveal: false };
  const p = phase ?? 'pending';
  return {
    canOpen: p === 'pending' || p === 'closed',
    canClose: p === 'open',
    // A worksheet is private: it is never aggregated, so there is nothing to reveal.
    canReveal: p === 'closed' && step.kind !== 'worksheet',
  };
}

export function currentStep(view: ConsoleView): Step | undefined {
  return view.template.steps[view.stepIndex];
}

export function currentPhase(view: ConsoleView): StepPhase | undefined {
  const step = currentStep(view);
  return step ? view.phases[step.id] : undefined;
}

/** Keys that drive the run page; typing in a field or an open dialog switches them off. */
export type ShortcutCommand = 'previous' | 'next' | 'open' | 'close' | 'reveal' | 'blank' | 'help';

export function shortcutFor(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): ShortcutCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowRight':
      return 'next';
    case 'o':
    case 'O':
      return 'open';
    case 'c':
    case 'C':
      return 'close';
    case 'r':
    case 'R':
      return 'reveal';
    case 'b':
    case 'B':
      return 'blank';
    case '?':
      return 'help';
    default:
      return null;
  }
}

export const SHORTCUTS: { keys: string; what: string }[] = [
  { keys: '←', what: 'Previous step' },
  { keys: '→', what: 'Next step' },
  { keys: 'O', what: 'Open responses' },
  { keys: 'C', what: 'Close responses' },
  { keys: 'R', what: 'Reveal the result to the room' },
  { keys: 'B', what: 'Blank the projector, or show it again' },
  { keys: '?', what: 'Show or hide this help' },
];
