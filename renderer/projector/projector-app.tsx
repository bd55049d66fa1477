import { useEffect } from 'react';
import type { ProjectorView } from '../../shared/protocol/views.js';
import { isExercise } from '../../shared/template/step-kinds.js';
import { AggregateChart } from '../common/aggregate-chart.js';
import { InfoText } from '../common/info-text.js';
import { StepImage } from '../common/step-image.js';
import { roomChartStrings } from '../console-and-projector/room-chart-strings.js';
import { QrCode } from '../console-and-projector/qr-code.js';
import { formatClock, useTimerRemaining } from '../console-and-projector/timer-clock.js';
import { useFitScreen } from './use-fit-screen.js';
import { useProjectorView } from './use-projector-view.js';

/** The room's screen: big, calm and showing nothing the counselor has not revealed. */
export function ProjectorApp({ token }: { token: string }) {
  const { view, connection, clockSkewMs, reportPages } = useProjectorView(token);
  return (
    <>
      {view ? (
        <ProjectorScreen view={view} skew={clockSkewMs} token={token} reportPages={reportPages} />
      ) : (
        <Waiting />
      )}
      {connection === 'offline' && <p className="projector-offline">Reconnecting…</p>}
    </>
  );
}

function Waiting() {
  return (
    <main className="screen screen-center">
      <p className="brand-mark">Circlework</p>
      <p className="huge-note">The session will start soon.</p>
    </main>
  );
}

export function ProjectorScreen({
  view,
  skew,
  token,
  reportPages,
}: {
  view: ProjectorView;
  skew: number;
  token: string;
  reportPages: (screenKey: string, pages: number) => void;
}) {
  if (view.status === 'lobby') return <JoinScreen view={view} />;
  if (view.status === 'ended') {
    return (
      <main className="screen screen-center">
        <p className="brand-mark">{view.title}</p>
        <h1 className="huge-title">Thank you for taking part</h1>
        <p className="huge-note">Your phone has your own private takeaway.</p>
      </main>
    );
  }
  if (view.presentation?.blank) return <BlankScreen />;
  return <StepScreen view={view} skew={skew} token={token} reportPages={reportPages} />;
}

/**
 * The counselor blanked the projector during the workshop: a dark, empty screen until they
 * bring it back. The join screen and the closing screen always show (no control there to undo it).
 */
function BlankScreen() {
  return <main className="screen blank-screen" data-testid="projector-blank" aria-label="Blank" />;
}

