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
  /** quiet: a way out that shouldn't look like the thing to do. */
  action?: { label: string; onClick: () => void; quiet?: boolean };
}) {
  return (
    <section className="screen screen--center" aria-busy={busy || undefined}>
      {busy ? <span className="breath" aria-hidden="true" /> : null}
      <h1>{title}</h1>
      {body ? <p>{body}</p> : null}
      {action ? (
        <button
          type="button"
          className={action.quiet ? 'button button--link' : 'button button--wide'}
          onClick={action.onClick}
        >
          {action.label}
        </button>
      ) : null}
    </section>
  );
}
