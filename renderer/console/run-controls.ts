import type { ConsoleView } from '../../shared/protocol/views.js';
import type { StepPhase } from '../../shared/session/session-types.js';
import { isExercise } from '../../shared/template/step-kinds.js';
import type { Step } from '../../shared/template/step-schema.js';
import { t } from '../console-and-projector/i18n/translate.js';

export function phaseLabel(phase: StepPhase): string {
  const labels: Record<StepPhase, string> = {
    pending: t('run.phase.pending'),
    open: t('run.phase.open'),
    closed: t('run.phase.closed'),
    revealed: t('run.phase.revealed'),
  };
  return labels[phase];
}

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

/**
 * The arrow keys follow the reading direction: in a right-to-left console the next step lies to
 * the left, as the "Next" button and the step rail do.
 */
export function stepArrows(dir: string = document.documentElement.dir): {
  previousKey: string;
  nextKey: string;
  previous: string;
  next: string;
} {
  return dir === 'rtl'
    ? { previousKey: 'ArrowRight', nextKey: 'ArrowLeft', previous: '→', next: '←' }
    : { previousKey: 'ArrowLeft', nextKey: 'ArrowRight', previous: '←', next: '→' };
}

export function shortcutFor(
  event: {
    key: string;
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
  },
  dir = 'ltr',
): ShortcutCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const arrows = stepArrows(dir);
  if (event.key === arrows.previousKey) return 'previous';
  if (event.key === arrows.nextKey) return 'next';
  switch (event.key) {
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

export function shortcuts(): { keys: string; what: string }[] {
  return [
    { keys: stepArrows().previous, what: t('shortcuts.previous') },
    { keys: stepArrows().next, what: t('shortcuts.next') },
    { keys: 'O', what: t('shortcuts.open') },
    { keys: 'C', what: t('shortcuts.close') },
    { keys: 'R', what: t('shortcuts.reveal') },
    { keys: 'B', what: t('shortcuts.blank') },
    { keys: '?', what: t('shortcuts.help') },
  ];
}
