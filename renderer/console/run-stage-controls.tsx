import type { ConsoleView } from '../../shared/protocol/views.js';
import type { Step } from '../../shared/template/step-schema.js';
import { stepKindLabel } from '../console-and-projector/step-preview.js';
import type { StepPhase } from '../../shared/session/session-types.js';
import type { ShortcutCommand, StepControls } from './run-controls.js';

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
          ← Previous <kbd aria-hidden="true">←</kbd>
        </button>
        <span className="phase-actions">
          {exercise && controls.canOpen && (
            <button
              type="button"
              className={phase === 'closed' ? 'btn' : 'btn btn-primary'}
              onClick={() => run('open')}
            >
              {phase === 'closed' ? 'Reopen responses' : 'Open responses'}{' '}
              <kbd aria-hidden="true">O</kbd>
            </button>
          )}
          {exercise && controls.canClose && (
            <button type="button" className="btn btn-primary" onClick={() => run('close')}>
              Close responses <kbd aria-hidden="true">C</kbd>
            </button>
          )}
          {exercise && controls.canReveal && (
            <button type="button" className="btn btn-primary" onClick={() => run('reveal')}>
              Reveal to the room <kbd aria-hidden="true">R</kbd>
            </button>
          )}
          {exercise && phase === 'revealed' && (
            <span className="phase-done">
              The result is on the projector and phones.
              {next ? ' Next when the room is ready.' : ''}
            </span>
          )}
        </span>
        <button
          type="button"
          className={nextIsTheMove ? 'btn btn-primary btn-next-move' : 'btn'}
          disabled={view.stepIndex >= steps.length - 1}
          onClick={() => run('next')}
        >
          Next → <kbd aria-hidden="true">→</kbd>
        </button>
      </div>
      {next && (
        <p className="up-next" data-testid="up-next">
          <span className="up-next-label">Up next</span> {view.stepIndex + 2}.{' '}
          <strong>{next.title}</strong>{' '}
          <span className="muted">
            {stepKindLabel[next.kind]} · about {next.minutes} min
          </span>
        </p>
      )}
    </>
  );
}
