import { createContext, useContext, useId } from 'react';
import { asList, asText, freshId, getAt, pathKey, type Draft, type Path } from './editor-model.js';
import { t } from '../console-and-projector/i18n/translate.js';

export interface EditorForm {
  draft: Draft;
  set(path: Path, value: unknown): void;
  /** The message for a field, from the schema as the counselor types or from the host's save. */
  errorOf(path: Path): string | undefined;
  /** Keeps a picture (base64) for an info step in the workshop's folder; returns its path. */
  putImage(
    stepId: string,
    base64: string,
  ): Promise<{ ok: true; image: string } | { ok: false; message: string }>;
}

export const EditorFormContext = createContext<EditorForm | null>(null);

export function useEditorForm(): EditorForm {
  const form = useContext(EditorFormContext);
  if (!form) throw new Error('editor fields need an EditorFormContext');
  return form;
}

interface FieldProps {
  path: Path;
  label: string;
  hint?: string;
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`field editor-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {error && (
        <small id={`${id}-error`} className="field-error" data-field={label}>
          {error}
        </small>
      )}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

/** `optional`: an emptied field is left out of the file rather than written as "". */
export function TextField({
  path,
  label,
  hint,
  rows,
  optional,
  placeholder,
}: FieldProps & { rows?: number; optional?: boolean; placeholder?: string }) {
  const form = useEditorForm();
  const change = (text: string) => form.set(path, optional && text === '' ? undefined : text);
  const id = useId();
  const error = form.errorOf(path);
  const common = {
    id,
    value: asText(getAt(form.draft, path)),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    'data-path': pathKey(path),
    placeholder,
    // Workshop text keeps its own direction: Arabic typed in a Spanish console still reads RTL.
    dir: 'auto',
  } as const;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
    </FieldFrame>
  );
}

export function NumberInput({ path, label, hint }: FieldProps) {
  const form = useEditorForm();
  const id = useId();
  const error = form.errorOf(path);
  const value = getAt(form.draft, path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="number"
        className="editor-number"
        data-path={pathKey(path)}
        value={typeof value === 'number' ? value : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => form.set(path, e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </FieldFrame>
  );
}

export function CheckField({ path, label }: FieldProps) {
  const form = useEditorForm();
  return (
    <label className="editor-check">
      <input
        type="checkbox"
        data-path={pathKey(path)}
        checked={getAt(form.draft, path) === true}
        onChange={(e) => form.set(path, e.target.checked)}
      />
      {label}
    </label>
  );
}

/** A list of short texts, one a line (content notes, credits, labels). */
export function LinesField({ path, label, hint }: FieldProps) {
  const form = useEditorForm();
  const id = useId();
  const lines = (getAt(form.draft, path) as unknown[] | undefined) ?? [];
  const error = form.errorOf(path) ?? lines.map((_, i) => form.errorOf([...path, i])).find(Boolean);
  return (
    <FieldFrame id={id} label={label} hint={hint ?? t('editor.step.onePerLine')} error={error}>
      <textarea
        id={id}
        rows={Math.max(2, lines.length + 1)}
        data-path={pathKey(path)}
        dir="auto"
        value={lines.map(asText).join('\n')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint ?? 'x', error)}
        onChange={(e) => form.set(path, e.target.value === '' ? [] : e.target.value.split('\n'))}
      />
    </FieldFrame>
  );
}

/**
 * New lines for a list of options: a line keeps the id of the option with the same label, else of
 * the option that stood on its line while that option's label is gone (it is being retyped), so a
 * removed middle line does not shift ids (and a quiz's correct answers) onto its neighbours.
 */
export function relabel(
  options: readonly Record<string, unknown>[],
  lines: readonly string[],
  prefix: string,
): Record<string, unknown>[] {
  const taken = new Set<string>();
  const byLabel = lines.map((line) => {
    const same = options.find((o) => asText(o.label) === line && !taken.has(asText(o.id)));
    if (same) taken.add(asText(same.id));
    return same;
  });
  return lines.map((line, i) => {
    const same = byLabel[i];
    if (same) return { ...same, label: line };
    const here = options[i];
    const hereId = asText(here?.id);
    if (here && hereId && !taken.has(hereId) && !lines.includes(asText(here.label))) {
      taken.add(hereId);
      return { ...here, label: line };
    }
    const id = freshId(
      `${prefix}-${i + 1}`,
      new Set([...taken, ...options.map((o) => asText(o.id))]),
    );
    taken.add(id);
    return { id, label: line };
  });
}

/**
 * Options with ids (choices, ranked items, groups), one label a line: a line keeps the id of the
 * option it was, so answers and a quiz's correct ids stay attached while labels are edited.
 */
export function OptionLinesField({ path, label, prefix }: FieldProps & { prefix: string }) {
  const form = useEditorForm();
  const id = useId();
  const options = asList(getAt(form.draft, path));
  const error =
    form.errorOf(path) ?? options.map((_, i) => form.errorOf([...path, i, 'label'])).find(Boolean);
  const change = (text: string) => form.set(path, relabel(options, text.split('\n'), prefix));
  return (
    <FieldFrame id={id} label={label} hint={t('editor.step.onePerLine')} error={error}>
      <textarea
        id={id}
        rows={Math.max(2, options.length + 1)}
        data-path={pathKey(path)}
        dir="auto"
        value={options.map((o) => asText(o.label)).join('\n')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, 'x', error)}
        onChange={(e) => change(e.target.value)}
      />
    </FieldFrame>
  );
}
