import { useState } from 'react';
import { strings } from '../strings.js';
import type { PublicExerciseStep } from '../../common/public-step-types.js';
import { useConnection, useConnectionSnapshot } from '../connection/use-connection.js';

/**
 * After answers close: a line about this person's own answer, and for free text the
 * "OK to share" choice, which can still be withdrawn until the text has been shown.
 */
export function MyAnswerNote({ step }: { step: PublicExerciseStep }) {
  const connection = useConnection();
  const { view, link } = useConnectionSnapshot();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  /** The tapped choice, shown at once while the host confirms it. */
  const [tapped, setTapped] = useState<boolean | null>(null);
  const mine = view?.myAnswer;
  if (!view) return null;
  if (!mine) return <p className="muted">{strings.step.noAnswer}</p>;
  if (mine.kind === 'pass') return <p className="muted">{strings.step.youPassed}</p>;
  if (mine.kind === 'worksheet') return <p className="muted">{strings.step.worksheetSaved}</p>;
  if (mine.kind !== 'open' || step.kind !== 'open')
    return <p className="muted">{strings.step.answered}</p>;

  const toggle = async (share: boolean) => {
    setBusy(true);
    setSaved(null);
    setTapped(share);
    const reply = await connection.share(step.id, share);
    setBusy(false);
    setSaved(reply.ok);
    setTapped(null);
  };
  const shown = view.myShareShown === true;
  return (
    <section className="card" aria-labelledby="my-answer-title">
      <h2 id="my-answer-title">{strings.step.yourAnswer}</h2>
      <p className="pre-line quote">{mine.text}</p>
      <label className="check-row">
        <input
          type="checkbox"
          className="check-input"
          checked={tapped ?? mine.share}
          disabled={shown || link !== 'online'}
          aria-busy={busy || undefined}
          onChange={(e) => {
            if (!busy) void toggle(e.target.checked);
          }}
        />
        <span className="check-label">{strings.open.share}</span>
      </label>
      <p className="field-hint" role="status">
        {shown
          ? strings.open.shareShown
          : saved === true
            ? strings.open.shareSaved
            : saved === false
              ? strings.actions.failed
              : strings.open.shareHint}
      </p>
    </section>
  );
}
