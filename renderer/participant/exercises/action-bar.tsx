import { strings } from '../strings.js';
import type { ExerciseKind } from '../../../shared/template/step-schema.js';
import './action-bar.css';

export type SendState = 'idle' | 'sending' | 'failed';

/** Pass and Send, always in reach at the bottom; the status line keeps its height so nothing jumps. */
export function ActionBar({
  kind,
  canSend,
  isSent,
  hasSent,
  passed,
  sendState,
  offline,
  onPass,
}: {
  kind: ExerciseKind;
  canSend: boolean;
  isSent: boolean;
  hasSent: boolean;
  passed: boolean;
  sendState: SendState;
  offline: boolean;
  onPass: () => void;
}) {
  const a = strings.actions;
  const worksheet = kind === 'worksheet';
  const sentLabel = worksheet ? a.saved : a.sent;
  const sendLabel =
    sendState === 'sending'
      ? a.sending
      : isSent
        ? sentLabel
        : hasSent
          ? a.update
          : worksheet
            ? a.save
            : a.send;
  const status =
    sendState === 'sending'
      ? a.sending
      : offline
        ? isSent || passed
          ? a.sentOffline
          : a.offline
        : sendState === 'failed'
          ? a.failed
          : passed
            ? strings.step.youPassed
            : isSent
              ? a.changeWhileOpen
              : canSend
                ? ''
                : a.incomplete;
  return (
    <div className="actionbar">
      <p className="actionbar-status" role="status">
        {status}
      </p>
      <div className="actionbar-buttons">
        <button
          type="button"
          className={passed ? 'button button--secondary button--done' : 'button button--secondary'}
          disabled={sendState === 'sending' || offline}
          onClick={onPass}
        >
          {passed ? a.passed : a.pass}
        </button>
        <button
          type="submit"
          className={isSent ? 'button button--done' : 'button'}
          disabled={!canSend || isSent || sendState === 'sending' || offline}
        >
          {sendLabel}
        </button>
      </div>
    </div>
  );
}
