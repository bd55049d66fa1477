import type { ConsoleView } from '../../shared/protocol/views.js';

export type ConsolePage = 'library' | 'setup' | 'network' | 'history' | 'session';

const NAV: { page: ConsolePage; label: string }[] = [
  { page: 'library', label: 'Library' },
  { page: 'setup', label: 'New session' },
  { page: 'network', label: 'Network check' },
  { page: 'history', label: 'History' },
];

interface Props {
  view: ConsoleView | null;
  page: ConsolePage;
  onPage(page: ConsolePage): void;
  onOpenProjector(): void;
}

/** The console's tabs, with the open session first, and the projector button. */
export function TopBar({ view, page, onPage, onOpenProjector }: Props) {
  const sessionLabel =
    view?.status === 'lobby' ? 'Lobby' : view?.status === 'running' ? 'Running' : 'Ended';
  return (
    <header className="topbar">
      <span className="brand">Circlework</span>
      <nav className="tabs" aria-label="Main">
        {view && (
          <button
            type="button"
            className={`tab tab-session ${page === 'session' ? 'active' : ''}`}
            aria-current={page === 'session' ? 'page' : undefined}
            onClick={() => onPage('session')}
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
            onClick={() => onPage(item.page)}
          >
            {item.label}
          </button>
        ))}
      </nav>
      <div className="topbar-right">
        {view && <span className="room-chip">Room {view.roomCode}</span>}
        <button type="button" className="btn btn-light" onClick={onOpenProjector}>
          Open projector
        </button>
      </div>
    </header>
  );
}
