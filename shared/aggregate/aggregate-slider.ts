import type { AnswerOf } from '../session/answer-schema.js';
import type { StepOf } from '../template/step-schema.js';
import type { SliderAggregate } from './aggregate-types.js';
import { mean, median, round } from './stats.js';

/** Every value the slider can take, so a histogram shows the empty ones too. */
export function sliderValues(step: StepOf<'slider'>): number[] {
  const values: number[] = [];
  for (let i = 0; step.min + i * step.step <= step.max; i++) values.push(step.min + i * step.step);
  return values;
}

export function aggregateSlider(
  step: StepOf<'slider'>,
  answers: AnswerOf<'slider'>[],
): SliderAggregate {
  const values = answers.map((a) => a.value);
  const middle = median(values);
  const average = mean(values);
  return {
    kind: 'slider',
    respondents: answers.length,
    distribution: sliderValues(step).map((v) => ({
      key: String(v),
      count: values.filter((x) => x === v).length,
    })),
    mean: average === null ? null : round(average),
    median: middle === null ? null : round(middle),
  };
}
