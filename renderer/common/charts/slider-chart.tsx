import type { SliderAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../chart-strings.js';
import { allMerged } from './coarse-cells.js';
import { isRanged, rangeColumns, rangeWords } from './slider-ranges.js';

const MAX_COLUMNS = 21;
/** About this many numbers fit under a phone's histogram. */
const PHONE_TICKS = 6;
/** Console and projector label every column, so long ranges are grouped more coarsely there. */
const LABELLED_GROUPS = 10;

/**
 * A histogram over the slider's range; wide ranges are grouped into at most 21 columns.
 * `wide` (console, projector) groups long ranges into about ten, so each column's count and value
 * label fit; the phone's stylesheet leaves those labels out.
 */
export function SliderChart({
  step,
  aggregate,
  text,
  wide = false,
}: {
  step: PublicStepOf<'slider'>;
  aggregate: SliderAggregate;
  text: ChartStrings;
  wide?: boolean;
}) {
  const ranged = isRanged(aggregate);
  if (ranged && allMerged(aggregate.distribution)) {
    const most = aggregate.mostIn;
    return (
      <p className="agg-note">
        {most === undefined ? text.splitWithheld : text.sliderMost(rangeWords(most))}
      </p>
    );
  }
  const columns = ranged
    ? rangeColumns(step, aggregate, text)
    : sliderColumns(step, aggregate, wide ? LABELLED_GROUPS : MAX_COLUMNS);
  const top = Math.max(1, ...columns.map((c) => c.count));
  // A narrow phone numbers about every other column; the room's screens number them all.
  const tickStride = Math.max(1, Math.ceil(columns.length / PHONE_TICKS));
  const summary = columns
    .filter((c) => c.count > 0)
    .map((c) => `${c.label}: ${text.people(c.count)}`)
    .join(', ');
  return (
    <div className="agg-slider">
      <div className="agg-histogram" role="img" aria-label={summary}>
        {columns.map((c) => (
          <span key={c.label} className="agg-column">
            <span className="agg-column-fill" style={{ height: `${(c.count / top) * 100}%` }}>
              <span className="agg-column-count">{c.count || ''}</span>
            </span>
          </span>
        ))}
      </div>
      <div className="agg-column-values" aria-hidden="true">
        {columns.map((c, i) => (
          <span
            key={c.label}
            className={
              i % tickStride === 0 || i === columns.length - 1 ? undefined : 'agg-tick-minor'
            }
          >
            {/* A range like 0–2 reads low to high in every language (no strong letter: LTR). */}
            <bdi dir="auto">{c.label}</bdi>
          </span>
        ))}
      </div>
      <div className="agg-axis" aria-hidden="true">
        <span>
          <bdi>
            {step.min} {step.minLabel}
          </bdi>
        </span>
        <span>
          <bdi>
            {step.max} {step.maxLabel}
          </bdi>
        </span>
      </div>
      <dl className="agg-stats">
        {aggregate.mean !== null ? (
          <div>
            <dt>{text.average}</dt>
            <dd>{formatNumber(aggregate.mean)}</dd>
          </div>
        ) : null}
        {aggregate.median !== null ? (
          <div>
            <dt>{text.median}</dt>
            <dd>{formatNumber(aggregate.median)}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function sliderColumns(
  step: Pick<PublicStepOf<'slider'>, 'min' | 'max' | 'step'>,
  aggregate: Pick<SliderAggregate, 'distribution'>,
  groups = MAX_COLUMNS,
): { label: string; count: number }[] {
  const values: number[] = [];
  for (let v = step.min; v <= step.max; v += step.step) values.push(v);
  const perColumn = values.length > MAX_COLUMNS ? Math.ceil(values.length / groups) : 1;
  const columns: { label: string; count: number; from: number; to: number }[] = [];
  for (let i = 0; i < values.length; i += perColumn) {
    const group = values.slice(i, i + perColumn);
    const from = group[0] ?? step.min;
    const to = group[group.length - 1] ?? from;
    columns.push({ label: from === to ? String(from) : `${from}–${to}`, count: 0, from, to });
  }
  for (const { key, count } of aggregate.distribution) {
    const value = Number(key);
    const column = columns.find((c) => value >= c.from && value <= c.to);
    if (column) column.count += count;
  }
  return columns.map(({ label, count }) => ({ label, count }));
}
