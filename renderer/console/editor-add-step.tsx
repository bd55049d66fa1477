import { stepKinds } from '../../shared/template/step-kinds.js';
import type { StepKind } from '../../shared/template/step-schema.js';
import { stepKindLine, stepKindName } from './editor-step-kinds.js';
import { t } from '../console-and-projector/i18n/translate.js';

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
        {t('editor.add.open')}
      </button>
    );
  }
  return (
    <fieldset className="editor-add">
      <legend>{t('editor.add.legend')}</legend>
      <ul>
        {stepKinds.map((kind) => (
          <li key={kind}>
            <button type="button" className="editor-kind-button" onClick={() => onAdd(kind)}>
              <strong>{stepKindName(kind)}</strong>
              <span>{stepKindLine(kind)}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-small btn-quiet" onClick={() => setAdding(false)}>
        {t('common.cancel')}
      </button>
    </fieldset>
  );
}
