import type { AnswerOf } from '../session/answer-schema.js';
import type { StepOf } from '../template/step-schema.js';
import type { ScaleAggregate, ScaleStatementAggregate } from './aggregate-types.js';
import { mean, round } from './stats.js';

function distributionOf(ratings: number[]): number[] {
  const distribution = [0, 0, 0, 0, 0];
  for (const rating of ratings) distribution[rating - 1] = (distribution[rating - 1] ?? 0) + 1;
  return distribution;
}

function roundedMean(ratings: number[]): number | null {
  const value = mean(ratings);
  return value === null ? null : round(value);
}

/** Per statement and per theme: how the group's ratings spread, and their mean. */
export function aggregateScale(
  step: StepOf<'scale'>,
  answers: AnswerOf<'scale'>[],
): ScaleAggregate {
  const themes = step.themes.map((theme) => {
    const statements: ScaleStatementAggregate[] = theme.statements.map((statement) => {
      const ratings = answers.flatMap((a) => a.values[statement.id] ?? []);
      return {
        statementId: statement.id,
        distribution: distributionOf(ratings),
        mean: roundedMean(ratings),
      };
    });
    const ratings = answers.flatMap((a) => theme.statements.flatMap((s) => a.values[s.id] ?? []));
    return {
      themeId: theme.id,
      distribution: distributionOf(ratings),
      mean: roundedMean(ratings),
      statements,
    };
  });
  return { kind: 'scale', respondents: answers.length, themes };
}
