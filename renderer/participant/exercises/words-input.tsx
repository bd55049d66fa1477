import { strings } from '../strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import { WORD_MAX_LENGTH } from '../../../shared/session/answer-limits.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './input-props.js';

export function WordsInput({
  step,
  draft,
  onChange,
  promptId,
}: InputProps<PublicStepOf<'words'>, DraftOf<'words'>>) {
  const set = (index: number, value: string) =>
    onChange({ kind: 'words', words: draft.words.map((w, i) => (i === index ? value : w)) });
  return (
    <fieldset className="group stack" aria-labelledby={promptId}>
      <p className="muted small">{strings.words.instructions({ max: step.maxWords })}</p>
      {draft.words.map((word, i) => (
        <label key={i} className="field">
          <span className="field-label">{strings.words.wordLabel({ number: i + 1 })}</span>
          <input
            className="input"
            value={word}
            maxLength={WORD_MAX_LENGTH}
            autoComplete="off"
            enterKeyHint={i === draft.words.length - 1 ? 'send' : 'next'}
            onChange={(e) => set(i, e.target.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}
