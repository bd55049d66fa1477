import type { Aggregate } from '../../shared/aggregate/aggregate-types.js';
import type { PublicExerciseStep } from './public-step-types.js';
import { ChoiceChart } from './charts/choice-chart.js';
import { OpenTexts } from './charts/open-texts.js';
import { RankList } from './charts/rank-list.js';
import { ScaleChart } from './charts/scale-chart.js';
import { SliderChart } from './charts/slider-chart.js';
import { SortChart } from './charts/sort-chart.js';
import { WordCloud } from './charts/word-cloud.js';
import { chartStrings, type ChartStrings } from './chart-strings.js';
import './aggregate-chart.css';

/**
 * Where the chart is shown. The console and the projector ('room' sizes) lay bars out in rows
 * with their numbers beside them and show every detail at once; their look lives in
 * aggregate-chart-room.css, which the phone app does not load.
 */
export type ChartSize = 'phone' | 'console' | 'projector';

export interface AggregateChartProps {
  /** The console passes full steps (a superset of the public ones). */
  step: PublicExerciseStep;
  aggregate: Aggregate;
  size?: ChartSize;
  text?: ChartStrings;
  /** Lets the counselor hide a word from the cloud (console only). */
  onHideWord?: (word: string) => void;
}

/** The anonymized summary of one exercise, drawn with plain HTML/CSS (no chart library). */
export function AggregateChart({
  step,
  aggregate,
  size = 'phone',
  text = chartStrings(),
  onHideWord,
}: AggregateChartProps) {
  const room = size !== 'phone';
  return (
    <div className={`agg agg--${size} agg-of-${aggregate.kind}${room ? ' agg--room' : ''}`}>
      {aggregate.kind === 'suppressed' ? (
        <div className="agg-suppressed" role="status">
          {text.tooFewTitle ? <p className="agg-suppressed-title">{text.tooFewTitle}</p> : null}
          <p className="agg-note">{text.tooFew(aggregate.k, aggregate.respondents)}</p>
        </div>
      ) : (
        <>
          <p className="agg-respondents">{text.respondents(aggregate.respondents)}</p>
          <AggregateBody
            step={step}
            aggregate={aggregate}
            text={text}
            room={room}
            onHideWord={onHideWord}
          />
        </>
      )}
    </div>
  );
}

function AggregateBody({
  step,
  aggregate,
  text,
  room,
  onHideWord,
}: {
  step: PublicExerciseStep;
  aggregate: Exclude<Aggregate, { kind: 'suppressed' }>;
  text: ChartStrings;
  room: boolean;
  onHideWord: ((word: string) => void) | undefined;
}) {
  if (aggregate.kind === 'choice' && step.kind === 'choice')
    return <ChoiceChart step={step} aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'scale' && step.kind === 'scale')
    return <ScaleChart step={step} aggregate={aggregate} text={text} expanded={room} />;
  if (aggregate.kind === 'sort' && step.kind === 'sort')
    return <SortChart step={step} aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'words')
    return <WordCloud aggregate={aggregate} text={text} onHideWord={onHideWord} />;
  if (aggregate.kind === 'open') return <OpenTexts aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'rank' && step.kind === 'rank')
    return <RankList step={step} aggregate={aggregate} text={text} />;
  if (aggregate.kind === 'slider' && step.kind === 'slider')
    return <SliderChart step={step} aggregate={aggregate} text={text} wide={room} />;
  return null;
}
