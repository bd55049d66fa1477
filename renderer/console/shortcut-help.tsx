import { useEffect, useRef } from 'react';
import { shortcuts } from './run-controls.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './shortcut-help.css';

/** The keyboard shortcuts of the run page, as an overlay that Escape closes. */
export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="shortcut-help"
      aria-labelledby="shortcut-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === '?') onClose();
      }}
    >
      <h2 id="shortcut-title">{t('shortcuts.title')}</h2>
      <dl>
        {shortcuts().map((s) => (
          <div key={s.keys} className="shortcut-row">
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('shortcuts.typing')}</p>
      <button type="button" className="btn btn-primary" onClick={onClose}>
        {t('common.close')}
      </button>
    </dialog>
  );
}
