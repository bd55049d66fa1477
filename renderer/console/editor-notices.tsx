import { hostSentenceOrReason } from '../console-and-projector/refusal-reason-text.js';
import type { WorkshopEditorState } from './use-workshop-editor.js';
import { roomLocale, t } from '../console-and-projector/i18n/translate.js';

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
            {t('editor.notice.draft', {
              when: new Date(editor.recoverable.savedAt).toLocaleString(roomLocale()),
            })}
          </p>
          <button type="button" className="btn btn-primary" onClick={editor.recover}>
            {t('editor.notice.recover')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={editor.discardDraft}>
            {t('editor.notice.discard')}
          </button>
        </div>
      )}
      {inUse && (
        <p className="card editor-in-use" role="status">
          {t('editor.notice.inUse')}
        </p>
      )}
      {flash && (
        <p className="flash" role="status">
          {flash}
        </p>
      )}
      {editor.hostErrors.length > 0 && (
        <div className="card editor-host-errors" role="alert">
          <p>{t('editor.notice.notSaved')}</p>
          <ul>
            {editor.hostErrors.map((e, i) => (
              <li key={i}>
                {e.field && <code>{e.field}</code>} {hostSentenceOrReason(e.message, e.reason)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
