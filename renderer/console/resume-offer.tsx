import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../shared/protocol/views.js';
import { roomLocale, t } from '../console-and-projector/i18n/translate.js';
import type { ConsoleApi } from './use-console.js';
import './resume-offer.css';

/** After a restart, an unfinished session is offered for resuming where it was. */
export function ResumeOffer({ api, onResumed }: { api: ConsoleApi; onResumed(): void }) {
  const { call, connection, view } = api;
  const [offer, setOffer] = useState<SessionSummary | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (connection !== 'online') return;
    void call('history:list', {}).then((reply) => {
      if (reply.ok) setOffer(reply.resumable[0] ?? null);
    });
  }, [call, connection]);

  if (!offer || dismissed || view) return null;
  const resume = async () => {
    const reply = await call('session:resume', { sessionId: offer.sessionId });
    if (reply.ok) onResumed();
  };
  return (
    <section className="resume-offer" role="region" aria-label={t('resume.label')}>
      <div>
        <h2>{t('resume.title', { title: offer.title })}</h2>
        <p>{t('resume.body', { month: monthName(offer.month), count: offer.participants })}</p>
      </div>
      <div className="button-row resume-offer-actions">
        <button type="button" className="btn btn-primary" onClick={() => void resume()}>
          {t('resume.resume')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setDismissed(true)}>
          {t('resume.notNow')}
        </button>
      </div>
    </section>
  );
}

/** "2026-11" → "November 2026"; anything else is shown as it came. */
function monthName(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, 1);
  return date.toLocaleDateString(roomLocale(), { month: 'long', year: 'numeric' });
}
