import type { ConsoleView } from '../../shared/protocol/views.js';
import type { Step } from '../../shared/template/step-schema.js';
import type { Confirm } from './confirm-dialog.js';
import { JoinSurgeWarning } from './join-surge-warning.js';
import { ModerationQueue } from './moderation-queue.js';
import { PeoplePanel } from './people-panel.js';
import type { ConsoleApi } from './use-console.js';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  step: Step | undefined;
  confirm: Confirm;
}

/** Beside the stage: pause requests, notes for this step, moderation and the people in the room. */
export function RunSidePanel({ api, view, step, confirm }: Props) {
  return (
    <aside className="run-side">
      {view.pauseCount > 0 && <PauseAlert api={api} pauseCount={view.pauseCount} />}
      <section className="card notes" aria-labelledby="notes-title">
        <h2 id="notes-title">Facilitator notes</h2>
        <p className="notes-text">{step?.facilitatorNotes ?? 'No notes for this step.'}</p>
        {step && <p className="muted small">Planned: about {step.minutes} min</p>}
      </section>
      {step?.kind === 'open' && (
        <ModerationQueue api={api} stepId={step.id} items={view.moderation} />
      )}
      {step?.kind === 'words' && view.hiddenWords.length > 0 && (
        <HiddenWords api={api} stepId={step.id} words={view.hiddenWords} />
      )}
      <JoinSurgeWarning api={api} view={view} confirm={confirm} />
      {view.settings.namesEnabled && (
        <details className="people-details">
          <summary>People ({view.joined})</summary>
          <PeoplePanel api={api} view={view} confirm={confirm} surgeWarning={false} />
        </details>
      )}
      {!view.settings.namesEnabled && (
        <p className="muted small side-count">
          {view.joined} in the room{view.locked ? ' · room locked' : ''}
        </p>
      )}
    </aside>
  );
}

function PauseAlert({ api, pauseCount }: { api: ConsoleApi; pauseCount: number }) {
  return (
    <section className="card pause-alert" role="status" data-testid="pause-alert">
      <p>
        <strong>
          {pauseCount === 1
            ? 'Someone would like a pause.'
            : `${pauseCount} people would like a pause.`}
        </strong>
      </p>
      <p className="muted">Consider a short break or a grounding moment. You will not see who.</p>
      <button type="button" className="btn" onClick={() => void api.act({ type: 'clearPauses' })}>
        Acknowledge
      </button>
    </section>
  );
}

function HiddenWords({ api, stepId, words }: { api: ConsoleApi; stepId: string; words: string[] }) {
  return (
    <section className="card" aria-labelledby="hidden-words-title">
      <h2 id="hidden-words-title">Hidden words</h2>
      <ul className="hidden-words">
        {words.map((word) => (
          <li key={word}>
            <span>{word}</span>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => void api.act({ type: 'hideWord', stepId, word, hidden: false })}
            >
              Show again
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
