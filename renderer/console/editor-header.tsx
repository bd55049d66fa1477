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
        <button
          type="button"
          className="btn btn-quiet"
          onClick={props.onUndo}
          disabled={!props.onUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={t('editor.undoTitle')}
        >
          {t('editor.undo')}
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          onClick={props.onRedo}
          disabled={!props.onRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
          title={t('editor.redoTitle')}
        >
          {t('editor.redo')}
        </button>
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
