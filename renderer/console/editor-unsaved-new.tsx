import { useEffect, useState } from 'react';
import type { ConsoleApi } from './use-console.js';
import './editor-unsaved-new.css';
import { roomLocale, t } from '../console-and-projector/i18n/translate.js';

interface Unsaved {
  templateId: string;
  title: string;
  savedAt: number;
}

/**
 * New workshops that were never saved live only as drafts (a closed window, a crash): the library
 * lists them so the counselor can go on, or throw one away.
 */
export function EditorUnsavedNew({ api, onEdit }: { api: ConsoleApi; onEdit(id: string): void }) {
  const [unsaved, setUnsaved] = useState<Unsaved[]>([]);
  const { call } = api;
  useEffect(() => {
    let live = true;
    void call('library:draft:unsavedNew', {}).then((reply) => {
      if (live && reply.ok) setUnsaved(reply.drafts);
    });
    return () => {
      live = false;
    };
  }, [call]);
  if (unsaved.length === 0) return null;
  const discard = (templateId: string) => {
    setUnsaved((list) => list.filter((d) => d.templateId !== templateId));
    void call('library:draft:discard', { templateId });
  };
  return (
    <section className="card editor-unsaved-new" aria-labelledby="unsaved-new-title">
      <h2 id="unsaved-new-title">{t('editor.unsaved.title')}</h2>
      <ul>
        {unsaved.map((d) => (
          <li key={d.templateId}>
            <span>
              <strong>{d.title || t('editor.untitled')}</strong>{' '}
              <span className="muted">
                {t('editor.unsaved.lastTyped', {
                  when: new Date(d.savedAt).toLocaleString(roomLocale()),
                })}
              </span>
            </span>
            <button type="button" className="btn btn-small" onClick={() => onEdit(d.templateId)}>
              {t('editor.unsaved.continue')}
            </button>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              onClick={() => discard(d.templateId)}
            >
              {t('editor.unsaved.discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
