import { strings } from '../strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './input-props.js';
import './sort-input.css';

/** Each item gets a row of category buttons: tap to place, tap another to move. No dragging. */
export function SortInput({
  step,
  draft,
  onChange,
}: InputProps<PublicStepOf<'sort'>, DraftOf<'sort'>>) {
  const placed = Object.keys(draft.placements).length;
  const place = (itemId: string, categoryId: string) =>
    onChange({ kind: 'sort', placements: { ...draft.placements, [itemId]: categoryId } });
  return (
    <div className="stack">
      <p className="muted small">
        {strings.sort.instructions}{' '}
        <span className="nowrap">
          {strings.sort.placed({ done: placed, count: step.items.length })}
        </span>
      </p>
      {step.items.map((item) => (
        <div key={item.id} className="card card--tight">
          <fieldset className="group">
            <legend className="group-legend">{item.label}</legend>
            <div className={step.categories.length > 2 ? 'tiles tiles--grid' : 'tiles tiles--pair'}>
              {step.categories.map((category) => (
                <label key={category.id} className="tile tile--compact">
                  <input
                    type="radio"
                    className="tile-input"
                    name={`sort-${step.id}-${item.id}`}
                    checked={draft.placements[item.id] === category.id}
                    onChange={() => place(item.id, category.id)}
                  />
                  <span className="tile-label">{category.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      ))}
    </div>
  );
}
