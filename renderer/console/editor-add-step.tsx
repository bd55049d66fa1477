import { stepKinds } from '../../shared/template/step-kinds.js';
import type { StepKind } from '../../shared/template/step-schema.js';
import { STEP_KIND_INFO } from './editor-step-kinds.js';

interface Props {
  adding: boolean;
  setAdding(adding: boolean): void;
  onAdd(kind: StepKind): void;
}

/** "+ Add a step", then the kinds to choose from, each with a one-line description. */
export function EditorAddStep({ adding, setAdding, onAdd }: Props) {
  if (!adding) {
    return (
      <button type="button" className="btn editor-add-open" onClick={() => setAdding(true)}>
        + Add a step
      </button>
    );
  }
  return (
    <fieldset className="editor-add">
      <legend>Add a step: choose its kind</legend>
      <ul>
        {stepKinds.map((kind) => (
          <li key={kind}>
            <button type="button" className="editor-kind-button" onClick={() => onAdd(kind)}>
              <strong>{STEP_KIND_INFO[kind].name}</strong>
              <span>{STEP_KIND_INFO[kind].line}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-small btn-quiet" onClick={() => setAdding(false)}>
        Cancel
      </button>
    </fieldset>
  );
}
