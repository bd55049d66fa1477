import { strings } from '../../common/strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import { LockIcon } from '../care/icons.js';
import { WORKSHEET_FIELD_MAX_LENGTH } from '../../../shared/session/answer-limits.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './exercise-input.js';

/** Private fields for the person's own takeaway; never aggregated or shown to anyone. */
export function WorksheetInput({
  step,
  draft,
  onChange,
}: InputProps<PublicStepOf<'worksheet'>, DraftOf<'worksheet'>>) {
  return (
    <div className="stack">
      <div className="private-badge">
        <strong className="private-title">
          <LockIcon /> {strings.worksheet.private}
        </strong>
        <span>{strings.worksheet.privateHint}</span>
      </div>
      {step.fields.map((field) => (
        <label key={field.id} className="field">
          <span className="field-label">{field.label}</span>
          {field.hint ? <span className="field-hint">{field.hint}</span> : null}
          <textarea
            className="input textarea"
            rows={field.lines}
            maxLength={WORKSHEET_FIELD_MAX_LENGTH}
            value={draft.fields[field.id] ?? ''}
            onChange={(e) =>
              onChange({
                kind: 'worksheet',
                fields: { ...draft.fields, [field.id]: e.target.value },
              })
            }
          />
        </label>
      ))}
    </div>
  );
}
