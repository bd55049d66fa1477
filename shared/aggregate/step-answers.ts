import type { AnswerOf } from '../session/answer-schema.js';
import type { AnswerRecord, SessionState } from '../session/session-types.js';
import type { ExerciseKind } from '../template/step-schema.js';

/**
 * The answer records that count for a step: removed participants and passes are left out,
 * so a pass never shows up in any aggregate.
 */
export function countedRecords(state: SessionState, stepId: string): AnswerRecord[] {
  const records: AnswerRecord[] = [];
  for (const participant of Object.values(state.participants)) {
    if (participant.removed) continue;
    const record = participant.answers[stepId];
    if (record && record.answer.kind !== 'pass') records.push(record);
  }
  return records;
}

export function countedAnswers<K extends ExerciseKind>(
  state: SessionState,
  stepId: string,
  kind: K,
): AnswerOf<K>[] {
  return countedRecords(state, stepId)
    .map((record) => record.answer)
    .filter((answer): answer is AnswerOf<K> => answer.kind === kind);
}
