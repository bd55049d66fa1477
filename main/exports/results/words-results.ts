import type { WordsAggregate } from '../../../shared/aggregate/aggregate-types.js';
import { drawWordCloud } from '../charts/word-cloud.js';
import type { Flow } from '../layout/flow.js';

export function drawWordsResults(flow: Flow, aggregate: WordsAggregate): void {
  if (aggregate.topWords) {
    // Exports: a ranked list without counts (issue 13), so a small group still has a cloud.
    if (aggregate.topWords.length === 0) {
      flow.muted('No word was given by more than one person.');
      return;
    }
    flow.muted('Words more than one person gave, the most frequent first and largest.');
    const n = aggregate.topWords.length;
    drawWordCloud(
      flow,
      aggregate.topWords.map((word, i) => ({ word, count: n - i })),
      { showCounts: false },
    );
    return;
  }
  if (aggregate.words.length === 0) {
    flow.muted('No word was given often enough to show.');
    return;
  }
  flow.muted('Larger words were given more often; the small number is how many people gave it.');
  drawWordCloud(
    flow,
    aggregate.words.map((w) => ({ word: w.key, count: w.count })),
  );
}
