import type { OpenAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { Flow } from '../layout/flow.js';
import { LIGHT } from '../layout/page-frame.js';

/** Approved, opted-in texts in the shuffled order the aggregate gives, without any attribution. */
export function drawOpenResults(flow: Flow, aggregate: OpenAggregate): void {
  if (aggregate.texts.length === 0) {
    flow.muted(flow.frame.messages.t('results.open.none'));
    return;
  }
  flow.muted(flow.frame.messages.t('results.open.intro'));
  const texts = aggregate.texts.map((raw) => flow.frame.safe(raw)).filter(Boolean);
  const height = (text: string) => flow.measure(`“${text}”`, { size: 11.5, indent: 14 }) + 8;
  const page = flow.frame.bottom - flow.frame.top;
  for (const [index, text] of texts.entries()) {
    // A text stays whole when a page can hold it; the last one never stands alone on a page.
    const next = texts[index + 1];
    const keep = height(text) + (index === texts.length - 2 && next ? height(next) : 0);
    flow.ensure(keep <= page / 2 ? keep : Math.min(height(text), 48));
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
