import type { SortAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../strings.js';
import { BarRow } from './bar-row.js';
import { SortSpread } from './sort-spread.js';

/** For each item, how many people placed it where the answer key puts it, where that is safe. */
export function SortChart({
  step,
  aggregate,
  text,
}: {
  step: PublicStepOf<'sort'>;
  aggregate: SortAggregate;
  text: ChartStrings;
}) {
  if (step.opinion) return <SortSpread step={step} aggregate={aggregate} text={text} />;
  const categoryLabel = (id: string) => step.categories.find((c) => c.id === id)?.label ?? id;
  return (
    <>
      <ul className="agg-bars">
        {aggregate.items.map((item) => {
          const stepItem = step.items.find((i) => i.id === item.itemId);
          const keyCategory = stepItem?.category ? categoryLabel(stepItem.category) : '';
          // The share would give small numbers away; "most of the group" pins none (issue 13).
          if (item.correctShareWithheld) {
            return (
              <li key={item.itemId} className="agg-bar agg-bar--note">
                <span className="agg-bar-label">
                  {text.sortLabel(stepItem?.label ?? item.itemId, keyCategory)}
                </span>
                <span className="agg-bar-note">
                  {item.mostMatchKey ? text.mostMatchKey : text.splitWithheld}
                </span>
              </li>
            );
          }
          return (
            <BarRow
              key={item.itemId}
              label={text.sortLabel(stepItem?.label ?? item.itemId, keyCategory)}
              value={item.correctShare}
              max={1}
              detail={
                keyCategory
                  ? text.placedAsKey(item.correctShare, keyCategory)
                  : text.percent(item.correctShare * 100)
              }
            />
          );
        })}
      </ul>
      {text.sortNote ? <p className="agg-note agg-sort-note">{text.sortNote}</p> : null}
    </>
  );
}
