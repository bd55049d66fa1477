import { strings } from '../strings.js';
import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import { leanPercent, scaleReflection } from './scale-reflection.js';
import './scale-reflection-view.css';

/**
 * Per theme, where this person's own ratings lean, and the theme's reflection prompt. Private,
 * and deliberately without the group's average: next to the room's, a lonely person's "wider
 * circle" reads as a score after all (issue 21).
 */
export function ScaleReflectionView({
  step,
  answer,
}: {
  step: PublicStepOf<'scale'>;
  answer: AnswerOf<'scale'> | undefined;
}) {
  if (!answer) return null;
  const leans = scaleReflection(step, answer);
  return (
    <section className="card card--private" aria-labelledby="for-you-title">
      <h2 id="for-you-title">{strings.results.forYouTitle}</h2>
      <p className="muted small">{strings.results.forYouNote}</p>
      {leans.map((lean) => (
        <div className="lean" key={lean.themeId}>
          <h3 className="lean-title">{lean.title}</h3>
          {lean.mean === null ? (
            <p className="muted">{strings.results.notRated}</p>
          ) : (
            <>
              <p>
                {strings.results.yourLean}: <strong>{lean.nearestLabel}</strong>
              </p>
              <div className="lean-track" aria-hidden="true">
                <span className="lean-marker" style={{ left: `${leanPercent(lean.mean)}%` }} />
              </div>
              <div className="lean-ends" aria-hidden="true">
                <span>{step.labels[0]}</span>
                <span>{step.labels[4]}</span>
              </div>
            </>
          )}
          <p className="lean-reflection">{lean.reflection}</p>
        </div>
      ))}
    </section>
  );
}
