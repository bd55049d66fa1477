import type { ConsoleView } from '../../shared/protocol/views.js';
import type { StepPhase } from '../../shared/session/session-types.js';
import type { ExerciseStep } from '../../shared/template/step-schema.js';
import { AggregateChart } from '../common/aggregate-chart.js';
import { roomChartStrings } from '../console-and-projector/room-chart-strings.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';

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
          {t('results.live')} <span className="muted small">{t('results.liveNote')}</span>
        </h2>
        {view.liveAggregate?.kind === 'suppressed' && view.liveAggregate.until ? (
          <p className="muted" data-testid="live-waits">
            {t('results.namesWait')}
          </p>
        ) : view.liveAggregate ? (
          <AggregateChart
            step={step}
            aggregate={view.liveAggregate}
            size="console"
            text={roomChartStrings()}
            onHideWord={(word) =>
              void api.act({ type: 'hideWord', stepId: step.id, word, hidden: true })
            }
          />
        ) : (
          <p className="muted">{t('results.waiting')}</p>
        )}
      </section>
      <section className="card result-card room-card" aria-labelledby="room-title">
        <h2 id="room-title">
          {t('results.room')} <span className="muted small">{t('results.roomNote')}</span>
        </h2>
        {phase === 'revealed' && view.roomAggregate ? (
          <AggregateChart
            step={step}
            aggregate={view.roomAggregate}
            size="console"
            text={roomChartStrings()}
          />
        ) : (
          <p className="muted">
            {phase === 'open'
              ? t('results.roomOpen')
              : phase === 'closed'
                ? t('results.roomClosed')
                : t('results.roomPending')}
          </p>
        )}
      </section>
    </div>
  );
}
