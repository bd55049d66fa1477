import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './run-controls.js';
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
      <h2 id="shortcut-title">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys} className="shortcut-row">
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Shortcuts pause while you type in a field.</p>
      <button type="button" className="btn btn-primary" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
