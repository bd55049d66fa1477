import type { RankAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../chart-strings.js';

/** The group's order, most important first; the bar shows how close to the top on average. */
export function RankList({
  step,
  aggregate,
  text,
}: {
  step: PublicStepOf<'rank'>;
  aggregate: RankAggregate;
  text: ChartStrings;
}) {
  const count = step.items.length;
  return (
    <ol className="agg-rank">
      {aggregate.items.map((item) => {
        const strength = count > 1 ? (count - item.averagePosition) / (count - 1) : 1;
        return (
          <li key={item.itemId} className="agg-rank-item">
            <span className="agg-bar-label">
              {step.items.find((i) => i.id === item.itemId)?.label ?? item.itemId}
            </span>
            <span className="agg-bar-track" aria-hidden="true">
              <span className="agg-bar-fill" style={{ width: `${Math.max(4, strength * 100)}%` }} />
            </span>
            <span className="agg-bar-detail">
              {text.averagePosition(item.averagePosition, count)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
