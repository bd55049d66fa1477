import { useEffect, useRef, useState } from 'react';
import type { StepKind } from '../../shared/template/step-schema.js';
import { asText, freshId, type Draft, type StepDraft } from './editor-model.js';
import { EditorAddStep } from './editor-add-step.js';
import { newStep, stepKindName } from './editor-step-kinds.js';
import { EditorStepTools } from './editor-step-tools.js';
import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  draft: Draft;
  selected: number;
  onSelect(index: number): void;
  update(next: (d: Draft) => Draft): void;
  hasErrors(index: number): boolean;
}

const withSteps = (d: Draft, steps: StepDraft[]): Draft => ({ ...d, steps });

/** Steps move by dragging too (the ↑/↓ buttons stay for keyboard and touch). */
function useStepDrag(moveTo: (from: number, to: number) => boolean) {
  const [from, setFrom] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const handlers = (i: number) => ({
    draggable: true,
    'data-testid': `editor-step-${i + 1}`,
    onDragStart: (e: React.DragEvent) => {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', String(i));
      setFrom(i);
    },
    onDragOver: (e: React.DragEvent) => {
      if (from === null) return;
      e.preventDefault();
      setOver(i);
    },
    onDragEnd: () => {
      setFrom(null);
      setOver(null);
    },
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      if (from !== null) moveTo(from, i);
      setFrom(null);
      setOver(null);
    },
  });
  return { over, handlers };
}

/** The steps in order, with add, duplicate, delete (undoable) and move by buttons. */
export function EditorStepList({ draft, selected, onSelect, update, hasErrors }: Props) {
  const [adding, setAdding] = useState(false);
  const [deleted, setDeleted] = useState<{ step: StepDraft; index: number } | null>(null);
  const steps = draft.steps;
  // Keyboard users keep their place: focus follows to what an action just made or revealed.
  const focusNext = useRef<string | null>(null);
  const setFocusTarget = (selector: string) => {
    focusNext.current = selector;
  };
  useEffect(() => {
    if (!focusNext.current) return;
    document.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const ids = () => new Set(steps.map((s) => s.id));

  const add = (kind: StepKind) => {
    const step = newStep(kind, freshId(kind, ids()));
    update((d) => withSteps(d, [...d.steps, step]));
    onSelect(steps.length);
    setAdding(false);
    setFocusTarget(`[data-path="steps[${steps.length}].title"]`);
  };
  const duplicate = (i: number) => {
    const copy = { ...structuredClone(steps[i]!), id: freshId(`${steps[i]!.id}-copy`, ids()) };
    update((d) => withSteps(d, d.steps.toSpliced(i + 1, 0, copy)));
    onSelect(i + 1);
  };
  const remove = (i: number) => {
    setDeleted({ step: steps[i]!, index: i });
    update((d) => withSteps(d, d.steps.toSpliced(i, 1)));
    onSelect(Math.max(0, Math.min(i, steps.length - 2)));
    setFocusTarget('.editor-undo button');
  };
  const undo = () => {
    if (!deleted) return;
    update((d) => withSteps(d, d.steps.toSpliced(deleted.index, 0, deleted.step)));
    onSelect(deleted.index);
    setDeleted(null);
    setFocusTarget(`[data-path="steps[${deleted.index}].title"]`);
  };
  const moveTo = (i: number, j: number) => {
    if (i === j || j < 0 || j >= steps.length) return false;
    update((d) => withSteps(d, d.steps.toSpliced(i, 1).toSpliced(j, 0, d.steps[i]!)));
    onSelect(j);
    return true;
  };
  const move = (i: number, by: -1 | 1) => {
    if (!moveTo(i, i + by)) return;
    const label = t(by < 0 ? 'editor.moveUp' : 'editor.moveDown', { number: i + by + 1 });
    setFocusTarget(`[aria-label="${label}"]`);
  };
  const drag = useStepDrag(moveTo);

  return (
    <nav className="editor-steps" aria-label={t('editor.steps')}>
      <h2 className="editor-steps-title">{t('editor.steps')}</h2>
      <ol className="editor-step-list">
        {steps.map((step, i) => (
          <li
            key={`${step.id}-${i}`}
            className={`${i === selected ? 'is-selected' : ''}${drag.over === i ? ' is-drop-target' : ''}`}
            {...drag.handlers(i)}
          >
            <button
              type="button"
              className="editor-step-pick"
              aria-current={i === selected ? 'step' : undefined}
              onClick={() => onSelect(i)}
            >
              <span className="step-no">{i + 1}</span>
              <span className="editor-step-name">
                {asText(step.title) || <em>{t('editor.untitled')}</em>}
                <span className="step-kind">
                  {t('editor.stepMeta', {
                    kind: stepKindName(step.kind),
                    minutes: asText(step.minutes) || '?',
                  })}
                  {hasErrors(i) && (
                    <span className="editor-step-flag">{t('editor.needsAttention')}</span>
                  )}
                </span>
              </span>
            </button>
            {i === selected && (
              <EditorStepTools
                index={i}
                count={steps.length}
                onMove={(by) => move(i, by)}
                onDuplicate={() => duplicate(i)}
                onDelete={() => remove(i)}
              />
            )}
          </li>
        ))}
      </ol>
      {deleted && (
        <p className="editor-undo" role="status">
          {t('editor.deleted', { title: asText(deleted.step.title) || t('editor.untitled') })}{' '}
          <button type="button" className="btn btn-small" onClick={undo}>
            {t('editor.undoDelete')}
          </button>
        </p>
      )}
      <EditorAddStep adding={adding} setAdding={setAdding} onAdd={add} />
    </nav>
  );
}
