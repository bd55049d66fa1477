import { describe, expect, it } from 'vitest';
import {
  recordEdit,
  redoEdit,
  startHistory,
  undoEdit,
} from '../../renderer/console/editor-history.js';
import type { Draft } from '../../renderer/console/editor-model.js';

const draft = (title: string): Draft => ({ title, steps: [] });

describe('the editor’s undo history', () => {
  it('steps back and forward through edits, and a new edit drops what was undone', () => {
    let h = startHistory(draft('a'));
    h = recordEdit(h, draft('b'), null, 0);
    h = recordEdit(h, draft('c'), null, 0);
    h = undoEdit(h);
    expect(h.present.title).toBe('b');
    h = undoEdit(h);
    expect(h.present.title).toBe('a');
    expect(undoEdit(h)).toBe(h);
    h = redoEdit(h);
    expect(h.present.title).toBe('b');
    h = recordEdit(h, draft('d'), null, 0);
    expect(h.future).toEqual([]);
    expect(redoEdit(h)).toBe(h);
    expect(undoEdit(h).present.title).toBe('b');
  });

  it('keeps a run of typing in one field as one step, split by a pause or another field', () => {
    let h = startHistory(draft(''));
    for (const [i, text] of ['H', 'Hi', 'Hi!'].entries()) {
      h = recordEdit(h, draft(text), 'title', 1000 + i * 100);
    }
    expect(h.past).toHaveLength(1);
    h = recordEdit(h, draft('Hi! again'), 'title', 5000);
    expect(h.past).toHaveLength(2);
    h = recordEdit(h, { ...h.present, summary: 'x' }, 'summary', 5050);
    expect(h.past).toHaveLength(3);
    expect(undoEdit(undoEdit(undoEdit(h))).present.title).toBe('');
  });

  it('keeps at most 200 steps back', () => {
    let h = startHistory(draft('0'));
    for (let i = 1; i <= 250; i++) h = recordEdit(h, draft(String(i)), null, i);
    expect(h.past).toHaveLength(200);
    expect(h.past[0]!.title).toBe('50');
  });
});
