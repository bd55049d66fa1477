import type { ConsoleView } from '../../shared/protocol/views.js';
import type { StepPhase } from '../../shared/session/session-types.js';
import type { ExerciseStep } from '../../shared/template/step-schema.js';
import { AggregateChart } from '../common/aggregate-chart.js';
import { roomChartStrings } from '../console-and-projector/room-chart-strings.js';
import type { ConsoleApi } from './use-console.js';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  step: ExerciseStep;
  phase: StepPhase | undefined;
}

/** Side by side: what only the counselor sees live, and what the room sees. */
export function RunResults({ api, view, step, phase }: Props) {
  return (
    <div className="results-grid">
      <section className="card result-card" aria-labelledby="live-title">
        <h2 id="live-title">
          Live results <span className="muted small">only you see this</span>
        </h2>
        {view.liveAggregate?.kind === 'suppressed' && view.liveAggregate.until ? (
          <p className="muted" data-testid="live-waits">
            Names are on, so the split appears once you close responses: while people are still
            tapping, a moving bar could tell you who chose what.
          </p>
        ) : view.liveAggregate ? (
          <AggregateChart
            step={step}
            aggregate={view.liveAggregate}
            size="console"
            text={roomChartStrings}
            onHideWord={(word) =>
              void api.act({ type: 'hideWord', stepId: step.id, word, hidden: true })
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
  );
}
