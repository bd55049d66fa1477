import { useState } from 'react';
import { ExportButton } from './export-button.js';
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
  const query: Record<string, string> = layout === 'standard' ? {} : { layout };
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
        route={{ document: 'handout', id: templateId, format: 'pdf' }}
        query={query}
        fileName={`${templateId}-handout${suffix}.pdf`}
        label="Handout PDF"
        print
      />
      <ExportButton
        token={token}
        route={{ document: 'guide', id: templateId, format: 'pdf' }}
        query={query}
        fileName={`${templateId}-facilitator-guide${suffix}.pdf`}
        label="Facilitator guide PDF"
      />
    </>
  );
}
