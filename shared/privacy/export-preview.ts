import type { SessionState } from '../session/session-types.js';
import { isExercise } from '../template/step-schema.js';
import { gateAggregate } from './privacy-gate.js';

/** What the results report and CSV will do with one exercise, told before exporting. */
export interface ExportPreviewItem {
  stepId: string;
  title: string;
  /** shown: as answered; coarsened: grouped as `reason` says; withheld: left out. */
  outcome: 'shown' | 'coarsened' | 'withheld';
  /** A plain sentence; empty for "shown". */
  reason: string;
}

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
          reason: `Fewer than ${aggregate.k} people answered, so it is left out.`,
        },
      ];
    }
    if (smallCellMethod) return [{ ...item, outcome: 'coarsened', reason: smallCellMethod }];
    return [{ ...item, outcome: 'shown', reason: '' }];
  });
}
