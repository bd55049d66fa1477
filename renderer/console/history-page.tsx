import { replyErrorText } from '../console-and-projector/reply-error-text.js';
import { useCallback, useEffect, useState } from 'react';
import type { ExportPreviewItem } from '../../shared/privacy/export-preview.js';
import type { SessionSummary } from '../../shared/protocol/views.js';
import type { Confirm } from './confirm-dialog.js';
import { HistoryRow, sessionTitle } from './history-row.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './history-page.css';

interface Props {
  api: ConsoleApi;
  token: string;
  confirm: Confirm;
  onResumed(): void;
}

/** Past sessions on this laptop, each deletable for real. */
export function HistoryPage({ api, token, confirm, onResumed }: Props) {
  const { call, connection } = api;
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [resumable, setResumable] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  /** The one session whose export preview is open, as the host worked it out. */
  const [preview, setPreview] = useState<{ sessionId: string; items: ExportPreviewItem[] } | null>(
    null,
  );

  const refresh = useCallback(
    () =>
      call('history:list', {}).then((reply) => {
        if (reply.ok) {
          setSessions(reply.sessions);
          setResumable(new Set(reply.resumable.map((s) => s.sessionId)));
        }
      }),
    [call],
  );

  useEffect(() => {
    if (connection === 'online') void refresh();
  }, [connection, refresh]);

  const remove = async (s: SessionSummary) => {
    const ok = await confirm({
      title: t('history.deleteTitle', { title: sessionTitle(s), month: s.month }),
      body: <p>{t('history.deleteBody')}</p>,
      confirmLabel: t('history.deleteConfirm'),
      danger: true,
    });
    if (!ok) return;
    const reply = await call('history:delete', { sessionId: s.sessionId });
    if (reply.ok) {
      // Gone from the list in the same moment the message says so, before the refresh returns.
      setSessions((shown) => shown?.filter((other) => other.sessionId !== s.sessionId) ?? null);
      setMessage(t('history.deleted', { title: sessionTitle(s), month: s.month }));
      await refresh();
    }
  };

  const togglePreview = async (s: SessionSummary) => {
    if (preview?.sessionId === s.sessionId) {
      setPreview(null);
      return;
    }
    const reply = await call('history:preview', { sessionId: s.sessionId });
    if (reply.ok) setPreview({ sessionId: s.sessionId, items: reply.items });
    else setMessage(replyErrorText(reply.error));
  };

  const resume = async (s: SessionSummary) => {
    const reply = await call('session:resume', { sessionId: s.sessionId });
    if (reply.ok) onResumed();
  };

  return (
    <section className="page" aria-labelledby="history-title">
      <header className="page-head">
        <div>
          <h1 id="history-title">{t('top.history')}</h1>
          <p className="lead">{t('history.lead')}</p>
        </div>
      </header>
      {message && (
        <p className="flash" role="status">
          {message}
        </p>
      )}
      {sessions === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : sessions.length === 0 ? (
        <p className="card muted">{t('history.empty')}</p>
      ) : (
        <table className="card history-table">
          <thead>
            <tr>
              <th scope="col">{t('setup.workshop')}</th>
              <th scope="col">{t('history.month')}</th>
              <th scope="col">{t('history.people')}</th>
              <th scope="col">{t('history.status')}</th>
              <th scope="col">{t('history.deletedIn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('history.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <HistoryRow
                key={s.sessionId}
                session={s}
                token={token}
                resumable={resumable.has(s.sessionId)}
                preview={preview?.sessionId === s.sessionId ? preview.items : null}
                onResume={() => void resume(s)}
                onTogglePreview={() => void togglePreview(s)}
                onDelete={() => void remove(s)}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
