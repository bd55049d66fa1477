import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  index: number;
  count: number;
  onMove(by: -1 | 1): void;
  onDuplicate(): void;
  onDelete(): void;
}

/** What the counselor can do with the selected step: move it, copy it, delete it. */
export function EditorStepTools({ index, count, onMove, onDuplicate, onDelete }: Props) {
  return (
    <div className="editor-step-tools">
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => onMove(-1)}
        disabled={index === 0}
        aria-label={t('editor.moveUp', { number: index + 1 })}
        title={t('editor.moveUpTitle')}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => onMove(1)}
        disabled={index === count - 1}
        aria-label={t('editor.moveDown', { number: index + 1 })}
        title={t('editor.moveDownTitle')}
      >
        ↓
      </button>
      <button type="button" className="btn btn-small btn-quiet" onClick={onDuplicate}>
        {t('editor.duplicate')}
      </button>
      <button
        type="button"
        className="btn btn-small btn-quiet btn-danger-text"
        onClick={onDelete}
        disabled={count === 1}
      >
        {t('editor.delete')}
      </button>
    </div>
  );
}
