import { useEffect, useRef, useState } from 'react';
import { DragPlaceholder } from '../common/drag-reorder/drag-placeholder.js';
import { GripIcon } from '../common/drag-reorder/grip-icon.js';
import type { StepKind } from '../../shared/template/step-schema.js';
import { asText, freshId, type Draft, type StepDraft } from './editor-model.js';
import { EditorAddStep } from './editor-add-step.js';
import { newStep, stepKindName } from './editor-step-kinds.js';
import { EditorStepTools } from './editor-step-tools.js';
import { useStepMoves } from './use-step-moves.js';
import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  draft: Draft;
  selected: number;
  onSelect(index: number): void;
  update(next: (d: Draft) => Draft): void;
  hasErrors(index: number): boolean;
}

const withSteps = (d: Draft, steps: StepDraft[]): Draft => ({ ...d, steps });

/** The steps in order, with add, duplicate, delete (undoable), and moves (use-step-moves.ts). */
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
  const titleOf = (i: number) => asText(steps[i]?.title) || t('editor.untitled');
  const { areaRef, drag, announcement, byButton, byKey } = useStepMoves({
    count: steps.length,
    titleOf,
    update,
    onSelect,
    setFocusTarget,
  });

  return (
    <nav className="editor-steps" aria-label={t('editor.steps')}>
      <h2 className="editor-steps-title">{t('editor.steps')}</h2>
      <div className="editor-step-area" ref={areaRef}>
        <DragPlaceholder slot={drag.placeholder} className="editor-step-placeholder" />
        <ol className={`editor-step-list${drag.dragging ? ' is-dragging' : ''}`}>
          {steps.map((step, i) => (
            <li
              key={`${step.id}-${i}`}
              className={`${i === selected ? 'is-selected' : ''}${drag.isLifted(i) ? ' is-lifted' : ''}`}
              style={drag.rowStyle(i)}
              data-drag-row=""
              data-testid={`editor-step-${i + 1}`}
              onKeyDown={(e) => byKey(i, e)}
            >
              <span
                className="editor-step-handle"
                aria-hidden="true"
                title={t('editor.dragHandle')}
                data-testid="step-handle"
                {...drag.handleProps(i)}
              >
                <GripIcon />
              </span>
              <button
                type="button"
                className="editor-step-pick"
                aria-current={i === selected ? 'step' : undefined}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onClick={() => onSelect(i)}
              >
                <StepLabel step={step} place={drag.place(i)} flagged={hasErrors(i)} />
              </button>
              {i === selected && (
                <EditorStepTools
                  index={i}
                  count={steps.length}
                  onMove={(by) => byButton(i, by)}
                  onDuplicate={() => duplicate(i)}
                  onDelete={() => remove(i)}
                />
              )}
            </li>
          ))}
        </ol>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
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

/** A step's number (mid-drag: where it would land), its title, kind and minutes. */
function StepLabel({ step, place, flagged }: { step: StepDraft; place: number; flagged: boolean }) {
  return (
    <>
      <span className="step-no">{place}</span>
      <span className="editor-step-name">
        {asText(step.title) || <em>{t('editor.untitled')}</em>}
        <span className="step-kind">
          {t('editor.stepMeta', {
            kind: stepKindName(step.kind),
            minutes: asText(step.minutes) || '?',
          })}
          {flagged && <span className="editor-step-flag">{t('editor.needsAttention')}</span>}
        </span>
      </span>
    </>
  );
}
