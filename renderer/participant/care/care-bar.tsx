import { useState } from 'react';
import { strings } from '../strings.js';
import { useConnection } from '../connection/use-connection.js';
import { GroundingExercise } from './grounding-exercise.js';
import { HeartIcon, LeafIcon, PauseIcon } from './icons.js';
import { Sheet } from './sheet.js';
import { SupportText } from './support-links.js';
import './care-bar.css';

type Open = 'support' | 'grounding' | null;

/** Support, grounding and the pause signal: one tap away on every screen. */
export function CareBar({ support, pauseOn }: { support?: string; pauseOn?: boolean }) {
  const connection = useConnection();
  const [open, setOpen] = useState<Open>(null);
  const [pauseBusy, setPauseBusy] = useState(false);
  const togglePause = async () => {
    setPauseBusy(true);
    await connection.pause(!pauseOn);
    setPauseBusy(false);
  };
  return (
    <>
      <nav className="carebar" aria-label={strings.care.support}>
        <button type="button" className="carebar-button" onClick={() => setOpen('support')}>
          <HeartIcon />
          <span>{strings.care.support}</span>
        </button>
        <button type="button" className="carebar-button" onClick={() => setOpen('grounding')}>
          <LeafIcon />
          <span>{strings.care.grounding}</span>
        </button>
        {pauseOn !== undefined ? (
          <button
            type="button"
            className={pauseOn ? 'carebar-button carebar-button--on' : 'carebar-button'}
            aria-pressed={pauseOn}
            disabled={pauseBusy}
            onClick={() => void togglePause()}
          >
            <PauseIcon />
            <span>{pauseOn ? strings.care.pauseOn : strings.care.pause}</span>
          </button>
        ) : null}
      </nav>
      <Sheet
        title={strings.care.supportTitle}
        open={open === 'support'}
        onClose={() => setOpen(null)}
      >
        <p>{strings.care.supportIntro}</p>
        {support ? (
          <section className="support-box" aria-label={strings.care.supportFromCounselor}>
            <h3 className="support-heading">{strings.care.supportFromCounselor}</h3>
            <p className="pre-line">{SupportText({ text: support })}</p>
          </section>
        ) : null}
        <p>{strings.care.supportFallback}</p>
        {pauseOn !== undefined ? <p className="muted">{strings.care.pauseExplain}</p> : null}
      </Sheet>
      <Sheet
        title={strings.grounding.title}
        open={open === 'grounding'}
        onClose={() => setOpen(null)}
      >
        {open === 'grounding' ? <GroundingExercise /> : null}
      </Sheet>
    </>
  );
}
