import type { Slot } from './drag-geometry.js';

/** Mid-drag, the empty slot the dragged row would drop into; each list draws it its own way. */
export function DragPlaceholder({ slot, className }: { slot: Slot | null; className: string }) {
  if (!slot) return null;
  return (
    <div className={className} aria-hidden="true" style={{ top: slot.top, height: slot.height }} />
  );
}
