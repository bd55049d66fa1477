import { useLayoutEffect, useRef, useState } from 'react';
import { strings } from '../strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import type { DraftOf } from './drafts.js';
import type { InputProps } from './input-props.js';
import { DragPlaceholder } from '../../common/drag-reorder/drag-placeholder.js';
import { GripIcon } from '../../common/drag-reorder/grip-icon.js';
import { useDragReorder } from '../../common/drag-reorder/use-drag-reorder.js';
import './rank-input.css';

type Direction = 'up' | 'down';

/**
 * Reorder by dragging a row's handle (touch or mouse) or with the up/down buttons, which work
 * with a thumb, a keyboard and a screen reader alike. Every move is announced politely.
 */
export function RankInput({
  step,
  draft,
  onChange,
}: InputProps<PublicStepOf<'rank'>, DraftOf<'rank'>>) {
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  /** The button to keep focus on after a keyboard move, since moving a row can drop focus. */
  const refocus = useRef<{ id: string; direction: Direction } | null>(null);
  const label = (id: string) => step.items.find((i) => i.id === id)?.label ?? id;
  const move = (from: number, to: number) => {
    const order = [...draft.order];
    const [item] = order.splice(from, 1);
    if (item === undefined) return;
    order.splice(to, 0, item);
    onChange({ kind: 'rank', order });
    setAnnouncement(strings.rank.moved({ label: label(item), place: to + 1, total: order.length }));
  };
  const areaRef = useRef<HTMLDivElement>(null);
  const drag = useDragReorder(areaRef, move);

  // A layout effect: focus is back on the button before the next key press can arrive (preact,
  // which the phone ships on, runs plain effects after the next frame).
  useLayoutEffect(() => {
    const wanted = refocus.current;
    refocus.current = null;
    if (!wanted || !listRef.current) return;
    const row = [...listRef.current.children].find(
      (li) => li instanceof HTMLElement && li.dataset.id === wanted.id,
    );
    const buttons = row?.querySelectorAll<HTMLButtonElement>('button[data-direction]');
    if (!buttons) return;
    const [up, down] = [...buttons];
    const preferred = wanted.direction === 'up' ? up : down;
    (preferred?.disabled ? (preferred === up ? down : up) : preferred)?.focus();
  }, [draft.order]);

  const moveButton = (id: string, i: number, direction: Direction) => {
    // Mid-drag, the ends are where the rows will land, like the numbers shown.
    const place = drag.place(i);
    return (
      <button
        type="button"
        className="icon-button"
        data-direction={direction}
        aria-label={(direction === 'up' ? strings.rank.moveUp : strings.rank.moveDown)({
          label: label(id),
        })}
        disabled={direction === 'up' ? place === 1 : place === draft.order.length}
        onClick={() => {
          refocus.current = { id, direction };
          move(i, direction === 'up' ? i - 1 : i + 1);
        }}
      >
        <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
      </button>
    );
  };

  return (
    <div className="stack">
      <p className="muted small">{strings.rank.instructions}</p>
      <div className="rank-area" ref={areaRef}>
        <DragPlaceholder slot={drag.placeholder} className="rank-placeholder" />
        <ol ref={listRef} className={drag.dragging ? 'rank rank--dragging' : 'rank'}>
          {draft.order.map((id, i) => (
            <li
              key={id}
              data-id={id}
              data-drag-row=""
              className={drag.isLifted(i) ? 'rank-item rank-item--lifted' : 'rank-item'}
              style={drag.rowStyle(i)}
            >
              <button
                type="button"
                className="rank-handle"
                tabIndex={-1}
                aria-label={strings.rank.dragHandle({ label: label(id) })}
                {...drag.handleProps(i)}
              >
                <GripIcon />
              </button>
              <span className="rank-position" aria-hidden="true">
                {strings.rank.position({ position: drag.place(i) })}
              </span>
              <span className="rank-label">{label(id)}</span>
              {moveButton(id, i, 'up')}
              {moveButton(id, i, 'down')}
            </li>
          ))}
        </ol>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
