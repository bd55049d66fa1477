import { strings } from '../strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './input-props.js';
import './choice-input.css';

export function ChoiceInput({
  step,
  draft,
  onChange,
  promptId,
}: InputProps<PublicStepOf<'choice'>, DraftOf<'choice'>>) {
  const toggle = (id: string, checked: boolean) => {
    if (!step.multiple) return onChange({ kind: 'choice', optionIds: [id] });
    const rest = draft.optionIds.filter((x) => x !== id);
    // Keep the template's order so the same choice always compares equal.
    const next = checked
      ? step.options.map((o) => o.id).filter((x) => x === id || rest.includes(x))
      : rest;
    onChange({ kind: 'choice', optionIds: next });
  };
  return (
    <fieldset className="group" aria-labelledby={promptId}>
      <p className="muted small">
        {step.multiple ? strings.choice.pickMany : strings.choice.pickOne}
      </p>
      <div className="tiles">
        {step.options.map((option) => (
          <label key={option.id} className="tile">
            <input
              type={step.multiple ? 'checkbox' : 'radio'}
              name={`choice-${step.id}`}
              className="tile-input"
              checked={draft.optionIds.includes(option.id)}
              onChange={(e) => toggle(option.id, e.target.checked)}
            />
            <span className="tile-mark" aria-hidden="true" />
            <span className="tile-label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
