import { useEffect, useRef, useState } from 'react';
import { strings } from '../strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './input-props.js';
import { RatingGroup } from './rating-group.js';
import './scale-input.css';

type Mode = 'one' | 'all';
/** Long enough to see the tapped rating light up before the next statement slides in. */
const ADVANCE_DELAY_MS = 350;

/** Statements one at a time (default, calmer on a phone) or all on one page. */
export function ScaleInput({
  step,
  draft,
  onChange,
}: InputProps<PublicStepOf<'scale'>, DraftOf<'scale'>>) {
  const statements = step.themes.flatMap((t) => t.statements);
  const [mode, setMode] = useState<Mode>('one');
  const [index, setIndex] = useState(() => {
    const firstOpen = statements.findIndex((s) => draft.values[s.id] === undefined);
    return firstOpen === -1 ? 0 : firstOpen;
  });
  const advance = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(advance.current), []);
  const rated = statements.filter((s) => draft.values[s.id] !== undefined).length;
  const rate = (id: string, value: number) => {
    onChange({ kind: 'scale', values: { ...draft.values, [id]: value } });
    if (mode === 'one' && index < statements.length - 1) {
      window.clearTimeout(advance.current);
      const from = index;
      advance.current = window.setTimeout(
        () => setIndex((i) => (i === from ? i + 1 : i)),
        ADVANCE_DELAY_MS,
      );
    }
  };
  const current = statements[index];

  return (
    <div className="stack">
      <div className="segmented" role="group" aria-label={strings.scale.modeLabel}>
        {(['one', 'all'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className="segmented-button"
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
          >
            {m === 'one' ? strings.scale.oneByOne : strings.scale.allAtOnce}
          </button>
        ))}
      </div>
      {mode === 'one' && current ? (
        <div className="card">
          <p className="eyebrow">
            {strings.scale.statementOf({ number: index + 1, count: statements.length })} ·{' '}
            <span aria-live="polite">
              {strings.scale.rated({ done: rated, count: statements.length })}
            </span>
          </p>
          <RatingGroup
            key={current.id}
            name={`scale-${step.id}-${current.id}`}
            statement={current.text}
            labels={step.labels}
            value={draft.values[current.id]}
            onRate={(v) => rate(current.id, v)}
            layout="stacked"
          />
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={index === 0}
              onClick={() => setIndex(index - 1)}
            >
              {strings.scale.back}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={index === statements.length - 1}
              onClick={() => setIndex(index + 1)}
            >
              {draft.values[current.id] === undefined ? strings.scale.skip : strings.scale.next}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {strings.scale.rated({ done: rated, count: statements.length })}
          </p>
          <ol className="scale-legend" aria-hidden="true">
            {step.labels.map((label, i) => (
              <li key={label}>
                <strong>{i + 1}</strong> {label}
              </li>
            ))}
          </ol>
          {statements.map((s) => (
            <div className="card card--tight" key={s.id}>
              <RatingGroup
                name={`scale-${step.id}-${s.id}`}
                statement={s.text}
                labels={step.labels}
                value={draft.values[s.id]}
                onRate={(v) => rate(s.id, v)}
                layout="row"
              />
            </div>
          ))}
        </>
      )}
    </div>
  );
}
