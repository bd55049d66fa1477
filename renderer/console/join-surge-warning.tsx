import type { ConsoleView, JoinSurgeView } from '../../shared/protocol/views.js';
import type { Confirm } from './confirm-dialog.js';
import type { ConsoleApi } from './use-console.js';
import './join-surge-warning.css';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  confirm: Confirm;
}

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const seconds = (n: number) => `${n} ${n === 1 ? 'second' : 'seconds'}`;

function headline(surge: JoinSurgeView): string {
  const still = surge.stillIn < surge.joined ? ` (${surge.stillIn} still here)` : '';
  return `${people(surge.joined)} joined within ${seconds(surge.withinSeconds)}${still}`;
}

/**
 * Many seats taken at once usually means a script, not a room of people scanning a code. Says so
 * plainly and offers the two removals; which people they take is decided by the host.
 */
export function JoinSurgeWarning({ api, view, confirm }: Props) {
  const surge = view.joinSurge;
  if (!surge) return null;
  const rejoin = view.locked
    ? 'can join again with the room code once you unlock the room'
    : 'can join again with the room code';
  // Only when someone has answered: otherwise it would empty the room.
  const canRemoveSilent = view.unanswered > 0 && view.unanswered < view.joined;

  const removeBurst = async () => {
    const ok = await confirm({
      title: `Remove the ${people(surge.stillIn)} who joined in that burst?`,
      body: (
        <>
          <p>
            Their phones leave the session and cannot come back on the same link. Anyone real among
            them {rejoin}.
          </p>
          <p>Answers they already gave stay in the anonymous results.</p>
        </>
      ),
      confirmLabel: `Remove ${people(surge.stillIn)}`,
      danger: true,
    });
    if (ok) await api.act({ type: 'removeSurge', surgeId: surge.id });
  };

  const removeSilent = async () => {
    const ok = await confirm({
      title: `Remove the ${people(view.unanswered)} who have not answered anything?`,
      body: (
        <>
          <p>
            Everyone who has answered or passed at least one question stays. Someone real who has
            not answered yet is removed too, and {rejoin}.
          </p>
          {view.settings.namesEnabled && (
            <p>The names left in the list afterwards are people who had answered.</p>
          )}
        </>
      ),
      confirmLabel: `Remove ${people(view.unanswered)}`,
      danger: true,
    });
    if (ok) await api.act({ type: 'removeUnanswered', surgeId: surge.id });
  };

  return (
    <section className="surge-warning" role="alert" aria-labelledby="surge-title">
      <h3 id="surge-title">{headline(surge)}</h3>
      <p>
        If these are not people in the room, remove them. People scanning a code arrive seconds
        apart; this many at once is usually a script taking seats.
      </p>
      <div className="surge-actions">
        <button type="button" className="btn btn-danger" onClick={() => void removeBurst()}>
          Remove everyone who joined in that burst
        </button>
        {canRemoveSilent && (
          <button
            type="button"
            className="btn btn-danger-outline"
            onClick={() => void removeSilent()}
          >
            Remove everyone who has not answered anything
          </button>
        )}
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => void api.act({ type: 'dismissSurge', surgeId: surge.id })}
        >
          They are here — dismiss
        </button>
      </div>
    </section>
  );
}
