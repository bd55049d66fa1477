import type { TemplateFileError } from '../../shared/protocol/views.js';
import { t } from '../console-and-projector/i18n/translate.js';

/** Workshop files that could not be loaded, listed rather than hidden. */
export function LibraryFileErrors({ errors }: { errors: TemplateFileError[] }) {
  return (
    <section className="card file-errors" aria-labelledby="file-errors-title">
      <h2 id="file-errors-title">{t('library.errorsTitle')}</h2>
      <p className="muted">{t('library.errorsBody')}</p>
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
  );
}
