import { useState } from 'react';
import { strings } from '../strings.js';
import type { StepPhase } from '../../../shared/session/session-types.js';
import { useConnection } from '../connection/use-connection.js';
import './content-note.css';

/** Shown before an exercise that touches something sensitive, with a no-questions-asked pass. */
export function ContentNote({
  note,
  canPass,
  stepId,
  phase,
  onContinue,
}: {
  note: string;
  canPass: boolean;
  stepId: string;
  phase?: StepPhase;
  onContinue: () => void;
}) {
  const connection = useConnection();
  const [busy, setBusy] = useState(false);
  const pass = async () => {
    setBusy(true);
    if (phase === 'open') await connection.answer(stepId, { kind: 'pass' });
    setBusy(false);
    onContinue();
  };
  return (
    <div className="card card--note" role="note">
      <h2>{strings.contentNote.title}</h2>
      <p className="pre-line">{note}</p>
      <div className="button-row">
        {canPass ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void pass()}
          >
            {strings.contentNote.pass}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onContinue}>
          {strings.contentNote.continue}
        </button>
      </div>
    </div>
  );
}
