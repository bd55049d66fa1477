import type { ChoiceAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../strings.js';
import { BarRow } from './bar-row.js';

export function ChoiceChart({
  step,
  aggregate,
  text,
}: {
  step: PublicStepOf<'choice'>;
  aggregate: ChoiceAggregate;
  text: ChartStrings;
}) {
  const count = (id: string) => aggregate.counts.find((c) => c.key === id)?.count ?? 0;
  const correct = new Set(aggregate.correct ?? []);
  return (
    <ul className="agg-bars">
      {step.options.map((option) => {
        const n = count(option.id);
        const share = aggregate.respondents > 0 ? (n / aggregate.respondents) * 100 : 0;
        return (
          <BarRow
            key={option.id}
            label={option.label}
            value={n}
            max={aggregate.respondents}
            detail={text.choiceDetail(n, share)}
            highlight={correct.has(option.id)}
            mark={correct.has(option.id) ? text.correct : undefined}
          />
        );
      })}
    </ul>
  );
}
