import type { ModerationItem } from '../../shared/protocol/views.js';
import type { ConsoleApi } from './use-console.js';
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
        Shared answers <span className="muted small">{waiting} waiting</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">
          Answers whose authors chose “OK to share anonymously” appear here. Only the ones you
          approve are shown, without names.
        </p>
      ) : (
        <ul className="moderation-list">
          {items.map((item) => (
            <li key={item.ref} className={`moderation-item ${item.decision ?? 'waiting'}`}>
              <p className="moderation-text">{item.text}</p>
              <div className="moderation-actions">
                {item.decision && (
                  <span className="muted small">
                    {item.decision === 'approved' ? 'Approved' : 'Hidden'}
                  </span>
                )}
                {item.decision !== 'approved' && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => decide(item.ref, 'approved')}
                  >
                    Approve
                  </button>
                )}
                {item.decision !== 'hidden' && (
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    onClick={() => decide(item.ref, 'hidden')}
                  >
                    Hide
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
