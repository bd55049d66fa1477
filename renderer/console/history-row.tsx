import type { ExportPreviewItem } from '../../shared/privacy/export-preview.js';
import type { SessionSummary } from '../../shared/protocol/views.js';
import { ExportButton } from './export-button.js';
import { ExportPreview } from './export-preview.js';

const statusLabel: Record<SessionSummary['status'], string> = {
  lobby: 'Interrupted in the lobby',
  running: 'Interrupted',
  ended: 'Ended',
};

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
        <td>{s.title}</td>
        <td>{s.month}</td>
        <td>{s.participants}</td>
        <td>{statusLabel[s.status]}</td>
        <td>
          {s.expiresInDays} {s.expiresInDays === 1 ? 'day' : 'days'}
        </td>
        <td className="row-actions">
          {resumable && (
            <button type="button" className="btn btn-primary btn-small" onClick={on.onResume}>
              Resume
            </button>
          )}
          {s.status === 'ended' && (
            <>
              <button
                type="button"
                className="btn btn-quiet btn-small"
                aria-expanded={preview !== null}
                onClick={on.onTogglePreview}
              >
                What it shows
              </button>
              <ExportButton
                token={token}
                route={{ document: 'results', id: s.sessionId, format: 'pdf' }}
                fileName={`results-${s.month}.pdf`}
                label="Results PDF"
              />
              <ExportButton
                token={token}
                route={{ document: 'results', id: s.sessionId, format: 'csv' }}
                fileName={`results-${s.month}.csv`}
                label="CSV"
                download
              />
            </>
          )}
          <button
            type="button"
            className="btn btn-quiet btn-small btn-danger-text"
            onClick={on.onDelete}
          >
            Delete…
          </button>
        </td>
      </tr>
      {preview && (
        <tr className="history-preview" data-testid={`history-preview-${s.sessionId}`}>
          <td colSpan={6}>
            {preview.length > 0 ? (
              <ExportPreview items={preview} />
            ) : (
              <p className="muted">This workshop has no exercises to export.</p>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
