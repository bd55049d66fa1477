import type { StepKind } from '../../shared/template/step-schema.js';
import {
  CheckField,
  LinesField,
  NumberInput,
  OptionLinesField,
  TextField,
  useEditorForm,
} from './editor-fields.js';
import { InfoPicture } from './editor-info-picture.js';
import { RemoveButton, WorksheetFieldDetails } from './editor-sub-lists.js';
import { asList, asText, freshId, getAt, type Path } from './editor-model.js';
import { STEP_KIND_INFO } from './editor-step-kinds.js';

/** The fields every step has, then the fields of its kind. */
export function EditorStepForm({ index, kind }: { index: number; kind: StepKind }) {
  const at = (...rest: (string | number)[]): Path => ['steps', index, ...rest];
  return (
    <div className="editor-step-form" data-testid="step-form">
      <p className="editor-kind-line">
        <strong>{STEP_KIND_INFO[kind].name}</strong> — {STEP_KIND_INFO[kind].line}
      </p>
      <div className="editor-row">
        <TextField path={at('title')} label="Step title" />
        <NumberInput path={at('minutes')} label="Minutes" />
      </div>
      <KindFields kind={kind} at={at} />
      <details className="editor-more">
        <summary>Notes, content note, optional</summary>
        <TextField
          path={at('facilitatorNotes')}
          label="Notes for you (console only)"
          rows={3}
          optional
        />
        <TextField
          path={at('contentNote')}
          label="Content note shown before the step"
          hint="e.g. this touches on conflict at home"
          optional
        />
        <CheckField
          path={at('optional')}
          label="Optional: may be skipped (not counted in the plan)"
        />
      </details>
    </div>
  );
}

function KindFields({ kind, at }: { kind: StepKind; at: (...rest: (string | number)[]) => Path }) {
  const prompt = <TextField path={at('prompt')} label="Prompt on the phones" rows={2} />;
  switch (kind) {
    case 'info':
      return (
        <>
          <TextField
            path={at('body')}
            label="Text for the room"
            rows={6}
            hint="A blank line starts a new paragraph; lines starting with “- ” or “1. ” make a list."
          />
          <InfoPicture at={at} />
        </>
      );
    case 'timer':
      return (
        <>
          {prompt}
          <NumberInput path={at('seconds')} label="Countdown (seconds)" />
        </>
      );
    case 'choice':
      return (
        <>
          {prompt}
          <OptionLinesField path={at('options')} label="Options" prefix="option" />
          <CheckField path={at('multiple')} label="Several options may be picked" />
          <CorrectOptions at={at} />
        </>
      );
    case 'open':
      return (
        <>
          {prompt}
          <NumberInput
            path={at('maxLength')}
            label="Longest answer (characters)"
            hint="Default 500."
          />
        </>
      );
    case 'words':
      return (
        <>
          {prompt}
          <NumberInput path={at('maxWords')} label="Words each (1–5)" hint="Default 3." />
        </>
      );
    case 'rank':
      return (
        <>
          {prompt}
          <OptionLinesField path={at('items')} label="Items to rank" prefix="item" />
        </>
      );
    case 'slider':
      return (
        <>
          {prompt}
          <div className="editor-row">
            <TextField path={at('minLabel')} label="Label at the left end" />
            <TextField path={at('maxLabel')} label="Label at the right end" />
          </div>
          <div className="editor-row">
            <NumberInput path={at('min')} label="Lowest value" hint="Default 0." />
            <NumberInput path={at('max')} label="Highest value" hint="Default 10." />
            <NumberInput path={at('step')} label="Step between values" hint="Default 1." />
          </div>
        </>
      );
    case 'scale':
      return (
        <>
          {prompt}
          <LinesField path={at('labels')} label="The five answer labels, 1 to 5" />
          <ScaleThemes at={at} />
        </>
      );
    case 'sort':
      return (
        <>
          {prompt}
          <CheckField path={at('opinion')} label="A matter of opinion (no right group)" />
          <OptionLinesField path={at('categories')} label="Groups (2 to 4)" prefix="group" />
          <SortItems at={at} />
        </>
      );
    case 'worksheet':
      return (
        <>
          {prompt}
          <OptionLinesField path={at('fields')} label="Fields to fill in" prefix="field" />
          <WorksheetFieldDetails at={at} />
        </>
      );
  }
}

