import { useState } from 'react';
import { ExportButton } from './export-button.js';
import { t } from '../console-and-projector/i18n/translate.js';
import { isLanguageTag, languageOf } from '../common/i18n/languages.js';
import './handout-buttons.css';

type Layout = 'standard' | 'saver' | 'large';

const LAYOUTS: Layout[] = ['standard', 'saver', 'large'];

function layoutLabel(layout: Layout): string {
  return t('handout.layoutName', { layout });
}

/** A language named in its own words, as the language pickers name it ("Español", "العربية"). */
function ownName(tag: string): string {
  if (isLanguageTag(tag)) return languageOf(tag).name;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The handout and guide exports, with the print layout the counselor chooses (issue 20) and,
 * for a translated workshop, the handout's language (issue 16).
 */
export function HandoutButtons({
  token,
  templateId,
  languages = [],
}: {
  token: string;
  templateId: string;
  /** The workshop's own language first, then its translations'. */
  languages?: string[];
}) {
  const [layout, setLayout] = useState<Layout>('standard');
  const [language, setLanguage] = useState(languages[0] ?? '');
  const query: Record<string, string> = layout === 'standard' ? {} : { layout };
  const suffix = layout === 'standard' ? '' : `-${layout}`;
  const translated = language !== '' && language !== languages[0];
  const handoutQuery = translated ? { ...query, language } : query;
  const handoutSuffix = translated ? `${suffix}-${language}` : suffix;
  return (
    <>
      {languages.length > 1 && (
        <label className="print-layout">
          <span>{t('handout.language')}</span>
          <select
            value={language}
            aria-label={t('handout.languageAria')}
            onChange={(e) => setLanguage(e.target.value)}
          >
            {languages.map((tag) => (
              <option key={tag} value={tag} lang={tag}>
                {ownName(tag)}
              </option>
            ))}
          </select>
        </label>
      )}
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
        query={handoutQuery}
        fileName={`${templateId}-handout${handoutSuffix}.pdf`}
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
