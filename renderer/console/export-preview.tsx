import type { ExportPreviewItem, ExportReason } from '../../shared/privacy/export-preview.js';
import type { SmallCellCode } from '../../shared/aggregate/small-cell-method.js';
import { t } from '../console-and-projector/i18n/translate.js';

function outcomeLabel(outcome: ExportPreviewItem['outcome']): string {
  return t('export.outcome', { outcome });
}

const SMALL_CELL_KEYS = {
  merged: 'export.reason.merged',
  scale: 'export.reason.scale',
  slider: 'export.reason.slider',
  topWords: 'export.reason.topWords',
  countedWords: 'export.reason.countedWords',
} as const satisfies Record<SmallCellCode, string>;

/** The gate's reason, a code with its numbers, in the console's language. */
function reasonText(reason: ExportReason): string {
  return reason.code === 'withheld'
    ? t('export.reason.withheld', { k: reason.k })
    : t(SMALL_CELL_KEYS[reason.code], { min: reason.min });
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
            {item.reason && <small>{reasonText(item.reason)}</small>}
          </li>
        ))}
      </ul>
    </details>
  );
}
