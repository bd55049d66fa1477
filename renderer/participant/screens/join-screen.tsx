import { useId, useState, type FormEvent } from 'react';
import { strings } from '../strings.js';
import { useConnection, useConnectionSnapshot } from '../connection/use-connection.js';
import { NICKNAME_MAX_LENGTH } from '../../../shared/protocol/protocol-limits.js';
import { isPlausibleRoomCode, normalizeRoomCode, roomCodeFromUrl } from '../room-code.js';
import { LanguagePicker } from '../i18n/language-picker.js';
import './join-screen.css';

type JoinErrorKey = keyof typeof strings.join.errors;

function errorKey(code: string): JoinErrorKey {
  if (code === 'TIMEOUT') return 'UNREACHABLE';
  if (code === 'NOT_RUNNING' || code === 'NO_SESSION') return 'WRONG_CODE';
  return code in strings.join.errors ? (code as JoinErrorKey) : 'OTHER';
}

/** Room code (prefilled from the QR link) and an optional nickname. */
export function JoinScreen() {
  const connection = useConnection();
  const { unreachable } = useConnectionSnapshot();
  const [code, setCode] = useState(() => roomCodeFromUrl(window.location.search));
  const [nickname, setNickname] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<JoinErrorKey | null>(null);
  const ids = {
    code: useId(),
    codeHint: useId(),
    nick: useId(),
    nickHint: useId(),
    error: useId(),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isPlausibleRoomCode(code)) {
      setError('BAD_CODE');
      return;
    }
    setBusy(true);
    setError(null);
    const reply = await connection.join(code, nickname);
    setBusy(false);
    if (!reply.ok) setError(errorKey(reply.error.code));
  };

  const shownError = error ?? (unreachable ? 'UNREACHABLE' : null);
  return (
    <section className="screen">
      <LanguagePicker />
      <h1>{strings.join.title}</h1>
      <p>{strings.join.intro}</p>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.code} className="field-label">
            {strings.join.codeLabel}
          </label>
          <input
            id={ids.code}
            className="input input--code"
            value={code}
            onChange={(e) => setCode(normalizeRoomCode(e.target.value))}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            enterKeyHint="go"
            aria-describedby={`${ids.codeHint} ${ids.error}`}
            aria-invalid={error === 'BAD_CODE' || error === 'WRONG_CODE' || undefined}
          />
          <span id={ids.codeHint} className="field-hint">
            {strings.join.codeHint}
          </span>
        </div>
        <div className="field">
          <label htmlFor={ids.nick} className="field-label">
            {strings.join.nicknameLabel}
          </label>
          <input
            id={ids.nick}
            className="input"
            value={nickname}
            maxLength={NICKNAME_MAX_LENGTH}
            onChange={(e) => setNickname(e.target.value)}
            autoComplete="nickname"
            enterKeyHint="go"
            aria-describedby={ids.nickHint}
          />
          <span id={ids.nickHint} className="field-hint">
            {strings.join.nicknameHint}
          </span>
        </div>
        <p id={ids.error} className="form-error" role="alert">
          {shownError ? strings.join.errors[shownError] : ''}
        </p>
        <button type="submit" className="button button--wide button--big" disabled={busy}>
          {busy ? strings.join.joining : strings.join.submit}
        </button>
      </form>
      <p className="muted small">{strings.join.privacy}</p>
    </section>
  );
}
