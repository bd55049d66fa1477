import type { TemplateSummary } from '../../shared/protocol/views.js';
import { roomLocale, t } from '../console-and-projector/i18n/translate.js';

/** The languages named in the console's own language ("Spanish and Arabic" / "español y árabe"). */
function namesOf(list: TemplateSummary['translations']): string {
  const locale = roomLocale();
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const named = list.map((entry) => names.of(entry.language) ?? entry.language);
  return new Intl.ListFormat([locale], { type: 'conjunction' }).format(named);
}

/**
 * Which languages a workshop's phones can read it in, and which of those translations no native
 * speaker has checked yet: the counselor should have them reviewed before using them with a group.
 * When every one is a draft, the draft sentence does not name them all a second time.
 */
export function LibraryTranslationsNote({ template }: { template: TemplateSummary }) {
  const { translations } = template;
  if (translations.length === 0) return null;
  const unreviewed = translations.filter((entry) => entry.needsReview);
  const count = unreviewed.length;
  return (
    <p className="template-translations" data-testid={`translations-${template.id}`}>
      {t('library.translations', { languages: namesOf(translations) })}
      {count > 0 && (
        <>
          {' '}
          <strong>
            {count === translations.length
              ? t('library.translationsAllDraft', { count })
              : t('library.translationsDraft', { languages: namesOf(unreviewed), count })}
          </strong>
        </>
      )}
    </p>
  );
}
