import type { ConsoleView, LobbyPerson } from '../../shared/protocol/views.js';
import type { Confirm } from './ConfirmDialog.js';
import { JoinSurgeWarning } from './JoinSurgeWarning.js';
import type { ConsoleApi } from './use-console.js';

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
      title: `Remove ${person.nickname ?? 'this participant'}?`,
      body: (
        <p>
          Their phone leaves the session and cannot rejoin it. Answers they already gave stay in the
          anonymous results.
        </p>
      ),
      confirmLabel: 'Remove',
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
          {view.joined === 1 ? 'person has joined' : 'people have joined'}
        </h2>
        <button
          type="button"
          className={`btn ${view.locked ? 'btn-warn' : ''}`}
          aria-pressed={view.locked}
          onClick={() => void toggleLock()}
        >
          {view.locked ? '🔒 Room locked — unlock' : 'Lock the room'}
        </button>
      </div>
      {surgeWarning && <JoinSurgeWarning api={api} view={view} confirm={confirm} />}
      <RoomCapLine joined={view.joined} cap={view.settings.roomCap} />
      <p className="muted">
        {view.locked
          ? 'Nobody new can join. People already in can still reconnect.'
          : 'Anyone with the code can join. Lock the room once everyone is in.'}
      </p>
      {view.settings.namesEnabled ? (
        view.people.length > 0 ? (
          <ul className="people-list">
            {view.people.map((p) => (
              <li key={p.id} className="person">
                <span>{p.nickname ?? 'Without a name'}</span>
                <button
                  type="button"
                  className="btn btn-quiet btn-small btn-danger-text"
                  onClick={() => void remove(p)}
                  aria-label={`Remove ${p.nickname ?? 'participant without a name'}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Names appear here as people join.</p>
        )
      ) : (
        <p className="muted">Names are off for this session: you see how many, not who.</p>
      )}
    </section>
  );
}

/** The seat limit chosen in setup, and plainly when it is reached. */
function RoomCapLine({ joined, cap }: { joined: number; cap: number | undefined }) {
  if (cap === undefined) return null;
  const seats = cap.toLocaleString('en');
  return joined >= cap ? (
    <p className="field-hint" role="status" data-testid="room-cap">
      The room is full: all {seats} seats are taken. Phones that try to join now are told to ask
      you.
    </p>
  ) : (
    <p className="muted" data-testid="room-cap">
      Seats up to {seats} phones (set when the session was created).
    </p>
  );
}
