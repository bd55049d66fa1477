import type {
  Count,
  ScaleAggregate,
  ScaleThemeAggregate,
} from '../../../shared/aggregate/aggregate-types.js';
import type { PublicStepOf } from '../public-step-types.js';
import type { ChartStrings } from '../strings.js';
import { allMerged, cellLabel, isMerged } from './coarse-cells.js';

/** The room's scale comes coarsened (issue 13): bands and leans instead of single ratings. */
export function isBanded(aggregate: ScaleAggregate): boolean {
  return aggregate.themes.some(
    (t) => t.leanBands !== undefined || t.statements.some((s) => s.bands),
  );
}

/** Bands keep the five ratings' colours: low ratings blue, the middle yellow, high ones red. */
const BAND_TONE: Record<string, string> = {
  disagree: 'agg-tone-1',
  neutral: 'agg-tone-3',
  mixed: 'agg-tone-3',
  agree: 'agg-tone-5',
  skipped: 'agg-tone-skipped',
};

function bandLabel(step: PublicStepOf<'scale'>, key: string, text: ChartStrings): string {
  const [l1, l2, l3, l4, l5] = step.labels;
  switch (key) {
    case 'disagree':
      return `${l1} ${text.or} ${l2}`;
    case 'neutral':
      return l3 ?? key;
    case 'mixed':
      return text.bandMixed;
    case 'agree':
      return `${l4} ${text.or} ${l5}`;
    case 'skipped':
      return text.bandSkipped;
    default:
      return key;
  }
}

/** One true sentence per theme, read only from cells that are safe to show. */
function leanSentence(
  step: PublicStepOf<'scale'>,
  leans: Count[],
  respondents: number,
  text: ChartStrings,
): string {
  const majority = leans.find((cell) => !isMerged(cell) && cell.count * 2 > respondents);
  const half = leans.find((cell) => !isMerged(cell) && cell.count * 2 === respondents);
  if (!majority && half && half.key !== 'skipped' && half.key !== 'mixed')
    return text.leanHalf(bandLabel(step, half.key, text));
  if (!majority || majority.key === 'skipped') return text.leanSplit;
  if (majority.key === 'mixed') return text.leanMixed;
  return text.leanMost(bandLabel(step, majority.key, text));
}

function Bands({
  step,
  bands,
  text,
}: {
  step: PublicStepOf<'scale'>;
  bands: Count[];
  text: ChartStrings;
}) {
  if (allMerged(bands)) return <p className="agg-note">{text.splitWithheld}</p>;
  const total = bands.reduce((sum, b) => sum + b.count, 0);
  const label = (key: string) => bandLabel(step, key, text);
  const summary = bands.map((b) => text.ratingCount(cellLabel(b, label, text, false), b.count));
  return (
    <div className="agg-stack" role="img" aria-label={summary.join(', ')}>
      {bands.map((band) =>
        band.count > 0 && total > 0 ? (
          <span
            key={band.key}
            className={`agg-stack-part ${isMerged(band) ? 'agg-tone-combined' : (BAND_TONE[band.key] ?? '')}`}
            style={{ width: `${(band.count / total) * 100}%` }}
          >
            {band.count}
          </span>
        ) : null,
      )}
    </div>
  );
}

function Theme({
  step,
  theme,
  respondents,
  text,
  expanded,
}: {
  step: PublicStepOf<'scale'>;
  theme: ScaleThemeAggregate;
  respondents: number;
  text: ChartStrings;
  expanded: boolean;
}) {
  const stepTheme = step.themes.find((t) => t.id === theme.themeId);
  const leans = theme.leanBands ?? [];
  const statements = theme.statements.flatMap((s) =>
    s.bands ? (
      <div className="agg-statement" key={s.statementId}>
        <p>{stepTheme?.statements.find((x) => x.id === s.statementId)?.text ?? s.statementId}</p>
        <Bands step={step} bands={s.bands} text={text} />
      </div>
    ) : (
      []
    ),
  );
  return (
    <section className="agg-scale-theme agg-scale-theme--banded">
      <h4 className="agg-subtitle">{stepTheme?.title ?? theme.themeId}</h4>
      {leans.length > 0 ? (
        <div className="agg-lean">
          <p>
            {text.leanTitle}
            {allMerged(leans) ? '' : `: ${leanSentence(step, leans, respondents, text)}`}
          </p>
          <Bands step={step} bands={leans} text={text} />
        </div>
      ) : null}
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
}

/** Per theme, where people lean, then each statement's ratings in bands, small cells combined. */
export function ScaleBands({
  step,
  aggregate,
  text,
  expanded,
}: {
  step: PublicStepOf<'scale'>;
  aggregate: ScaleAggregate;
  text: ChartStrings;
  expanded: boolean;
}) {
  const hasLeans = aggregate.themes.some((t) => (t.leanBands?.length ?? 0) > 0);
  const combined = aggregate.themes.some((t) =>
    [t.leanBands ?? [], ...t.statements.map((s) => s.bands ?? [])].some(
      (bands) => !allMerged(bands) && bands.some(isMerged),
    ),
  );
  const legend = ['disagree', 'neutral', ...(hasLeans ? ['mixed'] : []), 'agree', 'skipped'];
  return (
    <div className="agg-scale">
      <ol className="agg-legend" aria-label={text.ratingLegend}>
        {legend.map((key) => (
          <li key={key}>
            <span className={`agg-swatch ${BAND_TONE[key] ?? ''}`} aria-hidden="true" />
            {bandLabel(step, key, text)}
          </li>
        ))}
        {combined ? (
          <li>
            <span className="agg-swatch agg-tone-combined" aria-hidden="true" />
            {text.otherCombined}
          </li>
        ) : null}
      </ol>
      {aggregate.themes.map((theme) => (
        <Theme
          key={theme.themeId}
          step={step}
          theme={theme}
          respondents={aggregate.respondents}
          text={text}
          expanded={expanded}
        />
      ))}
    </div>
  );
}
