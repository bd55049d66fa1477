import { useRef, useState, type KeyboardEvent } from 'react';
import { useDragReorder } from '../common/drag-reorder/use-drag-reorder.js';
import type { Draft } from './editor-model.js';
import { t } from '../console-and-projector/i18n/translate.js';

interface Options {
  count: number;
  /** The step's title as the list shows it, for the announcement. */
  titleOf(index: number): string;
  update(next: (d: Draft) => Draft): void;
  onSelect(index: number): void;
  /** Where keyboard focus goes once the list has been drawn again. */
  setFocusTarget(selector: string): void;
}

/** The steps with one moved from `from` to `to` (the others keep their order). */
function moved(d: Draft, from: number, to: number): Draft {
  return { ...d, steps: d.steps.toSpliced(from, 1).toSpliced(to, 0, d.steps[from]!) };
}

/**
 * Moving a step, three ways alike: dragging its handle (mouse, pen or finger, through pointer
 * events), the ↑/↓ buttons, and Alt+↑/↓ anywhere on the step. Each move is announced politely,
 * and the moved step stays selected.
 */
export function useStepMoves({ count, titleOf, update, onSelect, setFocusTarget }: Options) {
  const [announcement, setAnnouncement] = useState('');
  const areaRef = useRef<HTMLDivElement>(null);
  const moveTo = (from: number, to: number) => {
    if (from === to || to < 0 || to >= count) return false;
    update((d) => moved(d, from, to));
    onSelect(to);
    setAnnouncement(t('editor.moved', { title: titleOf(from), number: to + 1, count }));
    return true;
  };
  const drag = useDragReorder(areaRef, moveTo);
  return {
    areaRef,
    drag,
    announcement,
    byButton(index: number, by: -1 | 1) {
      if (!moveTo(index, index + by)) return;
      const label = t(by < 0 ? 'editor.moveUp' : 'editor.moveDown', { number: index + by + 1 });
      setFocusTarget(`[aria-label="${label}"]`);
    },
    byKey(index: number, event: KeyboardEvent) {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      event.preventDefault();
      const to = index + (event.key === 'ArrowUp' ? -1 : 1);
      if (moveTo(index, to))
        setFocusTarget(`[data-testid="editor-step-${to + 1}"] .editor-step-pick`);
    },
  };
}
