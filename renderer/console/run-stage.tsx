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
import { t } from '../console-and-projector/i18n/translate.js';

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
            {t('run.stepOf', { number: view.stepIndex + 1, count: view.template.steps.length })}
            {step ? ` · ${stepKindLabel(step.kind)}` : ''}
          </span>
          <button type="button" className="btn btn-quiet btn-small shortcut-hint" onClick={onHelp}>
            {t('shortcuts.title')} <kbd aria-hidden="true">?</kbd>
          </button>
          {exercise && (
            <span className={`pill phase-${phase ?? 'pending'}`} data-testid="phase">
              {phaseLabel(phase ?? 'pending')}
            </span>
          )}
        </div>
        <h1 id="stage-title" className="stage-title">
          <bdi>{step?.title}</bdi>
        </h1>
        {step?.kind === 'info' ? (
          <InfoText body={step.body} className="stage-prompt stage-info" />
        ) : (
          step && (
            <p className="stage-prompt">
              <bdi>{stepPrompt(step)}</bdi>
            </p>
          )
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
            <strong>{view.answered}</strong> {t('run.answeredOf', { count: view.joined })}
            <span className="answered-note"> · {t('run.passesNote')}</span>
          </p>
        )}
        {step?.kind === 'worksheet' && <p className="muted">{t('run.worksheetNote')}</p>}
        {step?.kind === 'info' && <p className="muted">{t('run.infoNote')}</p>}
        {step?.kind === 'timer' && <TimerControls api={api} view={view} />}
        {exercise && phase !== 'revealed' && (
          <details className="exercise-timer" open={view.timer !== undefined}>
            <summary>{t('run.exerciseTimer')}</summary>
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
