import { assertNever } from '../../../shared/assert-never.js';
import type { StepAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { ExerciseStep } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { drawChoiceResults } from './choice-results.js';
import { drawOpenResults } from './open-results.js';
import { drawRankResults } from './rank-results.js';
import { drawScaleResults } from './scale-results.js';
import { drawSliderResults } from './slider-results.js';
import { drawSortResults } from './sort-results.js';
import { drawWordsResults } from './words-results.js';

/**
 * Draws an aggregate as a chart. It prints only what the aggregate carries, so the privacy
 * rules applied by the aggregation (k thresholds, merged cells) hold on paper too.
 */
export function drawAggregate(
  flow: Flow,
  step: ExerciseStep,
  aggregate: StepAggregate,
  audience: 'export' | 'room',
): void {
  const { t } = flow.frame.messages;
  if (aggregate.kind === 'private') {
    flow.muted(t('results.private'));
    return;
  }
  if (aggregate.kind === 'suppressed') {
    flow.text(
      audience === 'export'
        ? t('results.withheld', { k: flow.frame.numbers.count(aggregate.k) })
        : t('results.tooFew'),
      { size: 11.5, gapAfter: 8 },
    );
    return;
  }
  if (aggregate.kind === 'open') {
    // Shared texts are read as texts, not as a picture.
    if (step.kind === 'open') drawOpenResults(flow, aggregate);
    return;
  }
  // A chart is a figure: its alternative text is its labels and values, in reading order.
  flow.frame.tags.figure(
    (drawn) => t('results.chartAlt', { drawn }),
    () => drawChart(flow, step, aggregate),
  );
}

function drawChart(
  flow: Flow,
  step: ExerciseStep,
  aggregate: Exclude<StepAggregate, { kind: 'private' | 'suppressed' | 'open' }>,
): void {
  // Exhaustive over the step's kind, so a new kind does not compile until it has a chart.
  // Aggregates come from the step they describe; a mismatch draws nothing.
  switch (step.kind) {
    case 'choice':
      if (aggregate.kind === 'choice') drawChoiceResults(flow, step, aggregate);
      return;
    case 'scale':
      if (aggregate.kind === 'scale') drawScaleResults(flow, step, aggregate);
      return;
    case 'sort':
      if (aggregate.kind === 'sort') drawSortResults(flow, step, aggregate);
      return;
    case 'rank':
      if (aggregate.kind === 'rank') drawRankResults(flow, step, aggregate);
      return;
    case 'slider':
      if (aggregate.kind === 'slider') drawSliderResults(flow, step, aggregate);
      return;
    case 'words':
      if (aggregate.kind === 'words') drawWordsResults(flow, aggregate);
      return;
    case 'open':
      // Drawn as texts above.
      return;
    case 'worksheet':
      // Worksheets aggregate to { kind: 'private' }, handled above.
      return;
    default:
      return assertNever(step);
  }
}
