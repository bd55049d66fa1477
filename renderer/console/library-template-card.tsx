import type { TemplateSummary } from '../../shared/protocol/views.js';
import { LibraryTranslationsNote } from './library-translations-note.js';

interface Props {
  template: TemplateSummary;
  onUse(): void;
  onPreview(): void;
  onDuplicate(): void;
  /** Own workshops open in the editor; a shipped one is duplicated first. */
  onEdit(): void;
  onExport(): void;
  /** One .circlework file with the pictures, to hand to a colleague. */
  onExportBundle(): void;
  onDelete(): void;
}

/** One workshop in the library, with what can be done with it. */
export function LibraryTemplateCard({ template: t, ...on }: Props) {
  return (
    <li className="card template-card" data-testid={`template-${t.id}`}>
      <div className="template-meta">
        <span className={`badge ${t.source === 'own' ? 'badge-own' : ''}`}>
          {t.source === 'own' ? 'Your own' : 'Shipped'}
        </span>
        <span>{t.minutes} min</span>
        <span>{t.stepCount} steps</span>
      </div>
      <h2 className="template-title">{t.title}</h2>
      <p className="template-summary">{t.summary}</p>
      <LibraryTranslationsNote template={t} />
      <div className="card-actions">
        <button type="button" className="btn btn-primary" onClick={on.onUse}>
          Use for a session
        </button>
        <button type="button" className="btn" onClick={on.onPreview}>
          Preview
        </button>
        <button type="button" className="btn" onClick={on.onEdit}>
          {t.source === 'own' ? 'Edit' : 'Duplicate to edit'}
        </button>
        <button type="button" className="btn btn-quiet" onClick={on.onExport}>
          Export
        </button>
        {t.source === 'own' && (
          // Shipped workshops come with every copy of the app: only own ones are worth sharing.
          <>
            <button type="button" className="btn btn-quiet" onClick={on.onDuplicate}>
              Duplicate
            </button>
            <button type="button" className="btn btn-quiet" onClick={on.onExportBundle}>
              Share…
            </button>
            <button type="button" className="btn btn-quiet btn-danger-text" onClick={on.onDelete}>
              Delete
            </button>
          </>
        )}
      </div>
    </li>
  );
}
