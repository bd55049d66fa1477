import { useEffect, useRef, useState } from 'react';
import { useConfirm } from './confirm-dialog.js';
import { mayLeavePage } from './editor-leave-guard.js';
import { ConsoleNotices } from './console-notices.js';
import { HistoryPage } from './history-page.js';
import { LibraryPage } from './library-page.js';
import { NetworkPanel } from './network-panel.js';
import { ResumeOffer } from './resume-offer.js';
import { SessionPage } from './session-page.js';
import { SetupPage } from './setup-page.js';
import { TopBar, type ConsolePage } from './top-bar.js';
import { useConsole } from './use-console.js';
import { useConsoleLanguage } from './use-console-language.js';
import { useOpenProjector } from './use-open-projector.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './app.css';

/** The console: its tabs, the page of the chosen tab, and the confirmations it asks for. */
export function App({ token }: { token: string }) {
  const api = useConsole(token);
  const { view } = api;
  // Read here so the whole console re-renders in a newly chosen language.
  useConsoleLanguage(api);
  const [page, setPage] = useState<ConsolePage>('library');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [confirmElement, confirm] = useConfirm();
  const openProjector = useOpenProjector(token);

  // A session appearing (created, resumed, or already running when the page loads) takes the stage.
  const hadSession = useRef(false);
  useEffect(() => {
    if (view && !hadSession.current) setPage('session');
    if (!view && hadSession.current) setPage((p) => (p === 'session' ? 'library' : p));
    hadSession.current = Boolean(view);
  }, [view]);

  return (
    <div className="app">
      <TopBar
        api={api}
        view={view}
        page={page}
        onPage={(next) => void mayLeavePage().then((ok) => ok && setPage(next))}
        onOpenProjector={openProjector}
      />
      <ConsoleNotices api={api} />

      <ResumeOffer api={api} onResumed={() => setPage('session')} />

      {page === 'library' && (
        <LibraryPage
          api={api}
          token={token}
          confirm={confirm}
          onUse={(id) => {
            setTemplateId(id);
            setPage('setup');
          }}
        />
      )}
      {page === 'setup' &&
        (view && view.status !== 'ended' ? (
          <section className="page">
            <p className="card">
              {t('app.sessionOpen')}{' '}
              <button type="button" className="btn" onClick={() => setPage('session')}>
                {t('app.goToSession')}
              </button>
            </p>
          </section>
        ) : (
          <SetupPage
            api={api}
            templateId={templateId}
            onTemplate={setTemplateId}
            onStarted={() => setPage('session')}
          />
        ))}
      {page === 'network' && (
        <section className="page network-page" aria-labelledby="net-title">
          <NetworkPanel api={api} />
        </section>
      )}
      {page === 'history' && (
        <HistoryPage
          api={api}
          token={token}
          confirm={confirm}
          onResumed={() => setPage('session')}
        />
      )}
      {page === 'session' && view && (
        <SessionPage
          api={api}
          view={view}
          token={token}
          confirm={confirm}
          onEnd={() => setPage('session')}
          onClosed={() => setPage('library')}
        />
      )}
      {confirmElement}
    </div>
  );
}
