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
        aria-label={`Move step ${index + 1} up`}
        title="Move up (or drag the step)"
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => onMove(1)}
        disabled={index === count - 1}
        aria-label={`Move step ${index + 1} down`}
        title="Move down (or drag the step)"
      >
        ↓
      </button>
      <button type="button" className="btn btn-small btn-quiet" onClick={onDuplicate}>
        Duplicate
      </button>
      <button
        type="button"
        className="btn btn-small btn-quiet btn-danger-text"
        onClick={onDelete}
        disabled={count === 1}
      >
        Delete
      </button>
    </div>
  );
}
