import { strings } from '../../common/strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './exercise-input.js';

/** Reorder with up/down buttons: works with a thumb, a keyboard and a screen reader alike. */
export function RankInput({
  step,
  draft,
  onChange,
}: InputProps<PublicStepOf<'rank'>, DraftOf<'rank'>>) {
  const label = (id: string) => step.items.find((i) => i.id === id)?.label ?? id;
  const move = (from: number, to: number) => {
    const order = [...draft.order];
    const [item] = order.splice(from, 1);
    if (item === undefined) return;
    order.splice(to, 0, item);
    onChange({ kind: 'rank', order });
  };
  return (
    <div className="stack">
      <p className="muted small">{strings.rank.instructions}</p>
      <ol className="rank">
        {draft.order.map((id, i) => (
          <li key={id} className="rank-item">
            <span className="rank-position" aria-hidden="true">
              {strings.rank.position(i + 1)}
            </span>
            <span className="rank-label">{label(id)}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={strings.rank.moveUp(label(id))}
              disabled={i === 0}
              onClick={() => move(i, i - 1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={strings.rank.moveDown(label(id))}
              disabled={i === draft.order.length - 1}
              onClick={() => move(i, i + 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
