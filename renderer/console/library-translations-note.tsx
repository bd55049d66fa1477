import type { TemplateSummary } from '../../shared/protocol/views.js';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function namesOf(list: TemplateSummary['translations']): string {
  return list.map((t) => languageNames.of(t.language) ?? t.language).join(', ');
}

/**
 * Which languages a workshop's phones can read it in, and which of those translations no native
 * speaker has checked yet: the counselor should have them reviewed before using them with a group.
 */
export function LibraryTranslationsNote({ template }: { template: TemplateSummary }) {
  const { translations } = template;
  if (translations.length === 0) return null;
  const unreviewed = translations.filter((t) => t.needsReview);
  return (
    <p className="template-translations" data-testid={`translations-${template.id}`}>
      Phones can also read it in {namesOf(translations)}.
      {unreviewed.length > 0 && (
        <>
          {' '}
          <strong>
            {namesOf(unreviewed)}: draft {unreviewed.length === 1 ? 'translation' : 'translations'};
            have a native-speaking counselor review {unreviewed.length === 1 ? 'it' : 'them'} before
            use.
          </strong>
        </>
      )}
    </p>
  );
}
