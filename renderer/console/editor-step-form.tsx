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
import { stepKindLine, stepKindName } from './editor-step-kinds.js';
import { t } from '../console-and-projector/i18n/translate.js';

/** The fields every step has, then the fields of its kind. */
export function EditorStepForm({ index, kind }: { index: number; kind: StepKind }) {
  const at = (...rest: (string | number)[]): Path => ['steps', index, ...rest];
  return (
    <div className="editor-step-form" data-testid="step-form">
      <p className="editor-kind-line">
        <strong>{stepKindName(kind)}</strong> — {stepKindLine(kind)}
      </p>
      <div className="editor-row">
        <TextField path={at('title')} label={t('editor.step.title')} />
        <NumberInput path={at('minutes')} label={t('editor.step.minutes')} />
      </div>
      <KindFields kind={kind} at={at} />
      <details className="editor-more">
        <summary>{t('editor.step.more')}</summary>
        <TextField path={at('facilitatorNotes')} label={t('editor.step.notes')} rows={3} optional />
        <TextField
          path={at('contentNote')}
          label={t('editor.step.contentNote')}
          hint={t('editor.step.contentNoteHint')}
          optional
        />
        <CheckField path={at('optional')} label={t('editor.step.optional')} />
      </details>
    </div>
  );
}

function KindFields({ kind, at }: { kind: StepKind; at: (...rest: (string | number)[]) => Path }) {
  const prompt = <TextField path={at('prompt')} label={t('editor.step.prompt')} rows={2} />;
  switch (kind) {
    case 'info':
      return (
        <>
          <TextField
            path={at('body')}
            label={t('editor.step.body')}
            rows={6}
            hint={t('editor.step.bodyHint')}
          />
          <InfoPicture at={at} />
        </>
      );
    case 'timer':
      return (
        <>
          {prompt}
          <NumberInput path={at('seconds')} label={t('editor.step.seconds')} />
        </>
      );
    case 'choice':
      return (
        <>
          {prompt}
          <OptionLinesField path={at('options')} label={t('editor.step.options')} prefix="option" />
          <CheckField path={at('multiple')} label={t('editor.step.multiple')} />
          <CorrectOptions at={at} />
        </>
      );
    case 'open':
      return (
        <>
          {prompt}
          <NumberInput
            path={at('maxLength')}
            label={t('editor.step.maxLength')}
            hint={t('editor.step.defaultIs', { number: 500 })}
          />
        </>
      );
    case 'words':
      return (
        <>
          {prompt}
          <NumberInput
            path={at('maxWords')}
            label={t('editor.step.maxWords')}
            hint={t('editor.step.defaultIs', { number: 3 })}
          />
        </>
      );
    case 'rank':
      return (
        <>
          {prompt}
          <OptionLinesField path={at('items')} label={t('editor.step.rankItems')} prefix="item" />
        </>
      );
    case 'slider':
      return (
        <>
          {prompt}
          <div className="editor-row">
            <TextField path={at('minLabel')} label={t('editor.step.minLabel')} />
            <TextField path={at('maxLabel')} label={t('editor.step.maxLabel')} />
          </div>
          <div className="editor-row">
            <NumberInput
              path={at('min')}
              label={t('editor.step.min')}
              hint={t('editor.step.defaultIs', { number: 0 })}
            />
            <NumberInput
              path={at('max')}
              label={t('editor.step.max')}
              hint={t('editor.step.defaultIs', { number: 10 })}
            />
            <NumberInput
              path={at('step')}
              label={t('editor.step.step')}
              hint={t('editor.step.defaultIs', { number: 1 })}
            />
          </div>
        </>
      );
    case 'scale':
      return (
        <>
          {prompt}
          <LinesField path={at('labels')} label={t('editor.step.scaleLabels')} />
          <ScaleThemes at={at} />
        </>
      );
    case 'sort':
      return (
        <>
          {prompt}
          <CheckField path={at('opinion')} label={t('editor.step.opinion')} />
          <OptionLinesField
            path={at('categories')}
            label={t('editor.step.groups')}
            prefix="group"
          />
          <SortItems at={at} />
        </>
      );
    case 'worksheet':
      return (
        <>
          {prompt}
          <OptionLinesField path={at('fields')} label={t('editor.step.fields')} prefix="field" />
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
      <legend>{t('editor.correct.legend')}</legend>
      {options.map((o) => (
        <label key={asText(o.id)} className="editor-check">
          <input
            type="checkbox"
            checked={correct.includes(asText(o.id))}
            onChange={(e) => toggle(asText(o.id), e.target.checked)}
          />
          {asText(o.label) || t('editor.correct.empty')}
        </label>
      ))}
      {error && <small className="field-error">{error}</small>}
      {correct.length > 0 && (
        <TextField
          path={at('explanation')}
          label={t('editor.correct.explanation')}
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
      <legend>{t('editor.sort.legend')}</legend>
      {items.map((item, i) => (
        <div key={asText(item.id)} className="editor-subitem">
          <div className="editor-row">
            <TextField
              path={at('items', i, 'label')}
              label={t('editor.sort.item', { number: i + 1 })}
            />
            <label className="field editor-field">
              <span>{t('editor.sort.belongsIn')}</span>
              <select
                value={asText(item.category)}
                onChange={(e) => form.set(at('items', i, 'category'), e.target.value)}
              >
                {groups.map((g, n) => (
                  <option key={asText(g.id)} value={asText(g.id)}>
                    {asText(g.label) || t('editor.sort.unnamedGroup', { number: n + 1 })}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <TextField path={at('items', i, 'explanation')} label={t('editor.sort.note')} />
          <RemoveButton
            path={at('items')}
            index={i}
            min={2}
            label={t('editor.sort.remove', { number: i + 1 })}
          />
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={add}>
        {t('editor.sort.add')}
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
      <legend>{t('editor.scale.legend')}</legend>
      {themes.map((theme, i) => (
        <div key={asText(theme.id)} className="editor-subitem">
          <TextField
            path={at('themes', i, 'title')}
            label={t('editor.scale.theme', { number: i + 1 })}
          />
          <TextField
            path={at('themes', i, 'reflection')}
            label={t('editor.scale.reflection')}
            rows={2}
          />
          <StatementLines path={at('themes', i, 'statements')} />
          <RemoveButton
            path={at('themes')}
            index={i}
            min={1}
            label={t('editor.scale.remove', { number: i + 1 })}
          />
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={add}>
        {t('editor.scale.add')}
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
        {t('editor.scale.statements')}
        <textarea
          rows={Math.max(2, statements.length + 1)}
          dir="auto"
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
