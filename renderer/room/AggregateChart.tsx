import type {
  Aggregate,
  ChoiceAggregate,
  OpenAggregate,
  RankAggregate,
  ScaleAggregate,
  SliderAggregate,
  SortAggregate,
  WordsAggregate,
} from '../../shared/aggregate/aggregate-types.js';
import type { PublicStep } from '../../shared/protocol/views.js';
import type { Step } from '../../shared/template/step-schema.js';

/** The console passes full steps, the projector public ones; the chart needs only labels. */
type ShownStep = Step | PublicStep;
type StepOf<K extends Step['kind']> = Extract<ShownStep, { kind: K }>;

interface Props {
  step: ShownStep;
  aggregate: Aggregate;
  /** Words the counselor can hide from the cloud (console only). */
  onHideWord?: (word: string) => void;
}

/** The anonymized summary of one exercise, for the console and the projector alike. */
export function AggregateChart({ step, aggregate, onHideWord }: Props) {
  if (aggregate.kind === 'suppressed') {
    return (
      <div className="agg agg-suppressed" role="status">
        <p className="agg-suppressed-title">Too few answers to show</p>
        <p className="agg-suppressed-detail">
          {aggregate.respondents} answered. To keep everyone anonymous, results are shown from{' '}
          {aggregate.k} answers.
        </p>
      </div>
    );
  }
  switch (aggregate.kind) {
    case 'choice':
      return step.kind === 'choice' ? <ChoiceChart step={step} agg={aggregate} /> : null;
    case 'scale':
      return step.kind === 'scale' ? <ScaleChart step={step} agg={aggregate} /> : null;
    case 'sort':
      return step.kind === 'sort' ? <SortChart step={step} agg={aggregate} /> : null;
    case 'words':
      return <WordCloud agg={aggregate} onHideWord={onHideWord} />;
    case 'open':
      return <OpenTexts agg={aggregate} />;
    case 'rank':
      return step.kind === 'rank' ? <RankChart step={step} agg={aggregate} /> : null;
    case 'slider':
      return step.kind === 'slider' ? <SliderChart step={step} agg={aggregate} /> : null;
  }
}

function Respondents({ n }: { n: number }) {
  return <p className="agg-respondents">{n === 1 ? '1 answer' : `${n} answers`}</p>;
}

function Bar({
  label,
  value,
  max,
  note,
}: {
  label: string;
  value: number;
  max: number;
  note?: string;
}) {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="bar-row">
      <span className="bar-label">{label}</span>
      <span className="bar-track" aria-hidden="true">
        <span className="bar-fill" style={{ width: `${width}%` }} />
      </span>
      <span className="bar-value">{note ?? value}</span>
    </div>
  );
}

function ChoiceChart({ step, agg }: { step: StepOf<'choice'>; agg: ChoiceAggregate }) {
  const countOf = (id: string) => agg.counts.find((c) => c.key === id)?.count ?? 0;
  const max = Math.max(1, ...agg.counts.map((c) => c.count));
  const correct = new Set(agg.correct ?? []);
  return (
    <div className="agg agg-choice">
      {step.options.map((option) => (
        <Bar
          key={option.id}
          label={correct.has(option.id) ? `✓ ${option.label}` : option.label}
          value={countOf(option.id)}
          max={max}
        />
      ))}
      <Respondents n={agg.respondents} />
    </div>
  );
}

function Distribution({ distribution, labels }: { distribution: number[]; labels: string[] }) {
  const total = distribution.reduce((a, b) => a + b, 0);
  return (
    <span
      className="dist"
      aria-label={labels.map((l, i) => `${l}: ${distribution[i] ?? 0}`).join(', ')}
    >
      {distribution.map((count, i) =>
        count > 0 ? (
          <span
            key={i}
            className={`dist-seg dist-${i + 1}`}
            style={{ flexGrow: count, flexBasis: 0 }}
            title={`${labels[i] ?? i + 1}: ${count}`}
          >
            {total > 0 && count / total >= 0.08 ? count : ''}
          </span>
        ) : null,
      )}
    </span>
  );
}

function ScaleChart({ step, agg }: { step: StepOf<'scale'>; agg: ScaleAggregate }) {
  return (
    <div className="agg agg-scale">
      <div className="dist-legend" aria-hidden="true">
        {step.labels.map((label, i) => (
          <span key={label} className="dist-legend-item">
            <span className={`dist-swatch dist-${i + 1}`} />
            {label}
          </span>
        ))}
      </div>
      {agg.themes.map((theme) => {
        const themeStep = step.themes.find((t) => t.id === theme.themeId);
        return (
          <div className="scale-theme" key={theme.themeId}>
            <div className="scale-row scale-theme-row">
              <span className="scale-label">{themeStep?.title ?? theme.themeId}</span>
              <Distribution distribution={theme.distribution} labels={step.labels} />
            </div>
            {theme.statements.map((s) => (
              <div className="scale-row" key={s.statementId}>
                <span className="scale-label scale-statement">
                  {themeStep?.statements.find((x) => x.id === s.statementId)?.text ?? s.statementId}
                </span>
                <Distribution distribution={s.distribution} labels={step.labels} />
              </div>
            ))}
          </div>
        );
      })}
      <Respondents n={agg.respondents} />
    </div>
  );
}

