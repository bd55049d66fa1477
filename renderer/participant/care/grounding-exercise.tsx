import { useState } from 'react';
import { strings } from '../strings.js';
import './grounding-exercise.css';

/** 5-4-3-2-1, one sense at a time. Lives only on the phone: nothing about it is ever sent. */
export function GroundingExercise() {
  const steps = strings.grounding.steps;
  const [index, setIndex] = useState(0);
  const done = index >= steps.length;
  const current = steps[Math.min(index, steps.length - 1)];
  return (
    <div className="grounding">
      <p className="muted">{strings.grounding.intro}</p>
      <div className="grounding-card" aria-live="polite">
        {done || !current ? (
          <p className="grounding-sense">{strings.grounding.done}</p>
        ) : (
          <>
            <span className="grounding-count" aria-hidden="true">
              {current.count}
            </span>
            <p className="grounding-step">{strings.grounding.stepOf(index, steps.length)}</p>
            <p className="grounding-sense">{current.sense}</p>
          </>
        )}
      </div>
      <div className="button-row">
        {done ? (
          <button type="button" className="button button--secondary" onClick={() => setIndex(0)}>
            {strings.grounding.restart}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--secondary"
              disabled={index === 0}
              onClick={() => setIndex(index - 1)}
            >
              {strings.grounding.back}
            </button>
            <button type="button" className="button" onClick={() => setIndex(index + 1)}>
              {strings.grounding.next}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
