import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../shared/protocol/views.js';
import type { ConsoleApi } from './use-console.js';

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
    <section className="resume-offer" role="region" aria-label="Unfinished session">
      <p>
        <strong>“{offer.title}” was interrupted</strong> ({offer.month}, {offer.participants}{' '}
        {offer.participants === 1 ? 'participant' : 'participants'}). Resume it where it stopped?
        Phones reconnect by themselves.
      </p>
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={() => void resume()}>
          Resume session
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setDismissed(true)}>
          Not now
        </button>
      </div>
    </section>
  );
}
