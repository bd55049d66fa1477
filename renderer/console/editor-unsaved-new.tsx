import { useEffect, useState } from 'react';
import type { ConsoleApi } from './use-console.js';
import './editor-unsaved-new.css';

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
      <h2 id="unsaved-new-title">New workshops not saved yet</h2>
      <ul>
        {unsaved.map((d) => (
          <li key={d.templateId}>
            <span>
              <strong>{d.title || 'Untitled'}</strong>{' '}
              <span className="muted">last typed {new Date(d.savedAt).toLocaleString()}</span>
            </span>
            <button type="button" className="btn btn-small" onClick={() => onEdit(d.templateId)}>
              Go on editing
            </button>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              onClick={() => discard(d.templateId)}
            >
              Throw away
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
