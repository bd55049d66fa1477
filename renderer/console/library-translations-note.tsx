import type { TemplateSummary } from '../../shared/protocol/views.js';
import { roomLocale, t } from '../console-and-projector/i18n/translate.js';

/** The languages named in the console's own language ("Spanish, Arabic" / "español, árabe"). */
function namesOf(list: TemplateSummary['translations']): string {
  const names = new Intl.DisplayNames([roomLocale()], { type: 'language' });
  return list.map((entry) => names.of(entry.language) ?? entry.language).join(', ');
}

/**
 * Which languages a workshop's phones can read it in, and which of those translations no native
 * speaker has checked yet: the counselor should have them reviewed before using them with a group.
 */
export function LibraryTranslationsNote({ template }: { template: TemplateSummary }) {
  const { translations } = template;
  if (translations.length === 0) return null;
  const unreviewed = translations.filter((entry) => entry.needsReview);
  return (
    <p className="template-translations" data-testid={`translations-${template.id}`}>
      {t('library.translations', { languages: namesOf(translations) })}
      {unreviewed.length > 0 && (
        <>
          {' '}
          <strong>
            {t('library.translationsDraft', {
              languages: namesOf(unreviewed),
              count: unreviewed.length,
            })}
          </strong>
        </>
      )}
    </p>
  );
}
