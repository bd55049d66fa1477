/**
 * Where a dragged row would land, and how far the other rows slide to make room for it.
 * Pure, so the arithmetic is unit-tested without a browser.
 */

/** A row's top and height, in px from the top of the list, measured when the drag starts. */
export interface Slot {
  top: number;
  height: number;
}

export interface DragLayout {
  from: number;
  /** The index the row would take if dropped now. */
  over: number;
  /** How far the dragged row is drawn from its resting place, in px. */
  offset: number;
  /** How far a row that makes room slides: the dragged row's height plus the gap between rows. */
  pitch: number;
}

/** Keeps the dragged row inside the list, so it never stretches the page. */
export function clampOffset(slots: readonly Slot[], from: number, offset: number): number {
  const first = slots[0];
  const last = slots[slots.length - 1];
  const dragged = slots[from];
  if (!first || !last || !dragged) return 0;
  const min = first.top - dragged.top;
  const max = last.top + last.height - dragged.height - dragged.top;
  return Math.min(max, Math.max(min, offset));
}

/** The new index: how many other rows have their middle above the dragged row's middle. */
export function dropIndex(slots: readonly Slot[], from: number, offset: number): number {
  const dragged = slots[from];
  if (!dragged) return from;
  const middle = dragged.top + dragged.height / 2 + offset;
  return slots.filter((slot, i) => i !== from && slot.top + slot.height / 2 < middle).length;
}

/**
 * The drop index follows the pointer (`rawOffset`), not the clamped drawing: a row taller than
 * the first or last row could otherwise never reach that end, since its clamped middle stays
 * short of the neighbour's middle (a two-line label on a narrow phone is enough).
 */
export function layoutFor(slots: readonly Slot[], from: number, rawOffset: number): DragLayout {
  const offset = clampOffset(slots, from, rawOffset);
  const first = slots[0];
  const second = slots[1];
  const gap = first && second ? second.top - first.top - first.height : 0;
  return {
    from,
    over: dropIndex(slots, from, rawOffset),
    offset,
    pitch: (slots[from]?.height ?? 0) + gap,
  };
}

/** How far row `index` slides while the dragged row hovers over `layout.over`. */
export function rowShift(layout: DragLayout, index: number): number {
  const { from, over, offset, pitch } = layout;
  if (index === from) return offset;
  if (from < over && index > from && index <= over) return -pitch;
  if (over < from && index >= over && index < from) return pitch;
  return 0;
}

/** The empty slot the row would drop into, drawn as a dashed outline. */
export function placeholderSlot(slots: readonly Slot[], layout: DragLayout): Slot | null {
  const { from, over } = layout;
  const dragged = slots[from];
  const target = slots[over];
  if (!dragged || !target) return null;
  const top = over <= from ? target.top : target.top + target.height - dragged.height;
  return { top, height: dragged.height };
}

/** The place (1 = first) row `index` shows while dragging: where it would be after the drop. */
export function placeDuring(layout: DragLayout, index: number): number {
  if (index === layout.from) return layout.over + 1;
  const shift = rowShift(layout, index);
  return index + 1 + (shift < 0 ? -1 : shift > 0 ? 1 : 0);
}
