import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../console-and-projector/i18n/translate.js';
import './confirm-dialog.css';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** Destructive actions get a red button; the safe choice keeps the focus. */
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve(ok: boolean): void;
}

export type Confirm = (request: ConfirmRequest) => Promise<boolean>;

/** A modal "are you sure" for anything that cannot be undone; Escape or Cancel says no. */
export function useConfirm(): [ReactNode, Confirm] {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback<Confirm>(
    (request) => new Promise<boolean>((resolve) => setPending({ ...request, resolve })),
    [],
  );
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  const element = pending ? <ConfirmDialog request={pending} onAnswer={answer} /> : null;
  return [element, confirm];
}

function ConfirmDialog({
  request,
  onAnswer,
}: {
  request: ConfirmRequest;
  onAnswer(ok: boolean): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.showModal();
    cancelRef.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id="confirm-title">{request.title}</h2>
      <div className="confirm-body">{request.body}</div>
      <div className="confirm-actions">
        <button ref={cancelRef} type="button" className="btn" onClick={() => onAnswer(false)}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={request.danger ? 'btn btn-danger' : 'btn btn-primary'}
          onClick={() => onAnswer(true)}
        >
          {request.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
