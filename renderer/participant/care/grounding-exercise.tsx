import { useState } from 'react';
import { strings } from '../strings.js';
import './grounding-exercise.css';

/** Five senses counting down from 5: how many things to notice, and where. */
function groundingSteps(): { count: number; sense: string }[] {
  const senses = strings.grounding.steps;
  return [senses[0], senses[1], senses[2], senses[3], senses[4]].map((step, i) => ({
    count: 5 - i,
    sense: step.sense,
  }));
}

/** 5-4-3-2-1, one sense at a time. Lives only on the phone: nothing about it is ever sent. */
export function GroundingExercise() {
  const steps = groundingSteps();
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
            <p className="grounding-step">
              {strings.grounding.stepOf({ number: index + 1, count: steps.length })}
            </p>
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
