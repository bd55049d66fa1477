import { AggregateChart } from '../../common/aggregate-chart.js';
import { strings } from '../strings.js';
import type { PublicExerciseStep } from '../../common/public-step-types.js';
import { useConnectionSnapshot } from '../connection/use-connection.js';
import { AnswerKey } from './answer-key.js';
import { MyAnswerNote } from './my-answer-note.js';
import { ScaleReflectionView } from './scale-reflection-view.js';

/** After the reveal: the group's anonymous summary, then what is only for this person. */
export function ResultsView({ step }: { step: PublicExerciseStep }) {
  const { view } = useConnectionSnapshot();
  if (!view) return null;
  const mine = view.myAnswer;
  return (
    <>
      <p className="prompt pre-line">{step.prompt}</p>
      {view.aggregate && step.kind !== 'worksheet' ? (
        <section className="card" aria-labelledby="results-title">
          <h2 id="results-title">{strings.results.title}</h2>
          <AggregateChart step={step} aggregate={view.aggregate} />
        </section>
      ) : null}
      {step.kind === 'scale' ? (
        <ScaleReflectionView step={step} answer={mine?.kind === 'scale' ? mine : undefined} />
      ) : null}
      {step.kind === 'choice' || step.kind === 'sort' ? (
        <AnswerKey step={step} mine={mine} />
      ) : null}
      <MyAnswerNote step={step} />
    </>
  );
}
