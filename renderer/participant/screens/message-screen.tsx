/** A short centred message with an optional action: resuming, removed. */
export function MessageScreen({
  title,
  body,
  busy,
  action,
}: {
  title: string;
  body?: string;
  busy?: boolean;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <section className="screen screen--center" aria-busy={busy || undefined}>
      {busy ? <span className="breath" aria-hidden="true" /> : null}
      <h1>{title}</h1>
      {body ? <p>{body}</p> : null}
      {action ? (
        <button type="button" className="button button--wide" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </section>
  );
}
