import type { ConsoleView } from '../../shared/protocol/views.js';
import type { Step } from '../../shared/template/step-schema.js';
import { stepKindLabel } from '../console-and-projector/step-preview.js';
import type { StepPhase } from '../../shared/session/session-types.js';
import { stepArrows, type ShortcutCommand, type StepControls } from './run-controls.js';
import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  view: ConsoleView;
  step: Step | undefined;
  phase: StepPhase | undefined;
  exercise: boolean;
  controls: StepControls;
  run(command: ShortcutCommand): void;
}

/** Previous, the step's next phase, Next — and what comes after this step. */
export function RunStageControls({ view, step, phase, exercise, controls, run }: Props) {
  const steps = view.template.steps;
  const next = steps[view.stepIndex + 1];
  // After a reveal, or on a step with nothing to open, moving on is the counselor's next move.
  const nextIsTheMove =
    next !== undefined &&
    (!exercise || phase === 'revealed' || (step?.kind === 'worksheet' && phase === 'closed'));
  return (
    <>
      <div className="stage-controls">
        <button
          type="button"
          className="btn"
          disabled={view.stepIndex === 0}
          onClick={() => run('previous')}
        >
          {t('run.previous')} <kbd aria-hidden="true">{stepArrows().previous}</kbd>
        </button>
        <span className="phase-actions">
          {exercise && controls.canOpen && (
            <button
              type="button"
              className={phase === 'closed' ? 'btn' : 'btn btn-primary'}
              onClick={() => run('open')}
            >
              {phase === 'closed' ? t('run.reopen') : t('shortcuts.open')}{' '}
              <kbd aria-hidden="true">O</kbd>
            </button>
          )}
          {exercise && controls.canClose && (
            <button type="button" className="btn btn-primary" onClick={() => run('close')}>
              {t('shortcuts.close')} <kbd aria-hidden="true">C</kbd>
            </button>
          )}
          {exercise && controls.canReveal && (
            <button type="button" className="btn btn-primary" onClick={() => run('reveal')}>
              {t('run.reveal')} <kbd aria-hidden="true">R</kbd>
            </button>
          )}
          {exercise && phase === 'revealed' && (
            <span className="phase-done">
              {t('run.revealed')}
              {next ? ` ${t('run.nextWhenReady')}` : ''}
            </span>
          )}
        </span>
        <button
          type="button"
          className={nextIsTheMove ? 'btn btn-primary btn-next-move' : 'btn'}
          disabled={view.stepIndex >= steps.length - 1}
          onClick={() => run('next')}
        >
          {t('run.next')} <kbd aria-hidden="true">{stepArrows().next}</kbd>
        </button>
      </div>
      {next && (
        <p className="up-next" data-testid="up-next">
          <span className="up-next-label">{t('run.upNext')}</span>{' '}
          <bdi>
            {view.stepIndex + 2}. <strong>{next.title}</strong>
          </bdi>{' '}
          <span className="muted">
            {t('common.kindAbout', { kind: stepKindLabel(next.kind), minutes: next.minutes })}
          </span>
        </p>
      )}
    </>
  );
}
