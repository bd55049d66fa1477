import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleView } from '../../shared/protocol/views.js';
import { isExercise } from '../../shared/template/step-kinds.js';
import { AggregateChart } from '../common/aggregate-chart.js';
import { InfoText } from '../common/info-text.js';
import { roomChartStrings } from '../room/room-chart-strings.js';
import { stepKindLabel, stepPrompt } from '../room/StepPreview.js';
import type { Confirm } from './ConfirmDialog.js';
import { ModerationQueue } from './ModerationQueue.js';
import { JoinSurgeWarning } from './JoinSurgeWarning.js';
import { PeoplePanel } from './PeoplePanel.js';
import { ProjectorControls } from './ProjectorControls.js';
import {
  currentPhase,
  currentStep,
  phaseLabel,
  shortcutFor,
  stepControls,
  type ShortcutCommand,
} from './run-controls.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { TimerControls } from './TimerControls.js';
import type { ConsoleApi } from './use-console.js';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  confirm: Confirm;
  onEnd(): void;
}

/** The running workshop: where we are, what the room sees, and one click for each next move. */
export function RunPage({ api, view, confirm, onEnd }: Props) {
  const { act } = api;
  const [helpOpen, setHelpOpen] = useState(false);
  const step = currentStep(view);
  const phase = currentPhase(view);
  const controls = stepControls(step, phase);
  const steps = view.template.steps;

  const goto = useCallback(
    async (index: number) => {
      if (index < 0 || index >= steps.length || index === view.stepIndex) return;
      if (phase === 'open') {
        const ok = await confirm({
          title: 'Responses are still open',
          body: <p>Close responses for “{step?.title}” and move on?</p>,
          confirmLabel: 'Close and move on',
        });
        if (!ok) return;
        if (!(await act({ type: 'close' }))) return;
      }
      await act({ type: 'goto', index });
    },
    [act, confirm, phase, step, steps.length, view.stepIndex],
  );

  const run = useCallback(
    (command: ShortcutCommand) => {
      switch (command) {
        case 'previous':
          return void goto(view.stepIndex - 1);
        case 'next':
          return void goto(view.stepIndex + 1);
        case 'open':
          return controls.canOpen ? void act({ type: 'open' }) : undefined;
        case 'close':
          return controls.canClose ? void act({ type: 'close' }) : undefined;
        case 'reveal':
          return controls.canReveal ? void act({ type: 'reveal' }) : undefined;
        case 'blank':
          return void api.call('projector:show', { blank: !view.projector?.blank });
        case 'help':
          return setHelpOpen((open) => !open);
      }
    },
    [act, api, controls, goto, view.projector?.blank, view.stepIndex],
  );

  // The rail keeps the current step in sight, however long the workshop.
  const currentLink = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    currentLink.current?.scrollIntoView({ block: 'nearest' });
  }, [view.stepIndex]);

  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (document.querySelector('dialog.confirm[open]')) return;
      const command = shortcutFor(event);
      if (!command) return;
      event.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const end = async () => {
    const ok = await confirm({
      title: 'End the session for everyone?',
      body: (
        <p>
          Phones move to the closing screen with their private takeaway. Steps can no longer be
          opened. The anonymized results stay in History until you delete them.
        </p>
      ),
      confirmLabel: 'End session',
      danger: true,
    });
    if (ok && (await act({ type: 'end' }))) onEnd();
  };

  const exercise = step && isExercise(step);
  const next = steps[view.stepIndex + 1];
  // After a reveal, or on a step with nothing to open, moving on is the counselor's next move.
  const nextIsTheMove =
    next !== undefined &&
    (!exercise || phase === 'revealed' || (step.kind === 'worksheet' && phase === 'closed'));
  return (
    <div className="run-layout">
      <nav className="card step-rail" aria-label="Workshop steps">
        <ol>
          {steps.map((s, i) => {
            const p = view.phases[s.id];
            return (
              <li key={s.id}>
                <button
                  type="button"
                  className={`step-link ${i === view.stepIndex ? 'current' : ''} ${i < view.stepIndex ? 'done' : ''}`}
                  aria-current={i === view.stepIndex ? 'step' : undefined}
                  ref={i === view.stepIndex ? currentLink : undefined}
                  onClick={() => void goto(i)}
                >
                  <span className="step-no">{i + 1}</span>
                  <span className="step-name">{s.title}</span>
                  <span className="step-kind">
                    {stepKindLabel[s.kind]}
                    {p && p !== 'pending' && isExercise(s) ? ` · ${phaseLabel[p]}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="btn btn-danger-outline end-button"
          onClick={() => void end()}
        >
          End session…
        </button>
      </nav>

      <main className="stage" aria-labelledby="stage-title">
        <div className="card stage-card">
          <div className="stage-top">
            <span className="step-counter">
              Step {view.stepIndex + 1} of {steps.length} · {step ? stepKindLabel[step.kind] : ''}
            </span>
            <button
              type="button"
              className="btn btn-quiet btn-small shortcut-hint"
              onClick={() => setHelpOpen(true)}
            >
              Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
            </button>
            {exercise && (
              <span className={`pill phase-${phase ?? 'pending'}`} data-testid="phase">
                {phaseLabel[phase ?? 'pending']}
              </span>
            )}
          </div>
          <h1 id="stage-title" className="stage-title">
            {step?.title}
          </h1>
          {step?.kind === 'info' ? (
            <InfoText body={step.body} className="stage-prompt stage-info" />
          ) : (
            step && <p className="stage-prompt">{stepPrompt(step)}</p>
          )}

          <div className="stage-controls">
            <button
              type="button"
              className="btn"
              disabled={view.stepIndex === 0}
              onClick={() => run('previous')}
            >
              ← Previous <kbd aria-hidden="true">←</kbd>
            </button>
            <span className="phase-actions">
              {exercise && controls.canOpen && (
                <button
                  type="button"
                  className={phase === 'closed' ? 'btn' : 'btn btn-primary'}
                  onClick={() => run('open')}
                >
                  {phase === 'closed' ? 'Reopen responses' : 'Open responses'}{' '}
                  <kbd aria-hidden="true">O</kbd>
                </button>
              )}
              {exercise && controls.canClose && (
                <button type="button" className="btn btn-primary" onClick={() => run('close')}>
                  Close responses <kbd aria-hidden="true">C</kbd>
                </button>
              )}
              {exercise && controls.canReveal && (
                <button type="button" className="btn btn-primary" onClick={() => run('reveal')}>
                  Reveal to the room <kbd aria-hidden="true">R</kbd>
                </button>
              )}
              {exercise && phase === 'revealed' && (
                <span className="phase-done">
                  The result is on the projector and phones.
                  {next ? ' Next when the room is ready.' : ''}
                </span>
              )}
            </span>
            <button
              type="button"
              className={nextIsTheMove ? 'btn btn-primary btn-next-move' : 'btn'}
              disabled={view.stepIndex >= steps.length - 1}
              onClick={() => run('next')}
            >
              Next → <kbd aria-hidden="true">→</kbd>
            </button>
          </div>
          {next && (
            <p className="up-next" data-testid="up-next">
              <span className="up-next-label">Up next</span> {view.stepIndex + 2}.{' '}
              <strong>{next.title}</strong>{' '}
              <span className="muted">
                {stepKindLabel[next.kind]} · about {next.minutes} min
              </span>
            </p>
          )}
          <ProjectorControls api={api} view={view} />

          {exercise && (
            <p className="answered" data-testid="answered" aria-live="polite">
              <strong>{view.answered}</strong> of <strong>{view.joined}</strong> answered
              <span className="answered-note">
                {' '}
                · passes are not counted, so nobody can tell who passed
              </span>
            </p>
          )}
          {step?.kind === 'worksheet' && (
            <p className="muted">
              A private worksheet: answers go only into each participant’s own takeaway. Nobody else
              sees them, you included.
            </p>
          )}
          {step?.kind === 'info' && (
            <p className="muted">This text is on every phone and the projector now.</p>
          )}
          {step?.kind === 'timer' && <TimerControls api={api} view={view} />}
          {exercise && phase !== 'revealed' && (
            <details className="exercise-timer" open={view.timer !== undefined}>
              <summary>Countdown for this exercise</summary>
              <TimerControls key={step.id} api={api} view={view} exerciseMinutes={step.minutes} />
            </details>
          )}
        </div>

        {exercise && step.kind !== 'worksheet' && (
          <div className="results-grid">
            <section className="card result-card" aria-labelledby="live-title">
              <h2 id="live-title">
                Live results <span className="muted small">only you see this</span>
              </h2>
              {view.liveAggregate?.kind === 'suppressed' && view.liveAggregate.until ? (
                <p className="muted" data-testid="live-waits">
                  Names are on, so the split appears once you close responses: while people are
                  still tapping, a moving bar could tell you who chose what.
                </p>
              ) : view.liveAggregate ? (
                <AggregateChart
                  step={step}
                  aggregate={view.liveAggregate}
                  size="console"
                  text={roomChartStrings}
                  onHideWord={(word) =>
                    void act({ type: 'hideWord', stepId: step.id, word, hidden: true })
                  }
                />
              ) : (
                <p className="muted">Results appear here as answers arrive.</p>
              )}
            </section>
            <section className="card result-card room-card" aria-labelledby="room-title">
              <h2 id="room-title">
                The room sees <span className="muted small">projector and phones</span>
              </h2>
              {phase === 'revealed' && view.roomAggregate ? (
                <AggregateChart
                  step={step}
                  aggregate={view.roomAggregate}
                  size="console"
                  text={roomChartStrings}
                />
              ) : (
                <p className="muted">
                  {phase === 'open'
                    ? 'The question and how many have answered. No results until you reveal them.'
                    : phase === 'closed'
                      ? 'Responses are closed. Nothing is shown until you reveal.'
                      : 'The question, once you open responses.'}
                </p>
              )}
            </section>
          </div>
        )}
      </main>

      <aside className="run-side">
        {view.pauseCount > 0 && (
          <section className="card pause-alert" role="status" data-testid="pause-alert">
            <p>
              <strong>
                {view.pauseCount === 1
                  ? 'Someone would like a pause.'
                  : `${view.pauseCount} people would like a pause.`}
              </strong>
            </p>
            <p className="muted">
              Consider a short break or a grounding moment. You will not see who.
            </p>
            <button type="button" className="btn" onClick={() => void act({ type: 'clearPauses' })}>
              Acknowledge
            </button>
          </section>
        )}
        <section className="card notes" aria-labelledby="notes-title">
          <h2 id="notes-title">Facilitator notes</h2>
          <p className="notes-text">{step?.facilitatorNotes ?? 'No notes for this step.'}</p>
          {step && <p className="muted small">Planned: about {step.minutes} min</p>}
        </section>
        {step?.kind === 'open' && (
          <ModerationQueue api={api} stepId={step.id} items={view.moderation} />
        )}
        {step?.kind === 'words' && view.hiddenWords.length > 0 && (
          <section className="card" aria-labelledby="hidden-words-title">
            <h2 id="hidden-words-title">Hidden words</h2>
            <ul className="hidden-words">
              {view.hiddenWords.map((word) => (
                <li key={word}>
                  <span>{word}</span>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    onClick={() =>
                      void act({ type: 'hideWord', stepId: step.id, word, hidden: false })
                    }
                  >
                    Show again
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <JoinSurgeWarning api={api} view={view} confirm={confirm} />
        {view.settings.namesEnabled && (
          <details className="people-details">
            <summary>People ({view.joined})</summary>
            <PeoplePanel api={api} view={view} confirm={confirm} surgeWarning={false} />
          </details>
        )}
        {!view.settings.namesEnabled && (
          <p className="muted small side-count">
            {view.joined} in the room{view.locked ? ' · room locked' : ''}
          </p>
        )}
      </aside>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
