import type { StepOf } from '../template/step-schema.js';
import type { AnswerOf } from '../session/answer-schema.js';
import type { ChoiceAggregate } from './aggregate-types.js';

export function aggregateChoice(
  step: StepOf<'choice'>,
  answers: AnswerOf<'choice'>[],
): ChoiceAggregate {
  const counts = step.options.map((option) => ({
    key: option.id,
    count: answers.filter((a) => a.optionIds.includes(option.id)).length,
  }));
  const aggregate: ChoiceAggregate = { kind: 'choice', respondents: answers.length, counts };
  if (step.correct) aggregate.correct = [...step.correct];
  return aggregate;
}
