import type { SortAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../strings.js';

/** An opinion sort: for each item, how the group spread it over the categories. No key, no score. */
export function SortSpread({
  step,
  aggregate,
  text,
}: {
  step: PublicStepOf<'sort'>;
  aggregate: SortAggregate;
  text: ChartStrings;
}) {
  const categoryLabel = (id: string) => step.categories.find((c) => c.id === id)?.label ?? id;
  return (
    <>
      <ul className="agg-bars">
        {aggregate.items.map((item) => {
          const label = step.items.find((i) => i.id === item.itemId)?.label ?? item.itemId;
          const spread = step.categories
            .map((category) => ({
              category,
              count: item.counts.find((c) => c.key === category.id)?.count ?? 0,
            }))
            .filter((part) => part.count > 0)
            .map(
              (part) =>
                `${categoryLabel(part.category.id)} ${text.percent((part.count / Math.max(item.placed, 1)) * 100)}`,
            );
          return (
            <li key={item.itemId} className="agg-bar agg-spread">
              <span className="agg-bar-label">{label}</span>
              <span className="agg-bar-detail">{spread.join(' · ')}</span>
            </li>
          );
        })}
      </ul>
      <p className="agg-note agg-sort-note">{text.sortOpinionNote}</p>
    </>
  );
}
