import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  title: string;
  total: number;
  planned: number;
  saveState: string;
  problems: number;
  saving: boolean;
  canSave: boolean;
  onLeave(): void;
  onSave(): void;
  /** Absent when there is nothing to step back (or forward) to. */
  onUndo?: () => void;
  onRedo?: () => void;
}

/** The editor's title line: back to the library, the minutes against the plan, and Save. */
export function EditorHeader(props: Props) {
  const { title, total, planned, saveState, problems, saving, canSave } = props;
  return (
    <header className="page-head">
      <div>
        <button type="button" className="btn btn-quiet back" onClick={props.onLeave}>
          {t('editor.back')}
        </button>
        <h1 id="editor-title">{t('editor.title', { title })}</h1>
        <p className="lead">
          <span className={total > planned ? 'editor-over' : ''} data-testid="minutes-total">
            {t('editor.minutesTotal', { count: total, planned })}
          </span>
          {' · '}
          {saveState}
        </p>
      </div>
      <div className="page-actions">
        <HistoryButton
          label={t('editor.undo')}
          hint={t('editor.undoTitle')}
          keys="Control+Z Meta+Z"
          onClick={props.onUndo}
        />
        <HistoryButton
          label={t('editor.redo')}
          hint={t('editor.redoTitle')}
          keys="Control+Shift+Z Meta+Shift+Z Control+Y"
          onClick={props.onRedo}
        />
        <span className="editor-problems" role="status">
          {t('editor.problems', { count: problems })}
        </span>
        <button
          type="button"
          className="btn btn-primary"
          onClick={props.onSave}
          disabled={saving || !canSave}
        >
          {saving ? t('editor.saving') : t('editor.save')}
        </button>
      </div>
    </header>
  );
}

interface HistoryButtonProps {
  label: string;
  hint: string;
  /** The keyboard shortcuts that do the same (use-editor-leave.tsx), for assistive technology. */
  keys: string;
  /** Absent: nothing to step to, and the button is off. */
  onClick: (() => void) | undefined;
}

/** Undo or Redo: one look, one behaviour. */
function HistoryButton({ label, hint, keys, onClick }: HistoryButtonProps) {
  return (
    <button
      type="button"
      className="btn btn-quiet"
      onClick={onClick}
      disabled={!onClick}
      aria-keyshortcuts={keys}
      title={hint}
    >
      {label}
    </button>
  );
}
