import type { ModerationItem } from '../../shared/protocol/views.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './moderation-queue.css';

interface Props {
  api: ConsoleApi;
  stepId: string;
  items: ModerationItem[];
}

/** Shared answers waiting for the counselor: text only, never a name, approve or hide. */
export function ModerationQueue({ api, stepId, items }: Props) {
  const waiting = items.filter((i) => !i.decision).length;
  const decide = (ref: string, decision: 'approved' | 'hidden') =>
    void api.act({ type: 'moderate', stepId, ref, decision });
  return (
    <section className="card moderation" aria-labelledby="moderation-title">
      <h2 id="moderation-title">
        {t('moderation.title')}{' '}
        <span className="muted small">{t('moderation.waiting', { count: waiting })}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('moderation.empty')}</p>
      ) : (
        <ul className="moderation-list">
          {items.map((item) => (
            <li key={item.ref} className={`moderation-item ${item.decision ?? 'waiting'}`}>
              <p className="moderation-text">{item.text}</p>
              <div className="moderation-actions">
                {item.decision && (
                  <span className="muted small">
                    {item.decision === 'approved'
                      ? t('moderation.approved')
                      : t('moderation.hidden')}
                  </span>
                )}
                {item.decision !== 'approved' && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => decide(item.ref, 'approved')}
                  >
                    {t('moderation.approve')}
                  </button>
                )}
                {item.decision !== 'hidden' && (
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    onClick={() => decide(item.ref, 'hidden')}
                  >
                    {t('moderation.hide')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
