import type { ExerciseStep } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { sortFormHeight } from './sort-form.js';
import { worksheetFormHeight } from './worksheet-form.js';

/** Short forms stay whole with their title; longer ones split between rows as usual. */
const MAX_KEPT_SHARE = 0.75;

/**
 * How much of an exercise's form should start on the same page as its title: the whole form
 * when it is a short list (sorting, ranking, a question's options), else nothing extra.
 */
export function formKeepHeight(flow: Flow, step: ExerciseStep): number {
  const hint = 20;
  let height = 0;
  switch (step.kind) {
    case 'sort':
      height = sortFormHeight(flow, step);
      break;
    case 'rank':
      height =
        hint +
        step.items.reduce(
          (sum, item) => sum + Math.max(24, flow.measure(item.label, { indent: 36 })) + 8,
          0,
        );
      break;
    case 'choice':
      height =
        hint +
        step.options.reduce(
          (sum, option) => sum + flow.measure(option.label, { indent: 25 }) + 7,
          0,
        );
      break;
    case 'worksheet': {
      // Never split: the whole form, whenever a page can hold it.
      const whole = worksheetFormHeight(flow, step) + 10;
      return whole <= flow.frame.bottom - flow.frame.top - 120 ? whole : 0;
    }
    case 'scale':
      // The hint, the table header, the first theme and its first statement.
      return 160;
    default:
      return 0;
  }
  return height <= (flow.frame.bottom - flow.frame.top) * MAX_KEPT_SHARE ? height : 0;
}
