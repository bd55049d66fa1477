import type { OpenAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { Flow } from '../layout/flow.js';
import { LIGHT } from '../layout/page-frame.js';

/** Approved, opted-in texts in the shuffled order the aggregate gives, without any attribution. */
export function drawOpenResults(flow: Flow, aggregate: OpenAggregate): void {
  if (aggregate.texts.length === 0) {
    flow.muted('No answers were shared and approved for showing.');
    return;
  }
  flow.muted('Answers their authors chose to share and the facilitator approved, in random order.');
  for (const raw of aggregate.texts) {
    const text = flow.frame.safe(raw);
    if (!text) continue;
    // Two lines at least stay together; longer texts continue on the next page by themselves.
    flow.ensure(text.length > 80 ? 48 : 28);
    const pages = flow.doc.bufferedPageRange().count;
    const top = flow.y;
    flow.text(`“${text}”`, { size: 11.5, indent: 14 });
    if (flow.doc.bufferedPageRange().count === pages)
      flow.doc
        .rect(flow.left + 2, top, 3, flow.y - top)
        .fillColor(LIGHT)
        .fill();
    flow.space(8);
  }
}
