import type { ConsoleView } from '../../shared/protocol/views.js';
import { isExercise } from '../../shared/template/step-kinds.js';
import { InfoText } from '../common/info-text.js';
import { stepKindLabel, stepPrompt } from '../console-and-projector/step-preview.js';
import { ProjectorControls } from './projector-controls.js';
import {
  currentPhase,
  currentStep,
  phaseLabel,
  stepControls,
  type ShortcutCommand,
} from './run-controls.js';
import { RunResults } from './run-results.js';
import { RunStageControls } from './run-stage-controls.js';
import { TimerControls } from './timer-controls.js';
import type { ConsoleApi } from './use-console.js';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  run(command: ShortcutCommand): void;
  onHelp(): void;
}

/** The current step: what it asks, the moves for it, and its results. */
export function RunStage({ api, view, run, onHelp }: Props) {
  const step = currentStep(view);
  const phase = currentPhase(view);
  const exercise = step && isExercise(step);
  return (
    <main className="stage" aria-labelledby="stage-title">
      <div className="card stage-card">
        <div className="stage-top">
          <span className="step-counter">
            Step {view.stepIndex + 1} of {view.template.steps.length} ·{' '}
            {step ? stepKindLabel[step.kind] : ''}
          </span>
          <button type="button" className="btn btn-quiet btn-small shortcut-hint" onClick={onHelp}>
            Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
          </button>
          {exercise && (
            <span className={`pill phase-${phase ?? 'pending'}`} data-testid="phase">
              {phaseLabel[phase ?? 'pending']}
            </span>
          )}
        </div>
        <h1 id="stage-title" className="stage-title">
          {step?.title}
        </h1>
        {step?.kind === 'info' ? (
          <InfoText body={step.body} className="stage-prompt stage-info" />
        ) : (
          step && <p className="stage-prompt">{stepPrompt(step)}</p>
        )}
        <RunStageControls
          view={view}
          step={step}
          phase={phase}
          exercise={Boolean(exercise)}
          controls={stepControls(step, phase)}
          run={run}
        />
        <ProjectorControls api={api} view={view} />

        {exercise && (
          <p className="answered" data-testid="answered" aria-live="polite">
            <strong>{view.answered}</strong> of <strong>{view.joined}</strong> answered
            <span className="answered-note">
              {' '}
              · passes are not counted, so nobody can tell who passed
            </span>
          </p>
        )}
        {step?.kind === 'worksheet' && (
          <p className="muted">
            A private worksheet: answers go only into each participant’s own takeaway. Nobody else
            sees them, you included.
          </p>
        )}
        {step?.kind === 'info' && (
          <p className="muted">This text is on every phone and the projector now.</p>
        )}
        {step?.kind === 'timer' && <TimerControls api={api} view={view} />}
        {exercise && phase !== 'revealed' && (
          <details className="exercise-timer" open={view.timer !== undefined}>
            <summary>Countdown for this exercise</summary>
            <TimerControls key={step.id} api={api} view={view} exerciseMinutes={step.minutes} />
          </details>
        )}
      </div>

      {exercise && step.kind !== 'worksheet' && (
        <RunResults api={api} view={view} step={step} phase={phase} />
      )}
    </main>
  );
}
