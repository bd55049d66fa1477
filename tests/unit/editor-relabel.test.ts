import { describe, expect, it } from 'vitest';
import { relabel } from '../../renderer/console/editor-fields.js';

const options = [
  { id: 'friend', label: 'A friend' },
  { id: 'parent', label: 'A parent' },
  { id: 'boss', label: 'A boss' },
];

describe('editing options one label a line keeps their ids', () => {
  it('removing a middle line does not shift ids onto the neighbours', () => {
    expect(relabel(options, ['A friend', 'A boss'], 'option')).toEqual([
      { id: 'friend', label: 'A friend' },
      { id: 'boss', label: 'A boss' },
    ]);
  });

  it('retyping a label keeps the id of the option on that line', () => {
    expect(relabel(options, ['A friend', 'A paren', 'A boss'], 'option')[1]).toEqual({
      id: 'parent',
      label: 'A paren',
    });
  });

  it('a new line gets an id no option has', () => {
    const next = relabel(options, ['A friend', 'A parent', 'A boss', ''], 'option');
    expect(next[3]).toEqual({ id: 'option-4', label: '' });
    expect(new Set(next.map((o) => o.id)).size).toBe(4);
  });

  it('moving lines keeps each label with its id', () => {
    expect(relabel(options, ['A boss', 'A friend', 'A parent'], 'option').map((o) => o.id)).toEqual(
      ['boss', 'friend', 'parent'],
    );
  });
});
