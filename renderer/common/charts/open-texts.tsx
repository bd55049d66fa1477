import type { OpenAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { ChartStrings } from '../chart-strings.js';

/** Approved, opted-in texts only; the host already shuffled them and stripped every name. */
export function OpenTexts({ aggregate, text }: { aggregate: OpenAggregate; text: ChartStrings }) {
  if (aggregate.texts.length === 0) return <p className="agg-note">{text.noTexts}</p>;
  return (
    <ul className="agg-quotes">
      {aggregate.texts.map((quote, i) => (
        <li key={i} className="agg-quote">
          {quote}
        </li>
      ))}
    </ul>
  );
}
