import type { RankAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import { drawRankPlot } from '../charts/rank-plot.js';
import type { Flow } from '../layout/flow.js';

export function drawRankResults(flow: Flow, step: StepOf<'rank'>, aggregate: RankAggregate): void {
  flow.muted(flow.frame.messages.t('results.rank.intro'));
  drawRankPlot(
    flow,
    aggregate.items.map((entry) => ({
      label: step.items.find((i) => i.id === entry.itemId)?.label ?? entry.itemId,
      averagePosition: entry.averagePosition,
    })),
    step.items.length,
  );
}
