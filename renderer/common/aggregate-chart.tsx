import type { Aggregate } from '../../shared/aggregate/aggregate-types.js';
import type { PublicExerciseStep } from './public-step-types.js';
import { ChoiceChart } from './charts/choice-chart.js';
import { OpenTexts } from './charts/open-texts.js';
import { RankList } from './charts/rank-list.js';
import { ScaleChart } from './charts/scale-chart.js';
import { SliderChart } from './charts/slider-chart.js';
import { SortChart } from './charts/sort-chart.js';
import { WordCloud } from './charts/word-cloud.js';
import { chartStrings, type ChartStrings } from './strings.js';
import './aggregate-chart.css';

export interface AggregateChartProps {
  step: PublicExerciseStep;
  aggregate: Aggregate;
  /** 'large' scales text up for the projector; 'compact' suits phones and the console. */
  size?: 'compact' | 'large';
  text?: ChartStrings;
}

/** The anonymized summary of one exercise, drawn with plain HTML/CSS (no chart library). */
export function AggregateChart({
  step,
  aggregate,
  size = 'compact',
  text = chartStrings,
}: AggregateChartProps) {
  return (
    <div className={`agg agg--${size}`}>
      {aggregate.kind === 'suppressed' ? (
        <p className="agg-note">{text.tooFew(aggregate.k)}</p>
      ) : (
        <>
          <p className="agg-respondents">{text.respondents(aggregate.respondents)}</p>
          <AggregateBody step={step} aggregate={aggregate} text={text} />
        </>
      )}
    </div>
  );
}

function AggregateBody({
  step,
  aggregate,
  text,
}: {
  step: PublicExerciseStep;
  aggregate: Exclude<Aggregate, { kind: 'suppressed' }>;
  text: ChartStrings;
}) {
  if (aggregate.kind === 'choice' && step.kind === 'choice')
    return <ChoiceChart step={step} aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'scale' && step.kind === 'scale')
    return <ScaleChart step={step} aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'sort' && step.kind === 'sort')
    return <SortChart step={step} aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'words') return <WordCloud aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'open') return <OpenTexts aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'rank' && step.kind === 'rank')
    return <RankList step={step} aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'slider' && step.kind === 'slider')
    return <SliderChart step={step} aggregate={aggregate} text={text} />;
  return null;
}
