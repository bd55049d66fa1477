import type { ExportPreviewItem } from '../../shared/privacy/export-preview.js';
import { t } from '../console-and-projector/i18n/translate.js';

function outcomeLabel(outcome: ExportPreviewItem['outcome']): string {
  return t('export.outcome', { outcome });
}

/** Before exporting: which exercises the report and CSV show, group more coarsely or leave out. */
export function ExportPreview({ items }: { items: ExportPreviewItem[] }) {
  if (items.length === 0) return null;
  return (
    <details className="export-preview" open>
      <summary>
        {t('export.shows', {
          shown: items.filter((i) => i.outcome !== 'withheld').length,
          count: items.length,
        })}
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item.stepId} className={`export-preview-${item.outcome}`}>
            <strong>{t('export.outcomeLabel', { label: outcomeLabel(item.outcome) })}</strong>{' '}
            {item.title}
            {item.reason && <small>{item.reason}</small>}
          </li>
        ))}
      </ul>
    </details>
  );
}
