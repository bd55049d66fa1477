import type { WordsAggregate } from '../../../shared/aggregate/aggregate-types.js';
import { drawWordCloud } from '../charts/word-cloud.js';
import type { Flow } from '../layout/flow.js';

export function drawWordsResults(flow: Flow, aggregate: WordsAggregate): void {
  if (aggregate.topWords) {
    // Exports: a ranked list without counts (issue 13), so a small group still has a cloud.
    if (aggregate.topWords.length === 0) {
      flow.muted(flow.frame.messages.t('results.words.noneShared'));
      return;
    }
    flow.muted(flow.frame.messages.t('results.words.shared'));
    const n = aggregate.topWords.length;
    drawWordCloud(
      flow,
      aggregate.topWords.map((word, i) => ({ word, count: n - i })),
      { showCounts: false },
    );
    return;
  }
  if (aggregate.words.length === 0) {
    flow.muted(flow.frame.messages.t('results.words.none'));
    return;
  }
  flow.muted(flow.frame.messages.t('results.words.legend'));
  drawWordCloud(
    flow,
    aggregate.words.map((w) => ({ word: w.key, count: w.count })),
  );
}
