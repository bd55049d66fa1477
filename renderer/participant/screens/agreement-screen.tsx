import { strings } from '../../common/strings.js';
import { useConnectionSnapshot } from '../connection/use-connection.js';

/** The group agreement, read once before the first exercise. */
export function AgreementScreen({ onAccept }: { onAccept: () => void }) {
  const { view, nicknameDropped } = useConnectionSnapshot();
  return (
    <section className="screen">
      <h1>{strings.agreement.title}</h1>
      <p>{strings.agreement.intro}</p>
      {view?.agreement ? <div className="card pre-line">{view.agreement}</div> : null}
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
