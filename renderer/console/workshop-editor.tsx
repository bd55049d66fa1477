import { lazy, Suspense, useMemo, useState } from 'react';
import type { Confirm } from './confirm-dialog.js';
import { EditorAboutForm } from './editor-about-form.js';
import { EditorFormContext } from './editor-fields.js';
import { EditorHeader } from './editor-header.js';
import { EditorNotices } from './editor-notices.js';
import { templateImageSrc } from '../console-and-projector/step-preview.js';
import { chosenPictures } from './editor-info-picture.js';
import { asText, draftMinutes, type StepDraft } from './editor-model.js';
import { EditorStepForm } from './editor-step-form.js';
import { EditorStepList } from './editor-step-list.js';
import type { ConsoleApi } from './use-console.js';
import { useEditorLeave, useUndoKeys } from './use-editor-leave.js';
import { useWorkshopEditor } from './use-workshop-editor.js';
import './workshop-editor.css';
import { t } from '../console-and-projector/i18n/translate.js';

// The phone's and the projector's own components: a chunk of their own, loaded with the editor.
const EditorPreview = lazy(() => import('./editor-preview.js'));

interface Props {
  api: ConsoleApi;
  /** For the pictures a saved workshop already has (the console door's media route). */
  token: string;
  templateId: string;
  confirm: Confirm;
  onClose(): void;
}

/** A picture chosen in this window, else the one the saved workshop has for this step. */
function pictureSrcOf(step: StepDraft | undefined, token: string, templateId: string) {
  const image = step?.kind === 'info' ? step.image : undefined;
  if (!step || typeof image !== 'string') return null;
  return chosenPictures.get(image) ?? templateImageSrc(token, templateId, step.id);
}

/** Builds and edits an own workshop in forms; the host checks and writes the file. */
export default function WorkshopEditor({ api, token, templateId, confirm, onClose }: Props) {
  const editor = useWorkshopEditor(api, templateId);
  const [selected, setSelected] = useState(0);
  const [flash, setFlash] = useState<string | null>(null);
  const { draft, dirty } = editor;

  const askToLeave = useEditorLeave(dirty, confirm);
  useUndoKeys(editor.undo, editor.redo);

  const form = useMemo(
    () =>
      draft ? { draft, set: editor.set, errorOf: editor.errorOf, putImage: editor.putImage } : null,
    [draft, editor.set, editor.errorOf, editor.putImage],
  );

  if (editor.status.kind === 'failed') {
    return (
      <section className="page">
        <p className="card">{editor.status.message}</p>
        <button type="button" className="btn" onClick={onClose}>
          {t('editor.backToLibrary')}
        </button>
      </section>
    );
  }
  if (!draft || !form) return <p className="page muted">{t('editor.opening')}</p>;

  const leave = async () => {
    if (await askToLeave()) onClose();
  };
  const save = async () => {
    const saved = await editor.save();
    setFlash(saved ? t('editor.savedFlash') : null);
  };

  const planned = typeof draft.minutes === 'number' ? draft.minutes : 0;
  const total = draftMinutes(draft.steps);
  const stepErrors = (i: number) =>
    [...editor.localErrors.keys()].some((k) => k.startsWith(`steps[${i}]`)) ||
    editor.hostErrors.some((e) => e.field.startsWith(`steps[${i}]`));
  const problems = editor.localErrors.size;
  const step = draft.steps[Math.min(selected, draft.steps.length - 1)];
  const stepIndex = Math.min(selected, draft.steps.length - 1);

  return (
    <EditorFormContext.Provider value={form}>
      <section className="page workshop-editor" aria-labelledby="editor-title">
        <EditorHeader
          title={asText(draft.title) || t('editor.untitled')}
          total={total}
          planned={planned}
          saveState={t(
            dirty
              ? editor.savedAt
                ? 'editor.state.draftKept'
                : 'editor.state.unsaved'
              : 'editor.state.saved',
          )}
          problems={problems}
          saving={editor.saving}
          canSave={dirty}
          onLeave={() => void leave()}
          onUndo={editor.canUndo ? editor.undo : undefined}
          onRedo={editor.canRedo ? editor.redo : undefined}
          onSave={() => void save()}
        />
        <EditorNotices
          editor={editor}
          inUse={api.view?.template.id === templateId && api.view.status !== 'ended'}
          flash={flash && !dirty ? flash : null}
        />
        <div className="editor-layout">
          <div className="editor-side">
            <EditorStepList
              draft={draft}
              selected={stepIndex}
              onSelect={setSelected}
              update={editor.update}
              hasErrors={stepErrors}
            />
          </div>
          <div className="editor-main">
            <EditorAboutForm open={draft.steps.length <= 1} />
            {step && (
              <div className="card editor-step-card" key={`${stepIndex}-${step.kind}`}>
                <h2 className="editor-step-heading">
                  {t('editor.stepHeading', { number: stepIndex + 1 })}
                </h2>
                <EditorStepForm index={stepIndex} kind={step.kind} />
              </div>
            )}
          </div>
          <Suspense fallback={null}>
            <EditorPreview
              workshopTitle={asText(draft.title) || t('editor.untitled')}
              pictureSrc={pictureSrcOf(step, token, templateId)}
              step={step}
              index={stepIndex}
              count={draft.steps.length}
              settings={api.settings}
            />
          </Suspense>
        </div>
      </section>
    </EditorFormContext.Provider>
  );
}
