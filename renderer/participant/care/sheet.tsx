import { useEffect, useId, useRef, type ReactNode } from 'react';
import { strings } from '../strings.js';
import './sheet.css';

/** A bottom sheet built on <dialog>, so focus, Escape and the backdrop behave natively. */
export function Sheet({
  title,
  open,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="sheet"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="sheet-body">
        <h2 id={titleId} className="sheet-title">
          {title}
        </h2>
        {children}
        <button type="button" className="button button--secondary button--wide" onClick={onClose}>
          {strings.care.close}
        </button>
      </div>
    </dialog>
  );
}
