import { strings } from '../strings.js';
import type { PublicExerciseStep } from '../../common/public-step-types.js';
import { useConnectionSnapshot } from '../connection/use-connection.js';
import { ExerciseForm } from '../exercises/exercise-form.js';
import { MyAnswerNote } from '../results/my-answer-note.js';
import { ResultsView } from '../results/results-view.js';
import { useCountdown } from './use-countdown.js';
import './exercise-step-view.css';

/** An exercise in each phase: read (pending), answer (open), wait (closed), see (revealed). */
export function ExerciseStepView({ step }: { step: PublicExerciseStep }) {
  const { view } = useConnectionSnapshot();
  if (!view) return null;
  switch (view.phase) {
    case 'open':
      return (
        <>
          {view.timer?.stepId === step.id && view.timer.runningSince !== undefined && (
            <ExerciseCountdown stepId={step.id} />
          )}
          <ExerciseForm step={step} sent={view.myAnswer} />
        </>
      );
    case 'revealed':
      return <ResultsView step={step} />;
    case 'closed':
      return (
        <>
          <p className="prompt pre-line">{step.prompt}</p>
          <div className="card">
            <h2>{strings.step.closedTitle}</h2>
            <p>{strings.step.closedNote}</p>
          </div>
          <MyAnswerNote step={step} />
        </>
      );
    default:
      return (
        <>
          <p className="prompt pre-line">{step.prompt}</p>
          <p className="muted">{strings.step.pendingNote}</p>
        </>
      );
  }
}

/** The counselor timed this exercise: a quiet line with the time left, never a rush. */
function ExerciseCountdown({ stepId }: { stepId: string }) {
  const { remainingMs, label } = useCountdown(stepId, 0);
  return (
    <p className="exercise-countdown" role="timer" data-testid="exercise-countdown">
      {remainingMs === 0 ? strings.timer.done : `${strings.timer.remaining}: ${label}`}
    </p>
  );
}
