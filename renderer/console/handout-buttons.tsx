import { useState } from 'react';
import { ExportButton } from './export-button.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './handout-buttons.css';

type Layout = 'standard' | 'saver' | 'large';

const LAYOUTS: Layout[] = ['standard', 'saver', 'large'];

function layoutLabel(layout: Layout): string {
  return t('handout.layoutName', { layout });
}

/** The handout and guide exports, with the print layout the counselor chooses (issue 20). */
export function HandoutButtons({ token, templateId }: { token: string; templateId: string }) {
  const [layout, setLayout] = useState<Layout>('standard');
  const query: Record<string, string> = layout === 'standard' ? {} : { layout };
  const suffix = layout === 'standard' ? '' : `-${layout}`;
  return (
    <>
      <label className="print-layout">
        <span>{t('handout.layout')}</span>
        <select
          value={layout}
          aria-label={t('handout.layoutAria')}
          onChange={(e) => setLayout(e.target.value as Layout)}
        >
          {LAYOUTS.map((key) => (
            <option key={key} value={key}>
              {layoutLabel(key)}
            </option>
          ))}
        </select>
      </label>
      <ExportButton
        token={token}
        route={{ document: 'handout', id: templateId, format: 'pdf' }}
        query={query}
        fileName={`${templateId}-handout${suffix}.pdf`}
        label={t('handout.pdf')}
        print
      />
      <ExportButton
        token={token}
        route={{ document: 'guide', id: templateId, format: 'pdf' }}
        query={query}
        fileName={`${templateId}-facilitator-guide${suffix}.pdf`}
        label={t('handout.guide')}
      />
    </>
  );
}
