import type { AnswerOf } from '../session/answer-schema.js';
import type { StepOf } from '../template/step-schema.js';
import type { SortAggregate } from './aggregate-types.js';
import { round } from './stats.js';

/** Per item: where the group placed it, and how many matched the answer key. */
export function aggregateSort(step: StepOf<'sort'>, answers: AnswerOf<'sort'>[]): SortAggregate {
  const items = step.items.map((item) => {
    const placements = answers.flatMap((a) => a.placements[item.id] ?? []);
    const counts = step.categories.map((category) => ({
      key: category.id,
      count: placements.filter((p) => p === category.id).length,
    }));
    const correct = placements.filter((p) => p === item.category).length;
    return {
      itemId: item.id,
      correctShare: placements.length === 0 ? 0 : round(correct / placements.length, 4),
      counts,
      placed: placements.length,
    };
  });
  return { kind: 'sort', respondents: answers.length, items };
}
