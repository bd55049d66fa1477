import type { ConsoleView } from '../../shared/protocol/views.js';
import { ExportButton } from './ExportButton.js';
import { ExportPreview } from './ExportPreview.js';
import type { ConsoleApi } from './use-console.js';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  token: string;
  onClosed(): void;
}

/** After the session: the anonymized exports, then back to the library. */
export function EndPage({ api, view, token, onClosed }: Props) {
  const close = async () => {
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
              path={`/api/exports/results/${view.sessionId}.pdf`}
              fileName={`${view.template.id}-results.pdf`}
              label="Save results PDF"
              primary
            />
            <ExportButton
              token={token}
              path={`/api/exports/results/${view.sessionId}.csv`}
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
            <ExportButton
              token={token}
              path={`/api/exports/handout/${view.template.id}.pdf`}
              fileName={`${view.template.id}-handout.pdf`}
              label="Handout PDF"
              print
            />
            <ExportButton
              token={token}
              path={`/api/exports/guide/${view.template.id}.pdf`}
              fileName={`${view.template.id}-facilitator-guide.pdf`}
              label="Facilitator guide PDF"
            />
          </div>
        </section>
        <section className="card">
          <h2>What happens to the data</h2>
          <p className="muted">
            The session is kept encrypted on this laptop for {view.settings.retentionDays} days,
            then deleted. You can delete it sooner in History.
          </p>
          <button type="button" className="btn" onClick={() => void close()}>
            Done — back to the library
          </button>
        </section>
      </div>
    </section>
  );
}
