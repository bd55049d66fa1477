import { useId, useState } from 'react';
import { TextField, useEditorForm } from './editor-fields.js';
import { asText, getAt, type Path } from './editor-model.js';
import { t } from '../console-and-projector/i18n/translate.js';

/** Pictures chosen in this window, by their path in the workshop: the previews draw them. */
export const chosenPictures = new Map<string, string>();

/** What the console door carries in one message (the host says the same if it is bigger). */
const MAX_UPLOAD_BYTES = 1400 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/**
 * An info step's picture: a PNG or JPEG from disk goes into the workshop's own images folder
 * (the host checks its bytes like the loader does); its description is required, and the
 * schema's own rule says so inline while it is missing.
 */
export function InfoPicture({ at }: { at: (...rest: (string | number)[]) => Path }) {
  const form = useEditorForm();
  const id = useId();
  const stepId = asText(getAt(form.draft, at('id')));
  const image = asText(getAt(form.draft, at('image')));
  const [shown, setShown] = useState<string | null>(() => chosenPictures.get(image) ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const error = problem ?? form.errorOf(at('image'));

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setProblem(t('editor.picture.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      const dataUrl = await readAsDataUrl(file);
      const reply = await form.putImage(stepId, dataUrl.slice(dataUrl.indexOf(',') + 1));
      if (!reply.ok) {
        setProblem(reply.message);
        return;
      }
      setShown(dataUrl);
      chosenPictures.set(reply.image, dataUrl);
      form.set(at('image'), reply.image);
    } catch {
      setProblem(t('editor.picture.unreadable'));
    } finally {
      setBusy(false);
    }
  };
  const remove = () => {
    setShown(null);
    form.set(at('image'), undefined);
    form.set(at('imageAlt'), undefined);
  };

  return (
    <fieldset className="editor-fieldset editor-picture">
      <legend>{t('editor.picture.legend')}</legend>
      {image && (
        <div className="editor-picture-now">
          {shown ? <img src={shown} alt="" className="editor-picture-thumb" /> : null}
          <span className="muted">{image.split('/').pop()}</span>
          <button type="button" className="btn btn-small" onClick={remove}>
            {t('editor.picture.remove')}
          </button>
        </div>
      )}
      <div className={`field editor-field${error ? ' has-error' : ''}`}>
        <label htmlFor={id}>
          {image ? t('editor.picture.replace') : t('editor.picture.choose')}
        </label>
        <input
          id={id}
          type="file"
          accept="image/png,image/jpeg"
          disabled={busy}
          data-path={`steps-picture-${stepId}`}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <small id={`${id}-hint`}>{t('editor.picture.hint')}</small>
        {error && (
          <small id={`${id}-error`} className="field-error">
            {error}
          </small>
        )}
      </div>
      {image && (
        <TextField
          path={at('imageAlt')}
          label={t('editor.picture.alt')}
          hint={t('editor.picture.altHint')}
        />
      )}
    </fieldset>
  );
}
