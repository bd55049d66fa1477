import type { ConsoleApi } from './use-console.js';

/** The link to the app, problems on this laptop and the latest notice, above every page. */
export function ConsoleNotices({ api }: { api: ConsoleApi }) {
  const { connection, warnings, notice, setNotice } = api;
  return (
    <>
      {connection !== 'online' && (
        <p className={`connection ${connection}`} role="status">
          {connection === 'refused'
            ? 'This console link has expired. Open the console again from the Circlework app.'
            : connection === 'connecting'
              ? 'Connecting to the app…'
              : 'Lost the connection to the app. Reconnecting…'}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="host-warnings" role="alert" aria-label="Problems on this laptop">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {notice && (
        <div className="notice" role="alert">
          <span>{notice}</span>
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
