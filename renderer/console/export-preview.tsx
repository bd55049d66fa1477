import type { ExportPreviewItem } from '../../shared/privacy/export-preview.js';

const OUTCOME_LABEL = {
  shown: 'Shown',
  coarsened: 'Grouped',
  withheld: 'Withheld',
} as const satisfies Record<ExportPreviewItem['outcome'], string>;

/** Before exporting: which exercises the report and CSV show, group more coarsely or leave out. */
export function ExportPreview({ items }: { items: ExportPreviewItem[] }) {
  if (items.length === 0) return null;
  return (
    <details className="export-preview" open>
      <summary>
        What the export shows: {items.filter((i) => i.outcome !== 'withheld').length} of{' '}
        {items.length} exercises
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item.stepId} className={`export-preview-${item.outcome}`}>
            <strong>{OUTCOME_LABEL[item.outcome]}:</strong> {item.title}
            {item.reason && <small>{item.reason}</small>}
          </li>
        ))}
      </ul>
    </details>
  );
}
