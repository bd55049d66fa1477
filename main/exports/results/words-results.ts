import type { WordsAggregate } from '../../../shared/aggregate/aggregate-types.js';
import { drawWordCloud } from '../charts/word-cloud.js';
import type { Flow } from '../layout/flow.js';

export function drawWordsResults(flow: Flow, aggregate: WordsAggregate): void {
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
