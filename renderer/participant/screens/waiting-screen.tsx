import { strings } from '../strings.js';
import { useConnectionSnapshot } from '../connection/use-connection.js';

/** Calm lobby: the title, a slow breathing circle, and the promise that things appear by themselves. */
export function WaitingScreen() {
  const { view } = useConnectionSnapshot();
  const started = view?.status === 'running';
  return (
    <section className="screen screen--center">
      <span className="breath" aria-hidden="true" />
      <p className="eyebrow">
        {view?.nickname ? strings.waiting.greeting({ name: view.nickname }) : strings.waiting.title}
      </p>
      <h1>{view?.title}</h1>
      <p>{started ? strings.waiting.between : strings.waiting.body}</p>
      <p className="muted">{strings.waiting.nextSoon}</p>
    </section>
  );
}
