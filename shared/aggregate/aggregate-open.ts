import type { AnswerRecord, ModerationDecision } from '../session/session-types.js';
import type { OpenAggregate } from './aggregate-types.js';
import { seededShuffle } from './seeded-shuffle.js';

/**
 * Only texts whose author opted in AND the counselor approved, in an order seeded by session
 * and step so it is stable between views but says nothing about who answered when.
 */
export function aggregateOpen(
  records: AnswerRecord[],
  decisions: Record<string, ModerationDecision>,
  seed: string,
): OpenAggregate {
  let respondents = 0;
  const texts: string[] = [];
  for (const { answer, ref } of records) {
    if (answer.kind !== 'open') continue;
    respondents++;
    if (answer.share && decisions[ref] === 'approved') texts.push(answer.text);
  }
  return { kind: 'open', respondents, texts: seededShuffle(texts, seed) };
}
