import { strings } from '../strings.js';
import { useConnectionSnapshot } from '../connection/use-connection.js';
import './agreement-screen.css';

/** The group agreement, read once before the first exercise. */
/** One point per line; list dashes or bullets the counselor typed are dropped. */
function agreementPoints(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line.length > 0);
}

export function AgreementScreen({ onAccept }: { onAccept: () => void }) {
  const { view, nicknameDropped } = useConnectionSnapshot();
  return (
    <section className="screen">
      <h1>{strings.agreement.title}</h1>
      <p>{strings.agreement.intro}</p>
      {view?.agreement ? (
        <ul className="card agreement">
          {agreementPoints(view.agreement).map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
      ) : null}
      <h2 className="small-heading">{strings.agreement.inThisApp}</h2>
      <ul className="checklist">
        <li>{strings.agreement.pass}</li>
        <li>{strings.agreement.anonymous}</li>
      </ul>
      {nicknameDropped ? <p className="muted">{strings.join.namesOff}</p> : null}
      <button type="button" className="button button--wide button--big" onClick={onAccept}>
        {strings.agreement.accept}
      </button>
    </section>
  );
}
