import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import { hostWarningText } from './host-warning-text.js';

/** The link to the app, problems on this laptop and the latest notice, above every page. */
export function ConsoleNotices({ api }: { api: ConsoleApi }) {
  const { connection, warnings, notice, setNotice } = api;
  return (
    <>
      {connection !== 'online' && (
        <p className={`connection ${connection}`} role="status">
          {connection === 'refused'
            ? t('notices.refused')
            : connection === 'connecting'
              ? t('notices.connecting')
              : t('notices.offline')}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="host-warnings" role="alert" aria-label={t('notices.warnings')}>
          {warnings.map((w, i) => (
            <li key={i}>{hostWarningText(w)}</li>
          ))}
        </ul>
      )}
      {notice && (
        <div className="notice" role="alert">
          <span>{notice}</span>
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setNotice(null)}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
