import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TemplateFileError } from '../../shared/protocol/views.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { pathKey, setAt, type Draft, type Path } from './editor-model.js';
import type { ConsoleApi } from './use-console.js';

const AUTOSAVE_MS = 800;

/** What the editor reads of a zod issue (the console may not import zod itself). */
interface Issue {
  code: string;
  message: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** The schema's words for the usual slips, said the way a counselor would. */
function friendlyMessage(issue: Issue): string {
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return 'Write something here.';
    if (issue.origin === 'array') return `Add at least ${String(issue.minimum as number)}.`;
    if (issue.origin === 'number') return `Use ${String(issue.minimum as number)} or more.`;
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string')
      return `Shorten this to ${String(issue.maximum as number)} characters.`;
    if (issue.origin === 'array') return `Use at most ${String(issue.maximum as number)}.`;
    if (issue.origin === 'number') return `Use ${String(issue.maximum as number)} or less.`;
  }
  if (issue.code === 'invalid_type') return 'Fill this in.';
  if (issue.message.startsWith('an image needs imageAlt'))
    return 'Describe the picture for people who cannot see it.';
  return issue.message;
}

export type EditorStatus =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

/**
 * One workshop being edited: the form's copy, its errors (the shared schema as the counselor
 * types, the host's on save), a draft kept on the host after each pause in typing.
 */
/** The schema's first complaint about each field, in counselor wording, keyed by its path. */
function schemaErrors(draft: Draft | null): Map<string, string> {
  const errors = new Map<string, string>();
  if (!draft) return errors;
  const result = templateSchema.safeParse(draft);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = pathKey(issue.path);
      if (!errors.has(key)) errors.set(key, friendlyMessage(issue));
    }
  }
  return errors;
}

/** Autosave after a pause in typing: a crash or a closed window loses at most that pause. */
function useDraftAutosave(
  call: ConsoleApi['call'],
  templateId: string,
  unsaved: Draft | null,
  setSavedAt: (at: number) => void,
) {
  useEffect(() => {
    if (!unsaved) return;
    const timer = setTimeout(() => {
      void call('library:draft:put', { templateId, workshop: unsaved }).then((reply) => {
        if (reply.ok) setSavedAt(Date.now());
      });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [call, unsaved, templateId, setSavedAt]);
}

export function useWorkshopEditor(api: ConsoleApi, templateId: string) {
  const { call } = api;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<EditorStatus>({ kind: 'loading' });
  const [dirty, setDirty] = useState(false);
  const [hostErrors, setHostErrors] = useState<TemplateFileError[]>([]);
  const [recoverable, setRecoverable] = useState<{ savedAt: number; workshop: Draft } | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([
      call('library:get', { templateId }),
      call('library:draft:get', { templateId }),
    ]).then(([got, kept]) => {
      if (!live) return;
      if (!got.ok) {
        setStatus({ kind: 'failed', message: got.error.message });
        return;
      }
      setDraft(structuredClone(got.template) as unknown as Draft);
      if (kept.ok && kept.draft) {
        setRecoverable({ savedAt: kept.draft.savedAt, workshop: kept.draft.workshop as Draft });
      }
      setStatus({ kind: 'ready' });
    });
    return () => {
      live = false;
    };
  }, [call, templateId]);

  const localErrors = useMemo(() => schemaErrors(draft), [draft]);

  const errorOf = useCallback(
    (path: Path) => {
      const key = pathKey(path);
      return hostErrors.find((e) => e.field === key)?.message ?? localErrors.get(key);
    },
    [hostErrors, localErrors],
  );

  const update = useCallback((next: (d: Draft) => Draft) => {
    setDraft((d) => (d ? next(d) : d));
    setDirty(true);
    setHostErrors([]);
  }, []);
  const set = useCallback(
    (path: Path, value: unknown) => update((d) => setAt(d, path, value)),
    [update],
  );

  useDraftAutosave(call, templateId, dirty ? draft : null, setSavedAt);

  const save = async (): Promise<boolean> => {
    if (!draft) return false;
    setSaving(true);
    try {
      const reply = await call('library:save', { templateId, workshop: draft });
      if (!reply.ok) {
        setHostErrors([{ fileName: '', line: null, field: '', message: reply.error.message }]);
        return false;
      }
      setHostErrors(reply.errors);
      if (reply.saved) setDirty(false);
      return reply.saved;
    } finally {
      setSaving(false);
    }
  };

  const putImage = useCallback(
    async (stepId: string, data: string) => {
      const reply = await call('library:image:put', { templateId, stepId, data });
      return reply.ok
        ? { ok: true as const, image: reply.image }
        : { ok: false as const, message: reply.error.message };
    },
    [call, templateId],
  );

  const recover = () => {
    if (!recoverable) return;
    setDraft(recoverable.workshop);
    setRecoverable(null);
    setDirty(true);
  };
  const discardDraft = () => {
    setRecoverable(null);
    void call('library:draft:discard', { templateId });
  };
  const abandon = () => call('library:draft:discard', { templateId });

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
    save,
    recover,
    discardDraft,
    abandon,
  };
}

export type WorkshopEditorState = ReturnType<typeof useWorkshopEditor>;
