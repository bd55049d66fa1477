import type { ConsoleView } from '../../shared/protocol/views.js';
import { ConsoleLanguagePicker } from './console-language-picker.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';

export type ConsolePage = 'library' | 'setup' | 'network' | 'history' | 'session';

function nav(): { page: ConsolePage; label: string }[] {
  return [
    { page: 'library', label: t('top.library') },
    { page: 'setup', label: t('top.setup') },
    { page: 'network', label: t('top.network') },
    { page: 'history', label: t('top.history') },
  ];
}

interface Props {
  api: ConsoleApi;
  view: ConsoleView | null;
  page: ConsolePage;
  onPage(page: ConsolePage): void;
  onOpenProjector(): void;
}

/** The console's tabs, with the open session first, and the projector button. */
export function TopBar({ api, view, page, onPage, onOpenProjector }: Props) {
  const sessionLabel = t('top.session', { status: view?.status ?? 'ended' });
  return (
    <header className="topbar">
      <span className="brand">{t('app.name')}</span>
      <nav className="tabs" aria-label={t('top.navLabel')}>
        {view && (
          <button
            type="button"
            className={`tab tab-session ${page === 'session' ? 'active' : ''}`}
            aria-current={page === 'session' ? 'page' : undefined}
            onClick={() => onPage('session')}
          >
            {sessionLabel}
            {view.pauseCount > 0 && (
              <span
                className="tab-badge"
                aria-label={t('top.pauseBadge', { count: view.pauseCount })}
              >
                {view.pauseCount}
              </span>
            )}
          </button>
        )}
        {nav().map((item) => (
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
        <ConsoleLanguagePicker api={api} />
        {view && <span className="room-chip">{t('top.room', { code: view.roomCode })}</span>}
        <button type="button" className="btn btn-light" onClick={onOpenProjector}>
          {t('top.openProjector')}
        </button>
      </div>
    </header>
  );
}
