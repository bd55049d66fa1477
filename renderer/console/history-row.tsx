import type { ExportPreviewItem } from '../../shared/privacy/export-preview.js';
import type { SessionSummary } from '../../shared/protocol/views.js';
import { ExportButton } from './export-button.js';
import { ExportPreview } from './export-preview.js';
import { t } from '../console-and-projector/i18n/translate.js';
import { hostWarningText } from './host-warning-text.js';

function statusLabel(status: SessionSummary['status']): string {
  return t('history.statusLabel', { status });
}

/** A session whose file could not be read at all: nothing in it to preview or export. */
function isUnreadable(s: SessionSummary): boolean {
  return s.warning?.code === 'sessionFileUnusable' || s.warning?.code === 'sessionNotOpened';
}

/** The workshop's title, or what to call a session whose file could not be read at all. */
export function sessionTitle(s: SessionSummary): string {
  return isUnreadable(s) ? t('history.unreadable') : s.title;
}

interface Props {
  session: SessionSummary;
  token: string;
  resumable: boolean;
  /** What this session's export shows, while its preview is open. */
  preview: ExportPreviewItem[] | null;
  onResume(): void;
  onTogglePreview(): void;
  onDelete(): void;
}

/** One past session in the history table, and its export preview below it when open. */
export function HistoryRow({ session: s, token, resumable, preview, ...on }: Props) {
  return (
    <>
      <tr data-testid={`history-${s.sessionId}`}>
        <td>
          {sessionTitle(s)}
          {s.warning && <p className="history-warning">{hostWarningText(s.warning)}</p>}
        </td>
        <td className="history-month">{s.month}</td>
        <td>{s.participants}</td>
        <td>{statusLabel(s.status)}</td>
        <td>{t('history.days', { count: s.expiresInDays })}</td>
        <td>
          {/* A flex box inside the cell: a flex cell would leave the table's row layout. */}
          <div className="row-actions">
            {resumable && (
              <button type="button" className="btn btn-primary btn-small" onClick={on.onResume}>
                {t('history.resume')}
              </button>
            )}
            {s.status === 'ended' && !isUnreadable(s) && (
              <>
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-expanded={preview !== null}
                  onClick={on.onTogglePreview}
                >
                  {t('history.whatItShows')}
                </button>
                <ExportButton
                  token={token}
                  route={{ document: 'results', id: s.sessionId, format: 'pdf' }}
                  fileName={`results-${s.month}.pdf`}
                  label={t('export.resultsPdf')}
                />
                <ExportButton
                  token={token}
                  route={{ document: 'results', id: s.sessionId, format: 'csv' }}
                  fileName={`results-${s.month}.csv`}
                  label={t('export.csv')}
                  download
                />
              </>
            )}
            <button
              type="button"
              className="btn btn-quiet btn-small btn-danger-text"
              onClick={on.onDelete}
            >
              {t('history.delete')}
            </button>
          </div>
        </td>
      </tr>
      {preview && (
        <tr className="history-preview" data-testid={`history-preview-${s.sessionId}`}>
          <td colSpan={6}>
            {preview.length > 0 ? (
              <ExportPreview items={preview} />
            ) : (
              <p className="muted">{t('history.noExercises')}</p>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