function SortChart({ step, agg }: { step: StepOf<'sort'>; agg: SortAggregate }) {
  return (
    <div className="agg agg-sort">
      {agg.items.map((item) => {
        const def = step.items.find((i) => i.id === item.itemId);
        const category = step.categories.find((c) => c.id === def?.category);
        const percent = Math.round(item.correctShare * 100);
        return (
          <Bar
            key={item.itemId}
            label={`${def?.label ?? item.itemId}${category ? ` → ${category.label}` : ''}`}
            value={percent}
            max={100}
            note={`${percent}%`}
          />
        );
      })}
      <p className="agg-respondents">
        Share of the group who placed each item where the key puts it · {agg.respondents} answers
      </p>
    </div>
  );
}

function WordCloud({
  agg,
  onHideWord,
}: {
  agg: WordsAggregate;
  onHideWord?: ((word: string) => void) | undefined;
}) {
  const max = Math.max(1, ...agg.words.map((w) => w.count));
  if (agg.words.length === 0) return <p className="agg-empty">No words to show yet.</p>;
  return (
    <div className="agg agg-words">
      <ul className="cloud">
        {agg.words.map((w) => (
          <li
            key={w.key}
            className="cloud-word"
            style={{ fontSize: `${1 + (w.count / max) * 1.6}em` }}
          >
            {w.key}
            {onHideWord && (
              <button
                type="button"
                className="cloud-hide"
                onClick={() => onHideWord(w.key)}
                aria-label={`Hide the word “${w.key}”`}
                title="Hide this word from the cloud"
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <Respondents n={agg.respondents} />
    </div>
  );
}

function OpenTexts({ agg }: { agg: OpenAggregate }) {
  return (
    <div className="agg agg-open">
      {agg.texts.length === 0 ? (
        <p className="agg-empty">No shared answers approved yet.</p>
      ) : (
        <ul className="open-texts">
          {agg.texts.map((text, i) => (
            <li key={i} className="open-text">
              {text}
            </li>
          ))}
        </ul>
      )}
      <Respondents n={agg.respondents} />
    </div>
  );
}

function RankChart({ step, agg }: { step: StepOf<'rank'>; agg: RankAggregate }) {
  const n = step.items.length;
  return (
    <div className="agg agg-rank">
      <ol className="rank-list">
        {agg.items.map((item) => (
          <li key={item.itemId} className="rank-item">
            <span className="rank-label">
              {step.items.find((i) => i.id === item.itemId)?.label ?? item.itemId}
            </span>
            <span className="rank-avg">
              average place {item.averagePosition.toFixed(1)} of {n}
            </span>
          </li>
        ))}
      </ol>
      <Respondents n={agg.respondents} />
    </div>
  );
}

interface SliderBin {
  label: string;
  count: number;
}

/** One column per value on short ranges; about ten ranges of values on long ones. */
function sliderBins(step: StepOf<'slider'>, agg: SliderAggregate): SliderBin[] {
  const values: number[] = [];
  for (let v = step.min; v <= step.max; v += step.step) values.push(v);
  const countOf = (v: number) => agg.distribution.find((c) => Number(c.key) === v)?.count ?? 0;
  const perBin = values.length > 21 ? Math.ceil(values.length / 10) : 1;
  const bins: SliderBin[] = [];
  for (let i = 0; i < values.length; i += perBin) {
    const group = values.slice(i, i + perBin);
    const first = group[0] ?? 0;
    const last = group[group.length - 1] ?? first;
    bins.push({
      label: first === last ? String(first) : `${first}–${last}`,
      count: group.reduce((sum, v) => sum + countOf(v), 0),
    });
  }
  return bins;
}

function SliderChart({ step, agg }: { step: StepOf<'slider'>; agg: SliderAggregate }) {
  const bins = sliderBins(step, agg);
  const max = Math.max(1, ...bins.map((b) => b.count));
  return (
    <div className="agg agg-slider">
      <div className="histogram" aria-label="How the group answered">
        {bins.map((bin) => (
          <div className="histogram-col" key={bin.label}>
            <span className="histogram-count">{bin.count || ''}</span>
            <span
              className="histogram-bar"
              style={{ height: `${Math.round((bin.count / max) * 100)}%` }}
            />
            <span className="histogram-value">{bin.label}</span>
          </div>
        ))}
      </div>
      <div className="histogram-ends">
        <span>{step.minLabel}</span>
        <span>{step.maxLabel}</span>
      </div>
      <p className="agg-respondents">
        {agg.median !== null && <>Middle answer {formatNumber(agg.median)} · </>}
        {agg.mean !== null && <>average {formatNumber(agg.mean)} · </>}
        {agg.respondents} answers
      </p>
    </div>
  );
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
