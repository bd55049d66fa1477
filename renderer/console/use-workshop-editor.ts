import { replyErrorText } from '../console-and-projector/reply-error-text.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TemplateFileError } from '../../shared/protocol/views.js';
import {
  recordEdit,
  redoEdit,
  startHistory,
  undoEdit,
  type EditHistory,
} from './editor-history.js';
import { pathKey, setAt, type Draft, type Path } from './editor-model.js';
import { useRoomLanguage } from '../console-and-projector/i18n/room-language.js';
import { schemaErrors } from './editor-schema-errors.js';
import type { ConsoleApi } from './use-console.js';

const AUTOSAVE_MS = 800;

export type EditorStatus =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

type Recoverable = { savedAt: number; workshop: Draft } | null;

/**
 * The workshop and any draft kept of it, with the edit history started from the file. A new
 * workshop before its first save has only its draft, and that draft is the workshop.
 */
function useLoadedWorkshop(call: ConsoleApi['call'], clearNotice: () => void, templateId: string) {
  const [status, setStatus] = useState<EditorStatus>({ kind: 'loading' });
  const [history, setHistory] = useState<EditHistory | null>(null);
  /** What the file holds; null for a new workshop before its first save. */
  const [saved, setSaved] = useState<Draft | null>(null);
  const [recoverable, setRecoverable] = useState<Recoverable>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      call('library:get', { templateId }),
      call('library:draft:get', { templateId }),
    ]).then(([got, kept]) => {
      if (!live) return;
      const draft = kept.ok && kept.draft ? kept.draft : null;
      if (!got.ok && !draft) {
        setStatus({ kind: 'failed', message: replyErrorText(got.error) });
        return;
      }
      if (!got.ok) {
        // Not a refusal the counselor needs to read: a new workshop has no file yet.
        clearNotice();
        setHistory(startHistory(draft!.workshop as Draft));
      } else {
        const file = structuredClone(got.template) as unknown as Draft;
        setHistory(startHistory(file));
        setSaved(file);
        if (draft) setRecoverable({ savedAt: draft.savedAt, workshop: draft.workshop as Draft });
      }
      setStatus({ kind: 'ready' });
    });
    return () => {
      live = false;
    };
  }, [call, clearNotice, templateId]);
  return { status, history, setHistory, saved, setSaved, recoverable, setRecoverable };
}

/**
 * Autosave after a pause in typing: a crash or a closed window loses at most that pause. Undone
 * back to what the file holds, the kept draft goes too, so it is not offered later.
 */
function useDraftAutosave(
  call: ConsoleApi['call'],
  templateId: string,
  unsaved: Draft | null,
  setSavedAt: (at: number) => void,
) {
  const kept = useRef(false);
  useEffect(() => {
    if (!unsaved) {
      if (kept.current) void call('library:draft:discard', { templateId });
      kept.current = false;
      return;
    }
    const timer = setTimeout(() => {
      void call('library:draft:put', { templateId, workshop: unsaved }).then((reply) => {
        if (!reply.ok) return;
        kept.current = true;
        setSavedAt(Date.now());
      });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [call, unsaved, templateId, setSavedAt]);
}

/**
 * One workshop being edited: the form's copy with its undo history, its errors (the shared
 * schema as the counselor types, the host's on save), a draft kept on the host after each pause.
 */
export function useWorkshopEditor(api: ConsoleApi, templateId: string) {
  const { call } = api;
  const { setNotice } = api;
  const clearNotice = useCallback(() => setNotice(null), [setNotice]);
  const loaded = useLoadedWorkshop(call, clearNotice, templateId);
  const { status, history, setHistory, saved, setSaved, recoverable, setRecoverable } = loaded;
  const [hostErrors, setHostErrors] = useState<TemplateFileError[]>([]);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);

  const draft = history?.present ?? null;
  const dirty = draft !== null && draft !== saved;
  // Worded in the counselor's language, so asked again when it changes.
  const language = useRoomLanguage();
  const localErrors = useMemo(() => schemaErrors(draft, language), [draft, language]);

  const errorOf = useCallback(
    (path: Path) => {
      const key = pathKey(path);
      return hostErrors.find((e) => e.field === key)?.message ?? localErrors.get(key);
    },
    [hostErrors, localErrors],
  );

  /** A step action (add, move, delete…): one step back each. */
  const update = useCallback(
    (next: (d: Draft) => Draft, key: string | null = null) => {
      setHistory((h) => (h ? recordEdit(h, next(h.present), key, Date.now()) : h));
      setHostErrors([]);
    },
    [setHistory],
  );
  /** Typing in a field: a run of keystrokes in one field is one step back. */
  const set = useCallback(
    (path: Path, value: unknown) => update((d) => setAt(d, path, value), pathKey(path)),
    [update],
  );
  const undo = useCallback(() => setHistory((h) => (h ? undoEdit(h) : h)), [setHistory]);
  const redo = useCallback(() => setHistory((h) => (h ? redoEdit(h) : h)), [setHistory]);

  useDraftAutosave(call, templateId, dirty ? draft : null, setSavedAt);

  const save = async (): Promise<boolean> => {
    if (!draft) return false;
    setSaving(true);
    try {
      const reply = await call('library:save', { templateId, workshop: draft });
      if (!reply.ok) {
        setHostErrors([
          { fileName: '', line: null, field: '', message: replyErrorText(reply.error) },
        ]);
        return false;
      }
      setHostErrors(reply.errors);
      if (reply.saved) setSaved(draft);
      return reply.saved;
    } finally {
      setSaving(false);
    }
  };

  const putImage = useCallback(
    async (stepId: string, data: string) => {
      const reply = await call('library:image:put', { templateId, stepId, data });
      if (reply.ok) return { ok: true as const, image: reply.image };
      clearNotice(); // said beside the picture field instead
      return { ok: false as const, message: replyErrorText(reply.error) };
    },
    [call, clearNotice, templateId],
  );

  const recover = () => {
    if (!recoverable) return;
    update(() => recoverable.workshop);
    setRecoverable(null);
  };
  const discardDraft = () => {
    setRecoverable(null);
    void call('library:draft:discard', { templateId });
  };

  return {
    draft,
    status,
    dirty,
    saving,
    savedAt,
    recoverable,
    localErrors,
    hostErrors,
    errorOf,
    set,
    putImage,
    update,
    undo,
    redo,
    canUndo: (history?.past.length ?? 0) > 0,
    canRedo: (history?.future.length ?? 0) > 0,
    save,
    recover,
    discardDraft,
  };
}

export type WorkshopEditorState = ReturnType<typeof useWorkshopEditor>;