/** A quiz: the options that are right; none ticked makes it an opinion question. */
function CorrectOptions({ at }: { at: (...rest: (string | number)[]) => Path }) {
  const form = useEditorForm();
  const options = asList(getAt(form.draft, at('options')));
  const correct = (getAt(form.draft, at('correct')) as string[] | undefined) ?? [];
  const error = form.errorOf(at('correct'));
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...correct, id] : correct.filter((c) => c !== id);
    form.set(at('correct'), next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="editor-fieldset">
      <legend>Correct answers (leave all unticked for an opinion question)</legend>
      {options.map((o) => (
        <label key={asText(o.id)} className="editor-check">
          <input
            type="checkbox"
            checked={correct.includes(asText(o.id))}
            onChange={(e) => toggle(asText(o.id), e.target.checked)}
          />
          {asText(o.label) || '(empty option)'}
        </label>
      ))}
      {error && <small className="field-error">{error}</small>}
      {correct.length > 0 && (
        <TextField
          path={at('explanation')}
          label="Explanation after the reveal"
          rows={2}
          optional
        />
      )}
    </fieldset>
  );
}

function SortItems({ at }: { at: (...rest: (string | number)[]) => Path }) {
  const form = useEditorForm();
  const items = asList(getAt(form.draft, at('items')));
  const groups = asList(getAt(form.draft, at('categories')));
  const add = () =>
    form.set(at('items'), [
      ...items,
      {
        id: freshId(`item-${items.length + 1}`, new Set(items.map((x) => asText(x.id)))),
        label: '',
        category: asText(groups[0]?.id),
        explanation: '',
      },
    ]);
  return (
    <fieldset className="editor-fieldset">
      <legend>Items to sort</legend>
      {items.map((item, i) => (
        <div key={asText(item.id)} className="editor-subitem">
          <div className="editor-row">
            <TextField path={at('items', i, 'label')} label={`Item ${i + 1}`} />
            <label className="field editor-field">
              <span>Belongs in</span>
              <select
                value={asText(item.category)}
                onChange={(e) => form.set(at('items', i, 'category'), e.target.value)}
              >
                {groups.map((g, n) => (
                  <option key={asText(g.id)} value={asText(g.id)}>
                    {asText(g.label) || `Group ${n + 1} (not named yet)`}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <TextField path={at('items', i, 'explanation')} label="Note shown after the reveal" />
          <RemoveButton path={at('items')} index={i} min={2} what={`item ${i + 1}`} />
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={add}>
        Add an item
      </button>
    </fieldset>
  );
}

function ScaleThemes({ at }: { at: (...rest: (string | number)[]) => Path }) {
  const form = useEditorForm();
  const themes = asList(getAt(form.draft, at('themes')));
  const add = () =>
    form.set(at('themes'), [
      ...themes,
      {
        id: `theme-${themes.length + 1}`,
        title: '',
        reflection: '',
        statements: [{ id: `t${themes.length + 1}-s-1`, text: '' }],
      },
    ]);
  return (
    <fieldset className="editor-fieldset">
      <legend>Themes</legend>
      {themes.map((theme, i) => (
        <div key={asText(theme.id)} className="editor-subitem">
          <TextField path={at('themes', i, 'title')} label={`Theme ${i + 1}`} />
          <TextField
            path={at('themes', i, 'reflection')}
            label="Private reflection when answers lean here"
            rows={2}
          />
          <StatementLines path={at('themes', i, 'statements')} />
          <RemoveButton path={at('themes')} index={i} min={1} what={`theme ${i + 1}`} />
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={add}>
        Add a theme
      </button>
    </fieldset>
  );
}

/** Scale statements use `text`, not `label`: mapped through a one-line-each field. */
function StatementLines({ path }: { path: Path }) {
  const form = useEditorForm();
  const statements = asList(getAt(form.draft, path));
  const error =
    form.errorOf(path) ??
    statements.map((_, i) => form.errorOf([...path, i, 'text'])).find(Boolean);
  return (
    <div className={`field editor-field${error ? ' has-error' : ''}`}>
      <label>
        Statements, one per line
        <textarea
          rows={Math.max(2, statements.length + 1)}
          value={statements.map((s) => asText(s.text)).join('\n')}
          aria-invalid={error ? true : undefined}
          onChange={(e) =>
            form.set(
              path,
              e.target.value.split('\n').map((text, i) => ({
                id: asText(statements[i]?.id) || `${String(path[1])}-${String(path[3])}-s-${i + 1}`,
                text,
              })),
            )
          }
        />
      </label>
      {error && <small className="field-error">{error}</small>}
    </div>
  );
}
