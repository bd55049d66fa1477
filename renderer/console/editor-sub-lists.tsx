import { NumberInput, TextField, useEditorForm } from './editor-fields.js';
import { asList, asText, getAt, type Path } from './editor-model.js';

/** Takes one entry out of a list (sort items, scale themes) while the schema's minimum allows. */
export function RemoveButton({
  path,
  index,
  min,
  what,
}: {
  path: Path;
  index: number;
  min: number;
  what: string;
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
      Remove {what}
    </button>
  );
}

const name = (field: Record<string, unknown>, i: number) => asText(field.label) || `field ${i + 1}`;

/** A worksheet's fields beyond their labels: a hint under each and how many lines it offers. */
export function WorksheetFieldDetails({ at }: { at: (...rest: (string | number)[]) => Path }) {
  const form = useEditorForm();
  const fields = asList(getAt(form.draft, at('fields')));
  if (fields.length === 0) return null;
  return (
    <fieldset className="editor-fieldset">
      <legend>Each field on the phone</legend>
      {fields.map((field, i) => (
        <div key={asText(field.id) || i} className="editor-row editor-subitem">
          <TextField
            path={at('fields', i, 'hint')}
            label={`Hint under “${name(field, i)}”`}
            optional
          />
          <NumberInput
            path={at('fields', i, 'lines')}
            label={`Lines for “${name(field, i)}”`}
            hint="1 to 12; default 3."
          />
        </div>
      ))}
    </fieldset>
  );
}
