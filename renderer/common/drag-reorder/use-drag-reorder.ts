import { useRef, useState, type CSSProperties, type PointerEvent, type RefObject } from 'react';
import {
  layoutFor,
  placeDuring,
  placeholderSlot,
  rowShift,
  type DragLayout,
  type Slot,
} from './drag-geometry.js';

interface ActiveDrag {
  pointerId: number;
  /** Pointer position when the drag began, relative to the list (so page scrolling is harmless). */
  startY: number;
  slots: Slot[];
  layout: DragLayout;
}

export interface DragReorder {
  dragging: boolean;
  handleProps: (index: number) => {
    onPointerDown: (event: PointerEvent<HTMLElement>) => void;
    onPointerMove: (event: PointerEvent<HTMLElement>) => void;
    onPointerUp: (event: PointerEvent<HTMLElement>) => void;
    onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
    onLostPointerCapture: (event: PointerEvent<HTMLElement>) => void;
  };
  rowStyle: (index: number) => CSSProperties | undefined;
  isLifted: (index: number) => boolean;
  /** The place (1 = first) a row shows: where it would land if the drag ended now. */
  place: (index: number) => number;
  placeholder: Slot | null;
}

/**
 * Drag-to-reorder with Pointer Events (touch, pen and mouse alike), no library. Rows only move
 * by `transform` while dragging, so nothing around the list shifts; the order changes once, on
 * release. Rows must carry `data-drag-row`.
 */
export function useDragReorder(
  /** The positioned box that holds the rows; rows are measured relative to it. */
  areaRef: RefObject<HTMLDivElement | null>,
  onDrop: (from: number, to: number) => void,
): DragReorder {
  const active = useRef<ActiveDrag | null>(null);
  // Mirrors `active` for rendering, since refs must not be read during render.
  const [shown, setShown] = useState<{ slots: Slot[]; layout: DragLayout } | null>(null);
  const layout = shown?.layout ?? null;

  const pointerY = (event: PointerEvent<HTMLElement>) =>
    event.clientY - (areaRef.current?.getBoundingClientRect().top ?? 0);

  const start = (index: number, event: PointerEvent<HTMLElement>) => {
    if (active.current || !event.isPrimary) return;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const area = areaRef.current;
    if (!area) return;
    event.preventDefault(); // no text selection, no focus jump
    event.currentTarget.setPointerCapture(event.pointerId);
    const areaTop = area.getBoundingClientRect().top;
    const slots = [...area.querySelectorAll<HTMLElement>('[data-drag-row]')].map((row) => {
      const box = row.getBoundingClientRect();
      return { top: box.top - areaTop, height: box.height };
    });
    const initial = layoutFor(slots, index, 0);
    active.current = {
      pointerId: event.pointerId,
      startY: event.clientY - areaTop,
      slots,
      layout: initial,
    };
    setShown({ slots, layout: initial });
  };

  const move = (event: PointerEvent<HTMLElement>) => {
    const drag = active.current;
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.layout = layoutFor(drag.slots, drag.layout.from, pointerY(event) - drag.startY);
    setShown({ slots: drag.slots, layout: drag.layout });
  };

  const finish = (event: PointerEvent<HTMLElement>, drop: boolean) => {
    const drag = active.current;
    if (!drag || event.pointerId !== drag.pointerId) return;
    active.current = null;
    setShown(null);
    const { from, over } = drag.layout;
    if (drop && over !== from) onDrop(from, over);
  };

  return {
    dragging: layout !== null,
    handleProps: (index) => ({
      onPointerDown: (event) => start(index, event),
      onPointerMove: move,
      onPointerUp: (event) => finish(event, true),
      onPointerCancel: (event) => finish(event, false),
      // Fires after pointerup too; by then the drag is already finished, so this only cancels.
      onLostPointerCapture: (event) => finish(event, false),
    }),
    rowStyle: (index) => {
      if (!layout) return undefined;
      const shift = rowShift(layout, index);
      return shift === 0 && index !== layout.from
        ? undefined
        : { transform: `translateY(${shift}px)` };
    },
    isLifted: (index) => layout?.from === index,
    place: (index) => (layout ? placeDuring(layout, index) : index + 1),
    placeholder: shown ? placeholderSlot(shown.slots, shown.layout) : null,
  };
}
