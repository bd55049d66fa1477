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
import { useProjectorLanguage } from './use-projector-language.js';
import { useProjectorView } from './use-projector-view.js';
import { t } from '../console-and-projector/i18n/translate.js';

/** The room's screen: big, calm and showing nothing the counselor has not revealed. */
export function ProjectorApp({ token }: { token: string }) {
  const { view, connection, clockSkewMs, reportPages } = useProjectorView(token);
  // Read here so the whole screen re-renders when the counselor changes language.
  useProjectorLanguage();
  return (
    <>
      {view ? (
        <ProjectorScreen view={view} skew={clockSkewMs} token={token} reportPages={reportPages} />
      ) : (
        <Waiting />
      )}
      {connection === 'offline' && <p className="projector-offline">{t('screen.reconnecting')}</p>}
    </>
  );
}

function Waiting() {
  return (
    <main className="screen screen-center">
      <p className="brand-mark">{t('app.name')}</p>
      <p className="huge-note">{t('screen.startSoon')}</p>
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
        <h1 className="huge-title">{t('screen.thanks')}</h1>
        <p className="huge-note">{t('screen.takeaway')}</p>
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
  return (
    <main
      className="screen blank-screen"
      data-testid="projector-blank"
      aria-label={t('screen.blank')}
    />
  );
}

function joinAddressOf(joinUrl: string): string {
  return joinUrl.replace(/^https?:\/\//, '').replace(/\/?\?code=.*$/, '');
}

function JoinScreen({ view }: { view: ProjectorView }) {
  return (
    <main className="screen join-screen">
      <div className="join-left">
        <p className="brand-mark">{view.title}</p>
        <h1 className="join-heading">{t('screen.join')}</h1>
        <ol className="join-steps">
          <li>{t('screen.joinWifi')}</li>
          <li>
            {t('screen.joinScan')}{' '}
            <span className="join-address" dir="ltr">
              {joinAddressOf(view.joinUrl)}
            </span>
          </li>
          <li>
            {t('screen.joinCode')}{' '}
            <span className="room-code-inline" dir="ltr">
              {view.roomCode}
            </span>
          </li>
        </ol>
        <p className="joined-count" data-testid="projector-joined">
          <strong>{view.joined}</strong> {t('screen.joined', { count: view.joined })}
        </p>
      </div>
      <div className="join-right">
        <QrCode value={view.joinUrl} label={t('lobby.qr')} className="qr-projector" />
        <p
          className="room-code-big"
          dir="ltr"
          aria-label={t('screen.roomCodeSpelled', { code: view.roomCode.split('').join(' ') })}
        >
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
          <h1 className="step-title">
            <bdi>{step.title}</bdi>
          </h1>
          <StepBody view={view} skew={skew} token={token} />
        </div>
      </div>
      <footer className="step-footer">
        <span>{view.title}</span>
        {pages > 1 ? (
          <span className="page-note" data-testid="projector-page">
            {t('screen.pageOf', { number: page + 1, count: pages })}
            {page + 1 < pages ? ` · ${t('screen.morePages')}` : ''}
          </span>
        ) : null}
        <span>
          {t('screen.stepAndCode', {
            number: view.stepIndex + 1,
            count: view.stepCount,
            code: view.roomCode,
          })}
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
        <p className="step-prompt">
          <bdi>{step.prompt}</bdi>
        </p>
        <ProjectorTimer view={view} skew={skew} />
      </>
    );
  }
  if (!isExercise(step)) return null;
  if (view.phase === 'revealed' && view.aggregate) {
    return (
      <>
        <p className="step-prompt">
          <bdi>{step.prompt}</bdi>
        </p>
        <div className="projector-result" data-testid="projector-aggregate">
          <AggregateChart
            step={step}
            aggregate={view.aggregate}
            size="projector"
            text={roomChartStrings()}
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
      <p className="step-prompt">
        <bdi>{step.prompt}</bdi>
      </p>
      <div className="phase-panel">
        {view.phase === 'open' && (
          <p className="answer-count" data-testid="projector-answered">
            <strong>{view.answered}</strong> {t('screen.answersSoFar', { count: view.answered })}
          </p>
        )}
        {view.phase === 'open' && <p className="phase-note">{t('screen.answerNow')}</p>}
        {view.phase === 'closed' && <p className="phase-note">{t('screen.closed')}</p>}
        {(view.phase === 'pending' || view.phase === undefined) && (
          <p className="phase-note">{t('screen.comingUp')}</p>
        )}
        {step.kind === 'worksheet' && view.phase !== 'pending' && (
          <p className="phase-note">{t('screen.worksheet')}</p>
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
