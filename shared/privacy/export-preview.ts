import type { SmallCellMethod } from '../aggregate/small-cell-method.js';
import type { SessionState } from '../session/session-types.js';
import { isExercise } from '../template/step-schema.js';
import { gateAggregate } from './privacy-gate.js';

/** What the results report and CSV will do with one exercise, told before exporting. */
export interface ExportPreviewItem {
  stepId: string;
  title: string;
  /** shown: as answered; coarsened: grouped as `reason` says; withheld: left out. */
  outcome: 'shown' | 'coarsened' | 'withheld';
  /** Why, as a code the console words in its language; null for "shown". */
  reason: ExportReason | null;
}

/** Left out below k people, or grouped as a small-cell method says. */
export type ExportReason = { code: 'withheld'; k: number } | SmallCellMethod;

/**
 * The counselor's preview of an export (issue 13): per exercise, whether the report shows it,
 * coarsens it or withholds it, and why. Worksheets are private and not listed.
 */
export function exportPreview(state: SessionState): ExportPreviewItem[] {
  return state.template.steps.filter(isExercise).flatMap((step): ExportPreviewItem[] => {
    const gated = gateAggregate(step, state, 'report');
    if (!gated || gated.aggregate.kind === 'private') return [];
    const { aggregate, smallCellMethod } = gated;
    const item = { stepId: step.id, title: step.title };
    if (aggregate.kind === 'suppressed') {
      return [
        {
          ...item,
          outcome: 'withheld',
          reason: { code: 'withheld', k: aggregate.k },
        },
      ];
    }
    if (smallCellMethod) return [{ ...item, outcome: 'coarsened', reason: smallCellMethod }];
    return [{ ...item, outcome: 'shown', reason: null }];
  });
}
