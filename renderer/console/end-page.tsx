import { useState } from 'react';
import type { ConsoleView } from '../../shared/protocol/views.js';
import { ExportButton } from './export-button.js';
import { languagesOf } from '../../shared/template/workshop-languages.js';
import { HandoutButtons } from './handout-buttons.js';
import { ExportPreview } from './export-preview.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './end-page.css';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  token: string;
  onClosed(): void;
}

/** After the session: the anonymized exports, then back to the library. */
export function EndPage({ api, view, token, onClosed }: Props) {
  const [confirming, setConfirming] = useState(false);
  const fetched = view.takeaways?.fetched ?? 0;
  const keepHours = view.takeaways?.keepHours ?? 0;
  const missing = Math.max(0, view.joined - fetched);
  const close = async () => {
    // Warn once while some phones have not fetched their takeaway yet.
    if (missing > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    const reply = await api.call('session:close', {});
    if (reply.ok) onClosed();
  };
  return (
    <section className="page end-page" aria-labelledby="end-title">
      <header className="page-head">
        <div>
          <h1 id="end-title">{t('end.title')}</h1>
          <p className="lead">
            {t('end.lead', { title: view.template.title, count: view.joined })}
          </p>
        </div>
      </header>
      <div className="end-grid">
        <section className="card">
          <h2>{t('end.report')}</h2>
          <p className="muted">{t('end.reportNote', { k: view.settings.kExport })}</p>
          <ExportPreview items={view.exportPreview ?? []} />
          <div className="button-row">
            <ExportButton
              token={token}
              route={{ document: 'results', id: view.sessionId, format: 'pdf' }}
              fileName={`${view.template.id}-results.pdf`}
              label={t('end.savePdf')}
              primary
            />
            <ExportButton
              token={token}
              route={{ document: 'results', id: view.sessionId, format: 'csv' }}
              fileName={`${view.template.id}-results.csv`}
              label={t('end.saveCsv')}
              download
            />
          </div>
        </section>
        <section className="card">
          <h2>{t('end.handout')}</h2>
          <p className="muted">{t('end.handoutNote')}</p>
          <div className="button-row">
            <HandoutButtons
              token={token}
              templateId={view.template.id}
              languages={languagesOf(view.template)}
            />
          </div>
        </section>
        <section className="card">
          <h2>{t('end.data')}</h2>
          <p className="muted">{t('end.dataNote', { days: view.settings.retentionDays })}</p>
          <p className="takeaway-count" aria-live="polite">
            <strong>{t('end.fetchedOf', { fetched, count: view.joined })}</strong>{' '}
            {t('end.fetched', { count: view.joined, hours: keepHours })}
          </p>
          {confirming && missing > 0 ? (
            <p className="end-warning" role="alert">
              {t('end.missing', { count: missing, hours: keepHours })}
            </p>
          ) : null}
          <button type="button" className="btn" onClick={() => void close()}>
            {confirming && missing > 0 ? t('end.doneAnyway') : t('end.done')}
          </button>
        </section>
      </div>
    </section>
  );
}
