import type { ScaleAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../strings.js';
import { isBanded, ScaleBands } from './scale-bands.js';

/**
 * Per theme, how the group's ratings spread from 1 to 5, as one stacked bar. `expanded` shows
 * every statement at once (console, projector: nobody can tap to open them there).
 */
export function ScaleChart({
  step,
  aggregate,
  text,
  expanded = false,
}: {
  step: PublicStepOf<'scale'>;
  aggregate: ScaleAggregate;
  text: ChartStrings;
  expanded?: boolean;
}) {
  if (isBanded(aggregate))
    return <ScaleBands step={step} aggregate={aggregate} text={text} expanded={expanded} />;
  return (
    <div className="agg-scale">
      <ol className="agg-legend" aria-label={text.ratingLegend}>
        {step.labels.map((label, i) => (
          <li key={label}>
            <span className={`agg-swatch agg-tone-${i + 1}`} aria-hidden="true" />
            {i + 1} {label}
          </li>
        ))}
      </ol>
      {aggregate.themes.map((theme) => {
        const stepTheme = step.themes.find((t) => t.id === theme.themeId);
        const statements = theme.statements.map((s) => (
          <div className="agg-statement" key={s.statementId}>
            <p>
              {stepTheme?.statements.find((x) => x.id === s.statementId)?.text ?? s.statementId}
            </p>
            <Distribution distribution={s.distribution} labels={step.labels} text={text} />
          </div>
        ));
        return (
          <section className="agg-scale-theme" key={theme.themeId}>
            <h4 className="agg-subtitle">{stepTheme?.title ?? theme.themeId}</h4>
            <Distribution distribution={theme.distribution} labels={step.labels} text={text} />
            {statements.length === 0 ? null : expanded ? (
              statements
            ) : (
              <details className="agg-details">
                <summary>{text.statements}</summary>
                {statements}
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}

function Distribution({
  distribution,
  labels,
  text,
}: {
  distribution: number[];
  labels: readonly string[];
  text: ChartStrings;
}) {
  const total = distribution.reduce((a, b) => a + b, 0);
  const summary = distribution
    .map((n, i) => text.ratingCount(`${i + 1} ${labels[i] ?? ''}`.trim(), n))
    .join(', ');
  return (
    <div className="agg-stack" role="img" aria-label={summary}>
      {distribution.map((n, i) =>
        n > 0 && total > 0 ? (
          <span
            key={i}
            className={`agg-stack-part agg-tone-${i + 1}`}
            style={{ width: `${(n / total) * 100}%` }}
          >
            {n}
          </span>
        ) : null,
      )}
    </div>
  );
}
