import { useEffect, useMemo, useState } from 'react';
import type { Confirm } from './confirm-dialog.js';
import { EditorFormContext, LinesField, NumberInput, TextField } from './editor-fields.js';
import { draftMinutes } from './editor-model.js';
import { EditorStepForm } from './editor-step-form.js';
import { EditorStepList } from './editor-step-list.js';
import type { ConsoleApi } from './use-console.js';
import { useWorkshopEditor } from './use-workshop-editor.js';
import './workshop-editor.css';

interface Props {
  api: ConsoleApi;
  templateId: string;
  confirm: Confirm;
  onClose(): void;
}

/** Builds and edits an own workshop in forms; the host checks and writes the file. */
export default function WorkshopEditor({ api, templateId, confirm, onClose }: Props) {
  const editor = useWorkshopEditor(api, templateId);
  const [selected, setSelected] = useState(0);
  const [flash, setFlash] = useState<string | null>(null);
  const { draft, dirty } = editor;

  useEffect(() => {
    if (!dirty) return;
    const guard = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);

  const form = useMemo(
    () => (draft ? { draft, set: editor.set, errorOf: editor.errorOf } : null),
    [draft, editor.set, editor.errorOf],
  );

  if (editor.status.kind === 'failed') {
    return (
      <section className="page">
        <p className="card">{editor.status.message}</p>
        <button type="button" className="btn" onClick={onClose}>
          Back to the library
        </button>
      </section>
    );
  }
  if (!draft || !form) return <p className="page muted">Opening the workshop…</p>;

  const leave = async () => {
    if (dirty) {
      const ok = await confirm({
        title: 'Leave without saving?',
        body: (
          <p>
            Your changes are kept as a draft; you will be offered it when you open this workshop
            again.
          </p>
        ),
        confirmLabel: 'Leave the editor',
      });
      if (!ok) return;
    }
    onClose();
  };
  const save = async () => {
    const saved = await editor.save();
    setFlash(saved ? 'Saved. The workshop file is checked and written.' : null);
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
        <header className="page-head">
          <div>
            <button type="button" className="btn btn-quiet back" onClick={() => void leave()}>
              ← Library
            </button>
            <h1 id="editor-title">
              Edit “{typeof draft.title === 'string' && draft.title ? draft.title : 'Untitled'}”
            </h1>
            <p className="lead">
              <span className={total > planned ? 'editor-over' : ''} data-testid="minutes-total">
                Steps add up to {total} of {planned} planned minutes
              </span>
              {' · '}
              {dirty
                ? editor.savedAt
                  ? 'Unsaved changes (draft kept)'
                  : 'Unsaved changes'
                : 'All changes saved'}
            </p>
          </div>
          <div className="page-actions">
            <span className="editor-problems" role="status">
              {problems > 0
                ? `${problems} ${problems === 1 ? 'thing' : 'things'} to fix before saving`
                : 'Ready to save'}
            </span>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void save()}
              disabled={editor.saving || !dirty}
            >
              {editor.saving ? 'Saving…' : 'Save workshop'}
            </button>
          </div>
        </header>
        {editor.recoverable && (
          <div className="card editor-recover" role="alert">
            <p>
              There is an unsaved draft of this workshop from{' '}
              {new Date(editor.recoverable.savedAt).toLocaleString()}.
            </p>
            <button type="button" className="btn btn-primary" onClick={editor.recover}>
              Recover unsaved draft
            </button>
            <button type="button" className="btn btn-quiet" onClick={editor.discardDraft}>
              Discard it
            </button>
          </div>
        )}
        {api.view?.template.id === templateId && api.view.status !== 'ended' && (
          <p className="card editor-in-use" role="status">
            This workshop is running in the open session, which keeps the version it started with.
            Edits are kept as a draft; saving works once the session is closed.
          </p>
        )}
        {flash && !dirty && (
          <p className="flash" role="status">
            {flash}
          </p>
        )}
        {editor.hostErrors.length > 0 && (
          <div className="card editor-host-errors" role="alert">
            <p>The workshop was not saved:</p>
            <ul>
              {editor.hostErrors.map((e, i) => (
                <li key={i}>
                  {e.field && <code>{e.field}</code>} {e.message}
                </li>
              ))}
            </ul>
          </div>
        )}
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
            <details className="card editor-about" open={draft.steps.length <= 1}>
              <summary>About this workshop</summary>
              <div className="editor-row">
                <TextField path={['title']} label="Title" />
                <NumberInput path={['minutes']} label="Planned minutes" />
              </div>
              <TextField path={['summary']} label="Summary" rows={2} />
              <div className="editor-row">
                <TextField path={['audience']} label="Audience" />
                <TextField
                  path={['language']}
                  label="Language"
                  hint='A tag such as "en" or "de-CH".'
                />
              </div>
              <TextField path={['agreement']} label="Group agreement" rows={8} />
              <LinesField path={['contentNotes']} label="Content notes" />
              <LinesField path={['credits']} label="Credits" />
            </details>
            {step && (
              <div className="card editor-step-card" key={`${stepIndex}-${step.kind}`}>
                <h2 className="editor-step-heading">Step {stepIndex + 1}</h2>
                <EditorStepForm index={stepIndex} kind={step.kind} />
              </div>
            )}
          </div>
        </div>
      </section>
    </EditorFormContext.Provider>
  );
}
