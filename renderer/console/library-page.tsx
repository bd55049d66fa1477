import { lazy, Suspense, useRef, useState } from 'react';
import type { Confirm } from './confirm-dialog.js';
import { EditorUnsavedNew } from './editor-unsaved-new.js';
import { LibraryFileErrors } from './library-file-errors.js';
import { LibraryTemplateCard } from './library-template-card.js';
import { TemplatePreview } from './template-preview.js';
import type { ConsoleApi } from './use-console.js';
import { useLibrary } from './use-library.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './library-page.css';

// The editor brings the template schema (zod): loaded only when a workshop is opened for editing.
const WorkshopEditor = lazy(() => import('./workshop-editor.js'));

interface Props {
  api: ConsoleApi;
  token: string;
  confirm: Confirm;
  onUse(templateId: string): void;
}

/** The workshop library: shipped and own workshops, broken files listed rather than hidden. */
export function LibraryPage({ api, token, confirm, onUse }: Props) {
  const library = useLibrary(api, confirm);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [editingId, setEditingId] = useState<string | null>(null);

  if (editingId) {
    return (
      <Suspense fallback={<p className="page muted">{t('library.openingEditor')}</p>}>
        <WorkshopEditor
          api={api}
          token={token}
          templateId={editingId}
          confirm={confirm}
          onClose={() => {
            setEditingId(null);
            void library.refresh();
          }}
        />
      </Suspense>
    );
  }

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

  const importFile = async (file: File) => {
    await library.importFile(file);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className="page" aria-labelledby="library-title">
      <header className="page-head">
        <div>
          <h1 id="library-title">{t('library.title')}</h1>
          <p className="lead">{t('library.lead')}</p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void library.create().then((id) => id && setEditingId(id))}
          >
            {t('library.new')}
          </button>
          <label className="btn">
            {t('library.import')}
            <input
              ref={fileInput}
              type="file"
              accept=".yaml,.yml,.json,.circlework,text/yaml,application/json"
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
      {library.message && (
        <p className="flash" role="status">
          {library.message}
        </p>
      )}
      <EditorUnsavedNew api={api} onEdit={setEditingId} />
      {library.templates === null ? (
        <p className="muted">{t('library.loading')}</p>
      ) : (
        <ul className="template-grid">
          {library.templates.map((template) => (
            <LibraryTemplateCard
              key={template.id}
              template={template}
              onUse={() => onUse(template.id)}
              onPreview={() => setPreviewId(template.id)}
              onDuplicate={() => void library.duplicate(template)}
              onEdit={() =>
                template.source === 'own'
                  ? setEditingId(template.id)
                  : void library.duplicate(template).then((id) => id && setEditingId(id))
              }
              onExport={() => void library.exportFile(template)}
              onExportBundle={() => void library.exportBundle(template)}
              onDelete={() => void library.remove(template)}
            />
          ))}
        </ul>
      )}
      {library.errors.length > 0 && <LibraryFileErrors errors={library.errors} />}
    </section>
  );
}
