import type { WordsAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { ChartStrings } from '../strings.js';

const MAX_WORDS = 40;

/** Bigger means more people wrote it; order is by frequency so the eye finds the big ones first. */
export function WordCloud({
  aggregate,
  text,
  onHideWord,
}: {
  aggregate: WordsAggregate;
  text: ChartStrings;
  /** Console only: a small button per word to take it out of the cloud. */
  onHideWord?: ((word: string) => void) | undefined;
}) {
  if (aggregate.topWords) return <TopWords words={aggregate.topWords} text={text} />;
  const words = aggregate.words.slice(0, MAX_WORDS);
  if (words.length === 0) return <p className="agg-note">{text.noWords}</p>;
  const top = Math.max(...words.map((w) => w.count));
  return (
    <ul className="agg-cloud">
      {words.map((word, i) => {
        const weight = top > 1 ? (word.count - 1) / (top - 1) : 1;
        return (
          <li
            key={word.key}
            className={`agg-word agg-word-tone-${(i % 4) + 1}`}
            style={{ fontSize: `${1 + weight * 1.4}em` }}
          >
            {word.key}
            <span className="agg-visually-hidden">{`: ${text.people(word.count)}`}</span>
            {onHideWord ? (
              <button
                type="button"
                className="agg-word-hide"
                onClick={() => onHideWord(word.key)}
                aria-label={text.hideWord(word.key)}
                title={text.hideWordHint}
              >
                ×
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The room's cloud of a small group (issue 13): words more than one person gave, largest first,
 * without counts, so no single person's word stands out by its number.
 */
function TopWords({ words, text }: { words: string[]; text: ChartStrings }) {
  if (words.length === 0) return <p className="agg-note">{text.noTopWords}</p>;
  return (
    <>
      <p className="agg-note">{text.topWords}</p>
      <ul className="agg-cloud">
        {words.map((word, i) => {
          const weight = words.length > 1 ? 1 - i / (words.length - 1) : 1;
          return (
            <li
              key={word}
              className={`agg-word agg-word-tone-${(i % 4) + 1}`}
              style={{ fontSize: `${1 + weight * 1.4}em` }}
            >
              {word}
            </li>
          );
        })}
      </ul>
    </>
  );
}
