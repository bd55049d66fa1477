import { useId } from 'react';
import { strings } from '../strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './input-props.js';

export function OpenInput({
  step,
  draft,
  onChange,
  promptId,
}: InputProps<PublicStepOf<'open'>, DraftOf<'open'>>) {
  const counterId = useId();
  const shareHintId = useId();
  return (
    <div className="stack">
      <div className="field">
        <textarea
          className="input textarea"
          rows={5}
          value={draft.text}
          maxLength={step.maxLength}
          aria-labelledby={promptId}
          aria-describedby={counterId}
          onChange={(e) => onChange({ ...draft, text: e.target.value })}
        />
        <span id={counterId} className="field-hint counter">
          {strings.open.counter({ length: draft.text.length, max: step.maxLength })}
        </span>
      </div>
      <div className="check">
        <label className="check-row">
          <input
            type="checkbox"
            className="check-input"
            checked={draft.share}
            aria-describedby={shareHintId}
            onChange={(e) => onChange({ ...draft, share: e.target.checked })}
          />
          <span className="check-label">{strings.open.share}</span>
        </label>
        <p id={shareHintId} className="field-hint">
          {strings.open.shareHint}
        </p>
      </div>
    </div>
  );
}
