import { useState } from 'react';
import { ExportButton } from './ExportButton.js';
import './handout-buttons.css';

type Layout = 'standard' | 'saver' | 'large';

const LAYOUT_LABELS: Record<Layout, string> = {
  standard: 'Standard',
  saver: 'Print-saver (fewer pages)',
  large: 'Large print (16 pt)',
};

/** The handout and guide exports, with the print layout the counselor chooses (issue 20). */
export function HandoutButtons({ token, templateId }: { token: string; templateId: string }) {
  const [layout, setLayout] = useState<Layout>('standard');
  const query = layout === 'standard' ? '' : `?layout=${layout}`;
  const suffix = layout === 'standard' ? '' : `-${layout}`;
  return (
    <>
      <label className="print-layout">
        <span>Print layout</span>
        <select
          value={layout}
          aria-label="Print layout of the handout"
          onChange={(e) => setLayout(e.target.value as Layout)}
        >
          {(Object.keys(LAYOUT_LABELS) as Layout[]).map((key) => (
            <option key={key} value={key}>
              {LAYOUT_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
      <ExportButton
        token={token}
        path={`/api/exports/handout/${templateId}.pdf${query}`}
        fileName={`${templateId}-handout${suffix}.pdf`}
        label="Handout PDF"
        print
      />
      <ExportButton
        token={token}
        path={`/api/exports/guide/${templateId}.pdf${query}`}
        fileName={`${templateId}-facilitator-guide${suffix}.pdf`}
        label="Facilitator guide PDF"
      />
    </>
  );
}
