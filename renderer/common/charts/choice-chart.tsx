import type { ChoiceAggregate, Count } from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../strings.js';
import { BarRow } from './bar-row.js';
import { allMerged, cellLabel, isMerged } from './coarse-cells.js';

/** One bar per option in the step's order; options combined for privacy share one bar, last. */
export function ChoiceChart({
  step,
  aggregate,
  text,
}: {
  step: PublicStepOf<'choice'>;
  aggregate: ChoiceAggregate;
  text: ChartStrings;
}) {
  const label = (id: string) => step.options.find((o) => o.id === id)?.label ?? id;
  if (allMerged(aggregate.counts)) {
    const most = (aggregate.mostChose ?? []).map(label);
    return (
      <p className="agg-note">
        {most.length === 0
          ? text.splitWithheld
          : step.multiple
            ? text.choiceMostPicked(most)
            : text.choiceMost(most[0] ?? '')}
      </p>
    );
  }
  const merged = aggregate.counts.find(isMerged);
  const inMerged = new Set(merged?.members ?? []);
  const correct = new Set(aggregate.correct ?? []);
  const rows: Count[] = [
    ...step.options
      .filter((option) => !inMerged.has(option.id))
      .map(
        (option) =>
          aggregate.counts.find((c) => c.key === option.id) ?? { key: option.id, count: 0 },
      ),
    ...(merged ? [merged] : []),
  ];
  return (
    <>
      <ul className="agg-bars">
        {rows.map((cell) => {
          const share = aggregate.respondents > 0 ? (cell.count / aggregate.respondents) * 100 : 0;
          const isCorrect =
            correct.size > 0 && (cell.members ?? [cell.key]).every((id) => correct.has(id));
          return (
            <BarRow
              key={cell.key}
              label={cellLabel(cell, label, text)}
              value={cell.count}
              max={aggregate.respondents}
              detail={text.choiceDetail(cell.count, share)}
              highlight={isCorrect}
              mark={isCorrect ? text.correct : undefined}
            />
          );
        })}
      </ul>
      {merged ? <p className="agg-note">{text.combinedNote}</p> : null}
    </>
  );
}
