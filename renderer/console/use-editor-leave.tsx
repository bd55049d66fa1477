import { useCallback, useEffect } from 'react';
import type { Confirm } from './confirm-dialog.js';
import { setLeaveGuard } from './editor-leave-guard.js';
import { t } from '../console-and-projector/i18n/translate.js';

/**
 * Leaving with unsaved changes asks first, whether by "← Library", a top-bar tab or closing the
 * window; the draft is kept either way. Returns the question, for the editor's own way out.
 */
export function useEditorLeave(dirty: boolean, confirm: Confirm): () => Promise<boolean> {
  const ask = useCallback(async () => {
    if (!dirty) return true;
    return confirm({
      title: t('editor.leave.title'),
      body: <p>{t('editor.leave.body')}</p>,
      confirmLabel: t('editor.leave.confirm'),
    });
  }, [dirty, confirm]);

  useEffect(() => {
    setLeaveGuard(ask);
    return () => setLeaveGuard(null);
  }, [ask]);

  useEffect(() => {
    if (!dirty) return;
    const guard = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);

  return ask;
}

/** Ctrl/Cmd+Z steps back through the edits, Shift+Ctrl/Cmd+Z (or Ctrl+Y) forward again. */
export function useUndoKeys(undo: () => void, redo: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}
