import type { ConsoleView, JoinSurgeView } from '../../shared/protocol/views.js';
import type { Confirm } from './confirm-dialog.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './join-surge-warning.css';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  confirm: Confirm;
}

function headline(surge: JoinSurgeView): string {
  const values = { count: surge.joined, seconds: surge.withinSeconds, still: surge.stillIn };
  return surge.stillIn < surge.joined
    ? t('surge.headlineStill', values)
    : t('surge.headline', values);
}

/**
 * Many seats taken at once usually means a script, not a room of people scanning a code. Says so
 * plainly and offers the two removals; which people they take is decided by the host.
 */
export function JoinSurgeWarning({ api, view, confirm }: Props) {
  const surge = view.joinSurge;
  if (!surge) return null;
  const locked = view.locked ? 'yes' : 'no';
  // Only when someone has answered: otherwise it would empty the room.
  const canRemoveSilent = view.unanswered > 0 && view.unanswered < view.joined;

  const removeBurst = async () => {
    const ok = await confirm({
      title: t('surge.burstTitle', { count: surge.stillIn }),
      body: (
        <>
          <p>{t('surge.burstBody', { locked })}</p>
          <p>{t('surge.answersStay')}</p>
        </>
      ),
      confirmLabel: t('surge.removeCount', { count: surge.stillIn }),
      danger: true,
    });
    if (ok) await api.act({ type: 'removeSurge', surgeId: surge.id });
  };

  const removeSilent = async () => {
    const ok = await confirm({
      title: t('surge.silentTitle', { count: view.unanswered }),
      body: (
        <>
          <p>{t('surge.silentBody', { locked })}</p>
          {view.settings.namesEnabled && <p>{t('surge.namesLeft')}</p>}
        </>
      ),
      confirmLabel: t('surge.removeCount', { count: view.unanswered }),
      danger: true,
    });
    if (ok) await api.act({ type: 'removeUnanswered', surgeId: surge.id });
  };

  return (
    <section className="surge-warning" role="alert" aria-labelledby="surge-title">
      <h3 id="surge-title">{headline(surge)}</h3>
      <p>{t('surge.body')}</p>
      <div className="surge-actions">
        <button type="button" className="btn btn-danger" onClick={() => void removeBurst()}>
          {t('surge.removeBurst')}
        </button>
        {canRemoveSilent && (
          <button
            type="button"
            className="btn btn-danger-outline"
            onClick={() => void removeSilent()}
          >
            {t('surge.removeSilent')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => void api.act({ type: 'dismissSurge', surgeId: surge.id })}
        >
          {t('surge.dismiss')}
        </button>
      </div>
    </section>
  );
}
