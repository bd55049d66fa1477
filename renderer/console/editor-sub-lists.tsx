import { NumberInput, TextField, useEditorForm } from './editor-fields.js';
import { asList, asText, getAt, type Path } from './editor-model.js';
import { t } from '../console-and-projector/i18n/translate.js';

/** Takes one entry out of a list (sort items, scale themes) while the schema's minimum allows. */
export function RemoveButton({
  path,
  index,
  min,
  label,
}: {
  path: Path;
  index: number;
  min: number;
  /** What the button says: "Remove item 3". */
  label: string;
}) {
  const form = useEditorForm();
  const list = asList(getAt(form.draft, path));
  if (list.length <= min) return null;
  return (
    <button
      type="button"
      className="btn btn-small btn-quiet btn-danger-text"
      onClick={() => form.set(path, list.toSpliced(index, 1))}
    >
      {label}
    </button>
  );
}

const name = (field: Record<string, unknown>, i: number) =>
  asText(field.label) || t('editor.worksheet.unnamed', { number: i + 1 });

/** A worksheet's fields beyond their labels: a hint under each and how many lines it offers. */
export function WorksheetFieldDetails({ at }: { at: (...rest: (string | number)[]) => Path }) {
  const form = useEditorForm();
  const fields = asList(getAt(form.draft, at('fields')));
  if (fields.length === 0) return null;
  return (
    <fieldset className="editor-fieldset">
      <legend>{t('editor.worksheet.legend')}</legend>
      {fields.map((field, i) => (
        <div key={asText(field.id) || i} className="editor-row editor-subitem">
          <TextField
            path={at('fields', i, 'hint')}
            label={t('editor.worksheet.hint', { name: name(field, i) })}
            optional
          />
          <NumberInput
            path={at('fields', i, 'lines')}
            label={t('editor.worksheet.lines', { name: name(field, i) })}
            hint={t('editor.worksheet.linesHint')}
          />
        </div>
      ))}
    </fieldset>
  );
}
