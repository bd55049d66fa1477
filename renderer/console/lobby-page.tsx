import type { ConsoleView } from '../../shared/protocol/views.js';
import { QrCode } from '../console-and-projector/qr-code.js';
import type { Confirm } from './confirm-dialog.js';
import { NetworkPanel } from './network-panel.js';
import { PeoplePanel } from './people-panel.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './lobby-page.css';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  confirm: Confirm;
}

/** The open room before the workshop starts: how to join, who is in, and the start button. */
export function LobbyPage({ api, view, confirm }: Props) {
  const joinAddress = view.joinUrl.replace(/^https?:\/\//, '').replace(/\/?\?code=.*$/, '');
  return (
    <section className="page" aria-labelledby="lobby-title">
      <header className="page-head">
        <div>
          <h1 id="lobby-title">{view.template.title}</h1>
          <p className="lead">{t('lobby.lead')}</p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="btn btn-primary btn-large"
            onClick={() => void api.act({ type: 'start' })}
          >
            {t('lobby.start')}
          </button>
        </div>
      </header>
      <div className="lobby-layout">
        <section className="card join-card" aria-label={t('lobby.howToJoin')}>
          <QrCode value={view.joinUrl} label={t('lobby.qr')} className="qr-lobby" />
          <div className="join-text">
            <p className="label">{t('lobby.roomCode')}</p>
            <p className="room-code" data-testid="room-code">
              {view.roomCode}
            </p>
            <p className="label">{t('lobby.onAPhone')}</p>
            <p className="join-address">{joinAddress}</p>
            <p className="muted">{t('lobby.sameWifi')}</p>
          </div>
        </section>
        <div className="lobby-side">
          <PeoplePanel api={api} view={view} confirm={confirm} />
          <NetworkPanel api={api} compact />
        </div>
      </div>
    </section>
  );
}