function joinAddressOf(joinUrl: string): string {
  return joinUrl.replace(/^https?:\/\//, '').replace(/\/?\?code=.*$/, '');
}

function JoinScreen({ view }: { view: ProjectorView }) {
  return (
    <main className="screen join-screen">
      <div className="join-left">
        <p className="brand-mark">{view.title}</p>
        <h1 className="join-heading">Join with your phone</h1>
        <ol className="join-steps">
          <li>Connect to the same Wi-Fi as this laptop.</li>
          <li>
            Scan the code, or open{' '}
            <span className="join-address">{joinAddressOf(view.joinUrl)}</span>
          </li>
          <li>
            Enter the room code <span className="room-code-inline">{view.roomCode}</span>
          </li>
        </ol>
        <p className="joined-count" data-testid="projector-joined">
          <strong>{view.joined}</strong> {view.joined === 1 ? 'person has' : 'people have'} joined
        </p>
      </div>
      <div className="join-right">
        <QrCode value={view.joinUrl} label="QR code to join the session" className="qr-projector" />
        <p className="room-code-big" aria-label={`Room code ${view.roomCode.split('').join(' ')}`}>
          {view.roomCode}
        </p>
      </div>
    </main>
  );
}

function StepScreen({
  view,
  skew,
  token,
  reportPages,
}: {
  view: ProjectorView;
  skew: number;
  token: string;
  reportPages: (screenKey: string, pages: number) => void;
}) {
  const screenKey = view.presentation?.screenKey ?? `${view.stepIndex}:${view.phase ?? ''}`;
  const requestedPage = view.presentation?.page ?? 0;
  const { boxRef, contentRef, outcome } = useFitScreen(screenKey, requestedPage, view);
  const pages = outcome?.pages ?? 1;
  const page = outcome?.page ?? 0;
  useEffect(() => {
    if (outcome && view.presentation && outcome.pages !== view.presentation.pages)
      reportPages(screenKey, outcome.pages);
  }, [outcome, reportPages, screenKey, view.presentation]);

  const step = view.step;
  if (!step) return <Waiting />;
  const revealed = isExercise(step) && view.phase === 'revealed' && view.aggregate !== undefined;
  return (
    <main className={`screen step-screen ${revealed ? 'step-revealed' : ''}`}>
      <div className="fit-box" ref={boxRef} data-testid="projector-fit">
        <div className="fit-content" ref={contentRef}>
          <h1 className="step-title">{step.title}</h1>
          <StepBody view={view} skew={skew} token={token} />
        </div>
      </div>
      <footer className="step-footer">
        <span>{view.title}</span>
        {pages > 1 ? (
          <span className="page-note" data-testid="projector-page">
            Page {page + 1} of {pages}
            {page + 1 < pages ? ' · more on the next page' : ''}
          </span>
        ) : null}
        <span>
          Step {view.stepIndex + 1} of {view.stepCount} · Room code {view.roomCode}
        </span>
      </footer>
    </main>
  );
}

function StepBody({ view, skew, token }: { view: ProjectorView; skew: number; token: string }) {
  const step = view.step!;
  if (step.kind === 'info') {
    return step.image === undefined ? (
      <InfoText body={step.body} className="info-body info-blocks" />
    ) : (
      <div className="info-with-image">
        <InfoText body={step.body} className="info-body info-blocks" />
        <StepImage
          key={step.id}
          className="info-image"
          src={`/api/session/media/${encodeURIComponent(step.id)}?token=${encodeURIComponent(token)}`}
          alt={step.imageAlt ?? ''}
        />
      </div>
    );
  }
  if (step.kind === 'timer') {
    return (
      <>
        <p className="step-prompt">{step.prompt}</p>
        <ProjectorTimer view={view} skew={skew} />
      </>
    );
  }
  if (!isExercise(step)) return null;
  if (view.phase === 'revealed' && view.aggregate) {
    return (
      <>
        <p className="step-prompt">{step.prompt}</p>
        <div className="projector-result" data-testid="projector-aggregate">
          <AggregateChart
            step={step}
            aggregate={view.aggregate}
            size="projector"
            text={roomChartStrings}
          />
          {step.kind === 'choice' && step.explanation && (
            <p className="projector-explanation">{step.explanation}</p>
          )}
        </div>
      </>
    );
  }
  return (
    <>
      <p className="step-prompt">{step.prompt}</p>
      <div className="phase-panel">
        {view.phase === 'open' && (
          <p className="answer-count" data-testid="projector-answered">
            <strong>{view.answered}</strong> {view.answered === 1 ? 'answer' : 'answers'} so far
          </p>
        )}
        {view.phase === 'open' && (
          <p className="phase-note">Answer on your phone. You can always pass.</p>
        )}
        {view.phase === 'closed' && <p className="phase-note">Thank you. Responses are closed.</p>}
        {(view.phase === 'pending' || view.phase === undefined) && (
          <p className="phase-note">Coming up next.</p>
        )}
        {step.kind === 'worksheet' && view.phase !== 'pending' && (
          <p className="phase-note">This worksheet is private: only you see your answers.</p>
        )}
        {view.timer && view.phase === 'open' && <ProjectorTimer view={view} skew={skew} small />}
      </div>
    </>
  );
}

function ProjectorTimer({
  view,
  skew,
  small = false,
}: {
  view: ProjectorView;
  skew: number;
  /** An exercise's countdown sits under the answer count, smaller than a timer step's. */
  small?: boolean;
}) {
  const remaining = useTimerRemaining(view.timer, skew);
  if (remaining === null) return null;
  return (
    <p
      className={`projector-timer ${small ? 'projector-timer-small' : ''} ${remaining === 0 ? 'timer-done' : ''}`}
      data-testid="projector-timer"
    >
      {formatClock(remaining)}
    </p>
  );
}
