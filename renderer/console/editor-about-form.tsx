import { LinesField, NumberInput, TextField } from './editor-fields.js';
import { t } from '../console-and-projector/i18n/translate.js';

/** The workshop's own details: what the library, the handout's cover and the phones show. */
export function EditorAboutForm({ open }: { open: boolean }) {
  return (
    <details className="card editor-about" open={open}>
      <summary>{t('editor.about.title')}</summary>
      <div className="editor-row">
        <TextField path={['title']} label={t('editor.about.name')} />
        <NumberInput path={['minutes']} label={t('editor.about.minutes')} />
      </div>
      <TextField
        path={['summary']}
        label={t('editor.about.summary')}
        rows={2}
        placeholder={t('editor.about.summaryPlaceholder')}
      />
      <div className="editor-row">
        <TextField
          path={['audience']}
          label={t('editor.about.audience')}
          placeholder={t('editor.about.audiencePlaceholder')}
        />
        <TextField
          path={['language']}
          label={t('editor.about.language')}
          hint={t('editor.about.languageHint')}
        />
      </div>
      <TextField path={['agreement']} label={t('editor.about.agreement')} rows={8} />
      <LinesField path={['contentNotes']} label={t('editor.about.contentNotes')} />
      <LinesField path={['credits']} label={t('editor.about.credits')} />
    </details>
  );
}
