import type { ConsoleView, LobbyPerson } from '../../shared/protocol/views.js';
import type { Confirm } from './confirm-dialog.js';
import { JoinSurgeWarning } from './join-surge-warning.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './people-panel.css';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  confirm: Confirm;
  /** False where the page shows the join-surge warning elsewhere (the run page's side column). */
  surgeWarning?: boolean;
}

/** Who is in the room: a count always, nicknames only when names are on. Never tied to answers. */
export function PeoplePanel({ api, view, confirm, surgeWarning = true }: Props) {
  const remove = async (person: LobbyPerson) => {
    const ok = await confirm({
      title: person.nickname
        ? t('people.removeTitle', { name: person.nickname })
        : t('people.removeTitleNoName'),
      body: <p>{t('people.removeBody')}</p>,
      confirmLabel: t('people.remove'),
      danger: true,
    });
    if (ok) await api.act({ type: 'remove', participantId: person.id });
  };
  const toggleLock = () => api.act({ type: 'lock', locked: !view.locked });

  return (
    <section className="card people" aria-labelledby="people-title">
      <div className="people-head">
        <h2 id="people-title">
          <span className="big-number" data-testid="joined-count">
            {view.joined}
          </span>{' '}
          {t('people.joined', { count: view.joined })}
        </h2>
        <button
          type="button"
          className={`btn ${view.locked ? 'btn-warn' : ''}`}
          aria-pressed={view.locked}
          onClick={() => void toggleLock()}
        >
          {view.locked ? t('people.unlock') : t('people.lock')}
        </button>
      </div>
      {surgeWarning && <JoinSurgeWarning api={api} view={view} confirm={confirm} />}
      <RoomCapLine joined={view.joined} cap={view.settings.roomCap} />
      <p className="muted">{view.locked ? t('people.lockedNote') : t('people.openNote')}</p>
      {view.settings.namesEnabled ? (
        view.people.length > 0 ? (
          <ul className="people-list">
            {view.people.map((p) => (
              <li key={p.id} className="person">
                <span>{p.nickname ?? t('people.noName')}</span>
                <button
                  type="button"
                  className="btn btn-quiet btn-small btn-danger-text"
                  onClick={() => void remove(p)}
                  aria-label={
                    p.nickname
                      ? t('people.removeName', { name: p.nickname })
                      : t('people.removeNoName')
                  }
                >
                  {t('people.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('people.namesAppear')}</p>
        )
      ) : (
        <p className="muted">{t('people.namesOff')}</p>
      )}
    </section>
  );
}

/** The seat limit chosen in setup, and plainly when it is reached. */
function RoomCapLine({ joined, cap }: { joined: number; cap: number | undefined }) {
  if (cap === undefined) return null;
  return joined >= cap ? (
    <p className="field-hint" role="status" data-testid="room-cap">
      {t('people.full', { seats: cap })}
    </p>
  ) : (
    <p className="muted" data-testid="room-cap">
      {t('people.seats', { seats: cap })}
    </p>
  );
}
