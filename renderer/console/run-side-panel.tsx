import type { ConsoleView } from '../../shared/protocol/views.js';
import type { Step } from '../../shared/template/step-schema.js';
import type { Confirm } from './confirm-dialog.js';
import { JoinSurgeWarning } from './join-surge-warning.js';
import { ModerationQueue } from './moderation-queue.js';
import { PeoplePanel } from './people-panel.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import { useRoomLanguage } from '../console-and-projector/i18n/room-language.js';
import { localizedNotes } from '../../shared/template/localized-notes.js';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  step: Step | undefined;
  confirm: Confirm;
}

/** Beside the stage: pause requests, notes for this step, moderation and the people in the room. */
export function RunSidePanel({ api, view, step, confirm }: Props) {
  const language = useRoomLanguage();
  const notes = step && localizedNotes(view.template, step, language);
  return (
    <aside className="run-side">
      {view.pauseCount > 0 && <PauseAlert api={api} pauseCount={view.pauseCount} />}
      <section className="card notes" aria-labelledby="notes-title">
        <h2 id="notes-title">{t('preview.notes')}</h2>
        <p className="notes-text">{notes ?? t('preview.noNotes')}</p>
        {step && <p className="muted small">{t('run.planned', { minutes: step.minutes })}</p>}
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
          <summary>{t('run.people', { count: view.joined })}</summary>
          <PeoplePanel api={api} view={view} confirm={confirm} surgeWarning={false} />
        </details>
      )}
      {!view.settings.namesEnabled && (
        <p className="muted small side-count">
          {t('run.inTheRoom', { count: view.joined })}
          {view.locked ? ` · ${t('run.roomLocked')}` : ''}
        </p>
      )}
    </aside>
  );
}

function PauseAlert({ api, pauseCount }: { api: ConsoleApi; pauseCount: number }) {
  return (
    <section className="card pause-alert" role="status" data-testid="pause-alert">
      <p>
        <strong>{t('run.pause', { count: pauseCount })}</strong>
      </p>
      <p className="muted">{t('run.pauseHint')}</p>
      <button type="button" className="btn" onClick={() => void api.act({ type: 'clearPauses' })}>
        {t('run.acknowledge')}
      </button>
    </section>
  );
}

function HiddenWords({ api, stepId, words }: { api: ConsoleApi; stepId: string; words: string[] }) {
  return (
    <section className="card" aria-labelledby="hidden-words-title">
      <h2 id="hidden-words-title">{t('run.hiddenWords')}</h2>
      <ul className="hidden-words">
        {words.map((word) => (
          <li key={word}>
            <span>{word}</span>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => void api.act({ type: 'hideWord', stepId, word, hidden: false })}
            >
              {t('run.showAgain')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
