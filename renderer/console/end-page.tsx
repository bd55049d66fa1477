import { useState } from 'react';
import type { ConsoleView } from '../../shared/protocol/views.js';
import { ExportButton } from './export-button.js';
import { languagesOf } from '../../shared/template/workshop-languages.js';
import { HandoutButtons } from './handout-buttons.js';
import { ExportPreview } from './export-preview.js';
import type { ConsoleApi } from './use-console.js';
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
          <h1 id="end-title">The session has ended</h1>
          <p className="lead">
            {view.template.title} · {view.joined}{' '}
            {view.joined === 1 ? 'participant' : 'participants'}. Phones now offer each person their
            own private takeaway.
          </p>
        </div>
      </header>
      <div className="end-grid">
        <section className="card">
          <h2>Results report</h2>
          <p className="muted">
            Anonymized aggregates only: no names, no individual answers. Exercises with fewer than{' '}
            {view.settings.kExport} answers are left out.
          </p>
          <ExportPreview items={view.exportPreview ?? []} />
          <div className="button-row">
            <ExportButton
              token={token}
              route={{ document: 'results', id: view.sessionId, format: 'pdf' }}
              fileName={`${view.template.id}-results.pdf`}
              label="Save results PDF"
              primary
            />
            <ExportButton
              token={token}
              route={{ document: 'results', id: view.sessionId, format: 'csv' }}
              fileName={`${view.template.id}-results.csv`}
              label="Save results CSV"
              download
            />
          </div>
        </section>
        <section className="card">
          <h2>Handout and guide</h2>
          <p className="muted">The workshop handout to share, and your facilitator guide.</p>
          <div className="button-row">
            <HandoutButtons
              token={token}
              templateId={view.template.id}
              languages={languagesOf(view.template)}
            />
          </div>
        </section>
        <section className="card">
          <h2>What happens to the data</h2>
          <p className="muted">
            The session is kept encrypted on this laptop for {view.settings.retentionDays} days,
            then deleted. You can delete it sooner in History.
          </p>
          <p className="takeaway-count" aria-live="polite">
            <strong>
              {fetched} of {view.joined}
            </strong>{' '}
            {view.joined === 1 ? 'phone has' : 'phones have'} downloaded their takeaway. After
            “Done”, phones can still download theirs for {keepHours}{' '}
            {keepHours === 1 ? 'hour' : 'hours'} (unless you delete the session).
          </p>
          {confirming && missing > 0 ? (
            <p className="end-warning" role="alert">
              {missing} {missing === 1 ? 'person has' : 'people have'} not downloaded their takeaway
              yet. They can still do so for {keepHours} {keepHours === 1 ? 'hour' : 'hours'} if this
              laptop stays on and connected. Click again to go back to the library.
            </p>
          ) : null}
          <button type="button" className="btn" onClick={() => void close()}>
            {confirming && missing > 0
              ? 'Done anyway — back to the library'
              : 'Done — back to the library'}
          </button>
        </section>
      </div>
    </section>
  );
}
