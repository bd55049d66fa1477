import type { ProjectorView } from '../../shared/protocol/views.js';
import { isExercise } from '../../shared/template/step-schema.js';
import { AggregateChart } from '../common/aggregate-chart.js';
import { StepImage } from '../common/step-image.js';
import { roomChartStrings } from '../room/room-chart-strings.js';
import { QrCode } from '../room/QrCode.js';
import { formatClock, useTimerRemaining } from '../room/timer-clock.js';
import { useProjectorView } from './use-projector-view.js';

/** The room's screen: big, calm and showing nothing the counselor has not revealed. */
export function ProjectorApp({ token }: { token: string }) {
  const { view, connection, clockSkewMs } = useProjectorView(token);
  return (
    <>
      {view ? <ProjectorScreen view={view} skew={clockSkewMs} token={token} /> : <Waiting />}
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

function ProjectorScreen({
  view,
  skew,
  token,
}: {
  view: ProjectorView;
  skew: number;
  token: string;
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
  return <StepScreen view={view} skew={skew} token={token} />;
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

function StepScreen({ view, skew, token }: { view: ProjectorView; skew: number; token: string }) {
  const step = view.step;
  if (!step) return <Waiting />;
  const footer = (
    <footer className="step-footer">
      <span>{view.title}</span>
      <span>
        {view.stepIndex + 1} / {view.stepCount}
      </span>
      <span>Room code {view.roomCode}</span>
    </footer>
  );

  if (step.kind === 'info') {
    return (
      <main className="screen step-screen">
        <h1 className="step-title">{step.title}</h1>
        {step.image === undefined ? (
          <p className="info-body">{step.body}</p>
        ) : (
          <div className="info-with-image">
            <div className="info-body">
              {step.body.split(/\n\s*\n/).map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
            </div>
            <StepImage
              key={step.id}
              className="info-image"
              src={`/api/session/media/${encodeURIComponent(step.id)}?token=${encodeURIComponent(token)}`}
              alt={step.imageAlt ?? ''}
            />
          </div>
        )}
        {footer}
      </main>
    );
  }
  if (step.kind === 'timer') {
    return (
      <main className="screen step-screen">
        <h1 className="step-title">{step.title}</h1>
        <p className="step-prompt">{step.prompt}</p>
        <ProjectorTimer view={view} skew={skew} />
        {footer}
      </main>
    );
  }
  if (!isExercise(step)) return null;
  const revealed = view.phase === 'revealed' && view.aggregate;
  return (
    <main className={`screen step-screen ${revealed ? 'step-revealed' : ''}`}>
      <h1 className="step-title">{step.title}</h1>
      <p className="step-prompt">{step.prompt}</p>
      {revealed && view.aggregate ? (
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
      ) : (
        <div className="phase-panel">
          {view.phase === 'open' && (
            <p className="answer-count" data-testid="projector-answered">
              <strong>{view.answered}</strong> {view.answered === 1 ? 'answer' : 'answers'} so far
            </p>
          )}
          {view.phase === 'open' && (
            <p className="phase-note">Answer on your phone. You can always pass.</p>
          )}
          {view.phase === 'closed' && (
            <p className="phase-note">Thank you. Responses are closed.</p>
          )}
          {(view.phase === 'pending' || view.phase === undefined) && (
            <p className="phase-note">Coming up next.</p>
          )}
          {step.kind === 'worksheet' && view.phase !== 'pending' && (
            <p className="phase-note">This worksheet is private: only you see your answers.</p>
          )}
        </div>
      )}
      {footer}
    </main>
  );
}

function ProjectorTimer({ view, skew }: { view: ProjectorView; skew: number }) {
  const remaining = useTimerRemaining(view.timer, skew);
  if (remaining === null) return null;
  return (
    <p
      className={`projector-timer ${remaining === 0 ? 'timer-done' : ''}`}
      data-testid="projector-timer"
    >
      {formatClock(remaining)}
    </p>
  );
}
