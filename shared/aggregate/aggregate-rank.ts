import type { AnswerOf } from '../session/answer-schema.js';
import type { StepOf } from '../template/step-schema.js';
import type { RankAggregate } from './aggregate-types.js';
import { mean, round } from './stats.js';

/** Average position per item (1 = most important), most important first. */
export function aggregateRank(step: StepOf<'rank'>, answers: AnswerOf<'rank'>[]): RankAggregate {
  const items = step.items.map((item, templateOrder) => {
    const positions = answers
      .map((a) => a.order.indexOf(item.id) + 1)
      .filter((position) => position > 0);
    return { itemId: item.id, averagePosition: round(mean(positions) ?? 0), templateOrder };
  });
  items.sort((a, b) => a.averagePosition - b.averagePosition || a.templateOrder - b.templateOrder);
  return {
    kind: 'rank',
    respondents: answers.length,
    items: items.map(({ itemId, averagePosition }) => ({ itemId, averagePosition })),
  };
}
