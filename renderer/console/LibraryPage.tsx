import { useCallback, useEffect, useRef, useState } from 'react';
import type { TemplateFileError, TemplateSummary } from '../../shared/protocol/views.js';
import { saveBlob } from '../room/desktop.js';
import type { Confirm } from './ConfirmDialog.js';
import { TemplatePreview } from './TemplatePreview.js';
import type { ConsoleApi } from './use-console.js';
import './library-page.css';

interface Props {
  api: ConsoleApi;
  token: string;
  confirm: Confirm;
  onUse(templateId: string): void;
}

/** The workshop library: shipped and own workshops, broken files listed rather than hidden. */
export function LibraryPage({ api, token, confirm, onUse }: Props) {
  const { call, connection } = api;
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [errors, setErrors] = useState<TemplateFileError[]>([]);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(
    () =>
      call('library:list', {}).then((reply) => {
        if (reply.ok) {
          setTemplates(reply.templates);
          setErrors(reply.errors);
        }
      }),
    [call],
  );

  useEffect(() => {
    if (connection === 'online') void refresh();
  }, [connection, refresh]);

  const duplicate = async (t: TemplateSummary) => {
    const reply = await call('library:duplicate', { templateId: t.id });
    if (reply.ok) {
      setMessage(`“${t.title}” was copied to your own workshops.`);
      await refresh();
    }
  };

  const exportFile = async (t: TemplateSummary) => {
    const reply = await call('library:export', { templateId: t.id });
    if (reply.ok) saveBlob(new Blob([reply.content], { type: 'text/yaml' }), reply.fileName);
  };

  const remove = async (t: TemplateSummary) => {
    const ok = await confirm({
      title: `Delete “${t.title}”?`,
      body: <p>The file is removed from your own workshops. Past sessions keep their copy.</p>,
      confirmLabel: 'Delete workshop',
      danger: true,
    });
    if (!ok) return;
    const reply = await call('library:delete', { templateId: t.id });
    if (reply.ok) {
      setMessage(`“${t.title}” was deleted.`);
      if (previewId === t.id) setPreviewId(null);
      await refresh();
    }
  };

  const importFile = async (file: File) => {
    const content = await file.text();
    const reply = await call('library:import', { fileName: file.name, content });
    if (reply.ok) {
      setMessage(`“${file.name}” was added to your own workshops.`);
      await refresh();
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  if (previewId) {
    return (
      <TemplatePreview
        api={api}
        token={token}
        templateId={previewId}
        onBack={() => setPreviewId(null)}
        onUse={onUse}
      />
    );
  }

  return (
    <section className="page" aria-labelledby="library-title">
      <header className="page-head">
        <div>
          <h1 id="library-title">Workshop library</h1>
          <p className="lead">Preview a workshop, print its handout, or start a session with it.</p>
        </div>
        <div className="page-actions">
          <label className="btn">
            Import a workshop file…
            <input
              ref={fileInput}
              type="file"
              accept=".yaml,.yml,.json,text/yaml,application/json"
              className="visually-hidden"
              data-testid="import-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void importFile(file);
              }}
            />
          </label>
        </div>
      </header>
      {message && (
        <p className="flash" role="status">
          {message}
        </p>
      )}
      {templates === null ? (
        <p className="muted">Loading the library…</p>
      ) : (
        <ul className="template-grid">
          {templates.map((t) => (
            <li key={t.id} className="card template-card" data-testid={`template-${t.id}`}>
              <div className="template-meta">
                <span className={`badge ${t.source === 'own' ? 'badge-own' : ''}`}>
                  {t.source === 'own' ? 'Your own' : 'Shipped'}
                </span>
                <span>{t.minutes} min</span>
                <span>{t.stepCount} steps</span>
              </div>
              <h2 className="template-title">{t.title}</h2>
              <p className="template-summary">{t.summary}</p>
              <div className="card-actions">
                <button type="button" className="btn btn-primary" onClick={() => onUse(t.id)}>
                  Use for a session
                </button>
                <button type="button" className="btn" onClick={() => setPreviewId(t.id)}>
                  Preview
                </button>
                <button type="button" className="btn btn-quiet" onClick={() => void duplicate(t)}>
                  Duplicate
                </button>
                <button type="button" className="btn btn-quiet" onClick={() => void exportFile(t)}>
                  Export
                </button>
                {t.source === 'own' && (
                  <button
                    type="button"
                    className="btn btn-quiet btn-danger-text"
                    onClick={() => void remove(t)}
                  >
                    Delete
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {errors.length > 0 && (
        <section className="card file-errors" aria-labelledby="file-errors-title">
          <h2 id="file-errors-title">Files that could not be loaded</h2>
          <p className="muted">
            These workshop files have mistakes. The rest of the library works; fix the file and
            reopen the library.
          </p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                <code>
                  {e.fileName}
                  {e.line !== null ? `:${e.line}` : ''}
                </code>{' '}
                {e.field && <strong>{e.field}</strong>} — {e.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
