import type { WorkshopEditorState } from './use-workshop-editor.js';

interface Props {
  editor: WorkshopEditorState;
  /** The workshop is running in the open session. */
  inUse: boolean;
  flash: string | null;
}

/** What the editor has to say: a draft to recover, a running session, a save and its refusals. */
export function EditorNotices({ editor, inUse, flash }: Props) {
  return (
    <>
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
      {inUse && (
        <p className="card editor-in-use" role="status">
          This workshop is running in the open session, which keeps the version it started with.
          Edits are kept as a draft; saving works once the session is closed.
        </p>
      )}
      {flash && (
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
    </>
  );
}
