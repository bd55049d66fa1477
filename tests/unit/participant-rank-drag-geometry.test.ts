import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampOffset,
  dropIndex,
  layoutFor,
  placeDuring,
  placeholderSlot,
  rowShift,
  type Slot,
} from '../../renderer/common/drag-reorder/drag-geometry.js';

/** Rows of the given heights stacked with a fixed gap, as the list lays them out. */
function stack(heights: readonly number[], gap: number, top = 0): Slot[] {
  const slots: Slot[] = [];
  let y = top;
  for (const height of heights) {
    slots.push({ top: y, height });
    y += height + gap;
  }
  return slots;
}

const rows = fc.record({
  heights: fc.array(fc.integer({ min: 40, max: 140 }), { minLength: 1, maxLength: 10 }),
  gap: fc.integer({ min: 0, max: 16 }),
});
const dragOf = rows.chain(({ heights, gap }) =>
  fc.record({
    heights: fc.constant(heights),
    gap: fc.constant(gap),
    from: fc.integer({ min: 0, max: heights.length - 1 }),
    offset: fc.integer({ min: -2000, max: 2000 }),
  }),
);

describe('drag-to-reorder geometry', () => {
  const four = stack([56, 56, 56, 56], 8);

  it('keeps a row in place until its middle passes a neighbour’s middle', () => {
    expect(dropIndex(four, 0, 0)).toBe(0);
    expect(dropIndex(four, 0, 63)).toBe(0);
    expect(dropIndex(four, 0, 65)).toBe(1);
    expect(dropIndex(four, 0, 64 * 2 + 1)).toBe(2);
    expect(dropIndex(four, 3, -64 * 3 - 1)).toBe(0);
  });

  it('slides the rows in between by one row plus the gap, the other way', () => {
    const down = layoutFor(four, 0, 130);
    expect(down.over).toBe(2);
    expect([0, 1, 2, 3].map((i) => rowShift(down, i))).toEqual([130, -64, -64, 0]);
    const up = layoutFor(four, 3, -200);
    expect(up.over).toBe(0);
    expect([0, 1, 2, 3].map((i) => rowShift(up, i))).toEqual([64, 64, 64, -192]);
  });

  it('lets a row taller than the others reach the top and the bottom', () => {
    // A two-line label: the row is taller than its neighbours, so when drawn it stops at the
    // list's edge before its middle passes the first row's middle; the pointer decides.
    const mixed = stack([56, 56, 56, 80], 8);
    const toFirstMiddle = mixed[0]!.top + 28 - (mixed[3]!.top + 40);
    expect(layoutFor(mixed, 3, toFirstMiddle - 1).over).toBe(0);
    expect(layoutFor(mixed, 3, toFirstMiddle + 1).over).toBe(1);
    const tallFirst = stack([80, 56, 56, 56], 8);
    const toLastMiddle = tallFirst[3]!.top + 28 - 40;
    expect(layoutFor(tallFirst, 0, toLastMiddle + 1).over).toBe(3);
  });

  it('can drop any row into any place', () => {
    fc.assert(
      fc.property(dragOf, ({ heights, gap, from }) => {
        const slots = stack(heights, gap);
        const reached = new Set(
          slots.map((slot) => {
            const pointerOverMiddle =
              slot.top + slot.height / 2 - (slots[from]!.top + slots[from]!.height / 2);
            return layoutFor(
              slots,
              from,
              pointerOverMiddle + (slot.top < slots[from]!.top ? -1 : 1),
            ).over;
          }),
        );
        expect(reached.size).toBe(heights.length);
      }),
    );
  });

  it('never lets the dragged row leave the list', () => {
    fc.assert(
      fc.property(dragOf, ({ heights, gap, from, offset }) => {
        const slots = stack(heights, gap, 100);
        const dragged = slots[from]!;
        const top = dragged.top + clampOffset(slots, from, offset);
        const last = slots[slots.length - 1]!;
        expect(top).toBeGreaterThanOrEqual(100);
        expect(top + dragged.height).toBeLessThanOrEqual(last.top + last.height);
      }),
    );
  });

  it('shows the other rows and the placeholder exactly where the drop will put them', () => {
    fc.assert(
      fc.property(dragOf, ({ heights, gap, from, offset }) => {
        const slots = stack(heights, gap, 20);
        const layout = layoutFor(slots, from, offset);
        const ids = heights.map((_, i) => i);
        const after = [...ids];
        after.splice(from, 1);
        after.splice(layout.over, 0, from);
        const settled = stack(
          after.map((i) => heights[i]!),
          gap,
          20,
        );
        for (const id of ids) {
          if (id === from) continue;
          expect(slots[id]!.top + rowShift(layout, id)).toBe(settled[after.indexOf(id)]!.top);
        }
        expect(placeholderSlot(slots, layout)).toEqual(settled[layout.over]);
        // The places shown mid-drag are the places after the drop: 1…n, each once.
        expect(ids.map((id) => placeDuring(layout, id))).toEqual(
          ids.map((id) => after.indexOf(id) + 1),
        );
      }),
    );
  });

  it('moves the drop index monotonically with the pointer', () => {
    fc.assert(
      fc.property(dragOf, fc.nat(500), ({ heights, gap, from, offset }, more) => {
        const slots = stack(heights, gap);
        const a = layoutFor(slots, from, offset).over;
        const b = layoutFor(slots, from, offset + more).over;
        expect(b).toBeGreaterThanOrEqual(a);
        expect(b).toBeLessThan(heights.length);
      }),
    );
  });
});
