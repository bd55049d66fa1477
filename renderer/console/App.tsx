import { useEffect, useRef, useState } from 'react';
import { fetchProjectorToken, projectorHref } from '../room/console-token.js';
import { desktopBridge } from '../room/desktop.js';
import { useConfirm } from './ConfirmDialog.js';
import { EndPage } from './EndPage.js';
import { HistoryPage } from './HistoryPage.js';
import { LibraryPage } from './LibraryPage.js';
import { LobbyPage } from './LobbyPage.js';
import { NetworkPanel } from './NetworkPanel.js';
import { ResumeOffer } from './ResumeOffer.js';
import { RunPage } from './RunPage.js';
import { SetupPage } from './SetupPage.js';
import { useConsole } from './use-console.js';
import './app.css';

type Page = 'library' | 'setup' | 'network' | 'history' | 'session';

const NAV: { page: Page; label: string }[] = [
  { page: 'library', label: 'Library' },
  { page: 'setup', label: 'New session' },
  { page: 'network', label: 'Network check' },
  { page: 'history', label: 'History' },
];

export function App({ token }: { token: string }) {
  const api = useConsole(token);
  const { view, connection, notice, setNotice } = api;
  const [page, setPage] = useState<Page>('library');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [confirmElement, confirm] = useConfirm();
  // Fetched up front so the projector tab opens inside the click (pop-up blockers).
  const [projectorToken, setProjectorToken] = useState<string | null>(null);
  useEffect(() => {
    fetchProjectorToken(token).then(setProjectorToken, () => setProjectorToken(null));
  }, [token]);

  // A session appearing (created, resumed, or already running when the page loads) takes the stage.
  const hadSession = useRef(false);
  useEffect(() => {
    if (view && !hadSession.current) setPage('session');
    if (!view && hadSession.current) setPage((p) => (p === 'session' ? 'library' : p));
    hadSession.current = Boolean(view);
  }, [view]);

  const openProjector = () => {
    const bridge = desktopBridge();
    if (bridge) void bridge.openProjector();
    else if (projectorToken) {
      window.open(projectorHref(projectorToken), 'circlework-projector', 'noopener');
    }
  };

  const sessionLabel =
    view?.status === 'lobby' ? 'Lobby' : view?.status === 'running' ? 'Running' : 'Ended';

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Circlework</span>
        <nav className="tabs" aria-label="Main">
          {view && (
            <button
              type="button"
              className={`tab tab-session ${page === 'session' ? 'active' : ''}`}
              aria-current={page === 'session' ? 'page' : undefined}
              onClick={() => setPage('session')}
            >
              Session · {sessionLabel}
              {view.pauseCount > 0 && (
                <span className="tab-badge" aria-label={`${view.pauseCount} pause requests`}>
                  {view.pauseCount}
                </span>
              )}
            </button>
          )}
          {NAV.map((item) => (
            <button
              key={item.page}
              type="button"
              className={`tab ${page === item.page ? 'active' : ''}`}
              aria-current={page === item.page ? 'page' : undefined}
              onClick={() => setPage(item.page)}
            >
              {item.label}
            </button>
          ))}
        </nav>
        <div className="topbar-right">
          {view && <span className="room-chip">Room {view.roomCode}</span>}
          <button type="button" className="btn btn-light" onClick={openProjector}>
            Open projector
          </button>
        </div>
      </header>

      {connection !== 'online' && (
        <p className={`connection ${connection}`} role="status">
          {connection === 'refused'
            ? 'This console link has expired. Open the console again from the Circlework app.'
            : connection === 'connecting'
              ? 'Connecting to the app…'
              : 'Lost the connection to the app. Reconnecting…'}
        </p>
      )}
      {api.warnings.length > 0 && (
        <ul className="host-warnings" role="alert" aria-label="Problems on this laptop">
          {api.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {notice && (
        <div className="notice" role="alert">
          <span>{notice}</span>
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}

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
              A session is already open. End it before starting another.{' '}
              <button type="button" className="btn" onClick={() => setPage('session')}>
                Go to the session
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
      {page === 'session' && view && view.status === 'lobby' && (
        <LobbyPage api={api} view={view} confirm={confirm} />
      )}
      {page === 'session' && view && view.status === 'running' && (
        <RunPage api={api} view={view} confirm={confirm} onEnd={() => setPage('session')} />
      )}
      {page === 'session' && view && view.status === 'ended' && (
        <EndPage api={api} view={view} token={token} onClosed={() => setPage('library')} />
      )}
      {confirmElement}
    </div>
  );
}
