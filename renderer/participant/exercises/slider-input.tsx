import { strings } from '../strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './input-props.js';
import './slider-input.css';

/** A range with big −/+ buttons for exact values; nothing is chosen until the person moves it. */
export function SliderInput({
  step,
  draft,
  onChange,
  promptId,
}: InputProps<PublicStepOf<'slider'>, DraftOf<'slider'>>) {
  const middle = step.min + Math.round((step.max - step.min) / step.step / 2) * step.step;
  const value = draft.value ?? middle;
  const set = (next: number) =>
    onChange({ kind: 'slider', value: Math.min(step.max, Math.max(step.min, next)) });
  return (
    <div className={draft.value === null ? 'slider slider--untouched' : 'slider'}>
      <p className="slider-value" aria-hidden="true">
        {draft.value === null ? strings.slider.untouched : value}
      </p>
      <div className="slider-row">
        <button
          type="button"
          className="icon-button"
          aria-label={strings.slider.lower({
            value: draft.value === null ? middle : value - step.step,
          })}
          disabled={draft.value !== null && value <= step.min}
          onClick={() => set(draft.value === null ? middle : value - step.step)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          type="range"
          className="range"
          min={step.min}
          max={step.max}
          step={step.step}
          value={value}
          aria-labelledby={promptId}
          aria-valuetext={draft.value === null ? strings.slider.untouched : String(value)}
          onChange={(e) => set(Number(e.target.value))}
          onClick={() => draft.value === null && set(value)}
        />
        <button
          type="button"
          className="icon-button"
          aria-label={strings.slider.higher({
            value: draft.value === null ? middle : value + step.step,
          })}
          disabled={draft.value !== null && value >= step.max}
          onClick={() => set(draft.value === null ? middle : value + step.step)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <div className="slider-ends">
        <span>
          <strong>{step.min}</strong> {step.minLabel}
        </span>
        <span>
          <strong>{step.max}</strong> {step.maxLabel}
        </span>
      </div>
    </div>
  );
}
