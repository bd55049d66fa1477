import type { ConsoleView } from '../../shared/protocol/views.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './projector-controls.css';

/**
 * The big screen's own controls: blank it (every presentation tool has this), and step through
 * the pages of a screen too long for it. The projector counts the pages at its real size.
 */
export function ProjectorControls({ api, view }: { api: ConsoleApi; view: ConsoleView }) {
  const projector = view.projector ?? { blank: false, page: 0, pages: 1, screenKey: '' };
  const show = async (change: { blank?: boolean; page?: number }) => {
    const reply = await api.call('projector:show', change);
    return reply.ok;
  };
  return (
    <div className="projector-controls" role="group" aria-label={t('projector.controls')}>
      <button
        type="button"
        className={projector.blank ? 'btn btn-primary' : 'btn'}
        aria-pressed={projector.blank}
        onClick={() => void show({ blank: !projector.blank })}
      >
        {projector.blank ? t('projector.unblank') : t('projector.blank')}{' '}
        <kbd aria-hidden="true">B</kbd>
      </button>
      {projector.blank && (
        <span className="projector-state" data-testid="projector-state">
          {t('projector.isBlank')}
        </span>
      )}
      {projector.pages > 1 && (
        <span className="projector-pages">
          <button
            type="button"
            className="btn btn-small"
            disabled={projector.page === 0}
            onClick={() => void show({ page: projector.page - 1 })}
            aria-label={t('projector.previousPage')}
          >
            {t('projector.previousArrow')}
          </button>
          <span data-testid="projector-page-control" aria-live="polite">
            {t('projector.pageOf', { number: projector.page + 1, count: projector.pages })}
          </span>
          <button
            type="button"
            className="btn btn-small"
            disabled={projector.page >= projector.pages - 1}
            onClick={() => void show({ page: projector.page + 1 })}
            aria-label={t('projector.nextPage')}
          >
            {t('projector.nextArrow')}
          </button>
        </span>
      )}
    </div>
  );
}
