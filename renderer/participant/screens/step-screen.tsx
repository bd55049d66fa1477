import { useState } from 'react';
import { strings } from '../strings.js';
import { isExercise } from '../../../shared/template/step-kinds.js';
import { useConnectionSnapshot } from '../connection/use-connection.js';
import { ContentNote } from './content-note.js';
import { ExerciseStepView } from './exercise-step-view.js';
import { InfoStepView } from './info-step-view.js';
import { TimerStepView } from './timer-step-view.js';

/** The current step: its title and progress, any content note first, then the step itself. */
export function StepScreen() {
  const { view } = useConnectionSnapshot();
  const [noteRead, setNoteRead] = useState(false);
  const step = view?.step;
  if (!view || !step) return null;
  const showNote = Boolean(step.contentNote) && !noteRead && !view.myAnswer;
  return (
    <section className="screen" aria-labelledby="step-title">
      <p className="eyebrow">
        {strings.step.progress({ number: view.stepIndex + 1, count: view.stepCount })}
      </p>
      <h1 id="step-title">{step.title}</h1>
      {showNote && step.contentNote ? (
        <ContentNote
          note={step.contentNote}
          canPass={isExercise(step)}
          onContinue={() => setNoteRead(true)}
          stepId={step.id}
          phase={view.phase}
        />
      ) : step.kind === 'info' ? (
        <InfoStepView step={step} />
      ) : step.kind === 'timer' ? (
        <TimerStepView step={step} />
      ) : (
        <ExerciseStepView step={step} />
      )}
    </section>
  );
}
