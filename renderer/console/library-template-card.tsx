import type { TemplateSummary } from '../../shared/protocol/views.js';
import { LibraryTranslationsNote } from './library-translations-note.js';
import { t } from '../console-and-projector/i18n/translate.js';

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
export function LibraryTemplateCard({ template: w, ...on }: Props) {
  return (
    <li className="card template-card" data-testid={`template-${w.id}`}>
      <div className="template-meta">
        <span className={`badge ${w.source === 'own' ? 'badge-own' : ''}`}>
          {w.source === 'own' ? t('library.own') : t('library.shipped')}
        </span>
        <span>{t('common.minutes', { minutes: w.minutes })}</span>
        <span>{t('common.steps', { count: w.stepCount })}</span>
      </div>
      <h2 className="template-title">{w.title}</h2>
      <p className="template-summary">{w.summary}</p>
      <LibraryTranslationsNote template={w} />
      <div className="card-actions">
        <button type="button" className="btn btn-primary" onClick={on.onUse}>
          {t('library.use')}
        </button>
        <button type="button" className="btn" onClick={on.onPreview}>
          {t('library.preview')}
        </button>
        <button type="button" className="btn" onClick={on.onEdit}>
          {w.source === 'own' ? t('library.edit') : t('library.duplicateToEdit')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={on.onExport}>
          {t('library.export')}
        </button>
        {w.source === 'own' && (
          // Shipped workshops come with every copy of the app: only own ones are worth sharing.
          <>
            <button type="button" className="btn btn-quiet" onClick={on.onDuplicate}>
              {t('library.duplicate')}
            </button>
            <button type="button" className="btn btn-quiet" onClick={on.onExportBundle}>
              {t('library.share')}
            </button>
            <button type="button" className="btn btn-quiet btn-danger-text" onClick={on.onDelete}>
              {t('library.delete')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
