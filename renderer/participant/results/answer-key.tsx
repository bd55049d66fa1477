import { strings } from '../strings.js';
import type { Answer } from '../../../shared/session/answer-schema.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import './answer-key.css';

/** The quiz answer or sort key with explanations, next to what this person chose. Never graded. */
export function AnswerKey({
  step,
  mine,
}: {
  step: PublicStepOf<'choice'> | PublicStepOf<'sort'>;
  mine: Answer | undefined;
}) {
  if (step.kind === 'choice') {
    if (!step.correct?.length && !step.explanation) return null;
    const label = (id: string) => step.options.find((o) => o.id === id)?.label ?? id;
    const chosen = mine?.kind === 'choice' ? mine.optionIds : [];
    return (
      <section className="card" aria-labelledby="key-title">
        <h2 id="key-title">{strings.results.quizTitle}</h2>
        {step.correct?.length ? (
          <ul className="checklist">
            {step.correct.map((id) => (
              <li key={id}>
                <strong>{label(id)}</strong>
              </li>
            ))}
          </ul>
        ) : null}
        {chosen.length ? (
          <p className="muted">
            {strings.results.yourChoice}: {chosen.map(label).join(', ')}
          </p>
        ) : null}
        {step.explanation ? <p className="pre-line">{step.explanation}</p> : null}
      </section>
    );
  }
  const category = (id: string | undefined) =>
    id ? (step.categories.find((c) => c.id === id)?.label ?? id) : strings.sort.notPlaced;
  const placements = mine?.kind === 'sort' ? mine.placements : {};
  const keyed = step.items.filter((item) => item.category || item.explanation);
  if (keyed.length === 0) return null;
  return (
    <section className="card" aria-labelledby="key-title">
      <h2 id="key-title">{step.opinion ? strings.sort.notesTitle : strings.sort.keyTitle}</h2>
      <ul className="key-list">
        {keyed.map((item) => (
          <li key={item.id} className="key-item">
            <p className="key-item-title">
              <strong>{item.label}</strong>
              {step.opinion ? null : <> → {category(item.category)}</>}
            </p>
            {mine?.kind === 'sort' ? (
              <p className="muted small">
                {placements[item.id]
                  ? `${strings.sort.yourPlacement} ${category(placements[item.id])}`
                  : strings.sort.notPlaced}
              </p>
            ) : null}
            {item.explanation ? <p className="small">{item.explanation}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
