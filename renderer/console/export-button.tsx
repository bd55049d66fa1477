import { useState } from 'react';
import { exportPath, type ExportRoute } from '../../shared/protocol/export-routes.js';
import { exportHref } from '../console-and-projector/console-token.js';
import { desktopBridge, downloadFile } from '../console-and-projector/desktop.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './export-button.css';

interface Props {
  token: string;
  route: ExportRoute;
  /** Query parameters of the export, e.g. the print layout. */
  query?: Record<string, string>;
  fileName: string;
  label: string;
  /** Print instead of save (desktop app); a browser tab saves the file either way. */
  print?: boolean;
  primary?: boolean;
  /** Always a plain download (e.g. CSV): the desktop save dialog handles PDFs only. */
  download?: boolean;
}

/**
 * Saves an export: a PDF through the native save dialog in the desktop app, otherwise (a browser
 * tab, or a CSV) as a download.
 */
export function ExportButton(props: Props) {
  const { token, route, query, fileName, label, print, primary, download } = props;
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setState('busy');
    setError(null);
    const href = exportHref(token, exportPath(route, query));
    const bridge = download ? undefined : desktopBridge();
    let problem: string | null;
    if (bridge) {
      const absolute = new URL(href, window.location.href).href;
      const ok = await (print ? bridge.print(absolute) : bridge.savePdf(absolute));
      problem = ok ? null : t('export.notSaved');
    } else {
      problem = await downloadFile(href, fileName);
    }
    setError(problem);
    setState(problem ? 'idle' : 'done');
  };
  return (
    <span className="export-button">
      <button
        type="button"
        className={primary ? 'btn btn-primary' : 'btn'}
        disabled={state === 'busy'}
        onClick={() => void run()}
      >
        {state === 'busy' ? t('export.preparing') : label}
      </button>
      {state === 'done' && <span className="export-done">{t('export.saved')}</span>}
      {error && (
        <span className="export-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
