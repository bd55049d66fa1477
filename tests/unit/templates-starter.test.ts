import { describe, expect, it } from 'vitest';
import { starterWorkshop } from '../../main/templates/starter-workshop.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { WORKSHOP_LANGUAGES } from '../../shared/template/workshop-languages.js';

/** Every text of a starter, as one list (title, agreement lines, the welcome step). */
function texts(language: string | undefined): string[] {
  const starter = starterWorkshop('my-workshop', language);
  const step = starter.steps[0];
  return [
    starter.title,
    ...starter.agreement.split('\n').filter(Boolean),
    step?.title ?? '',
    step?.kind === 'info' ? step.body : '',
  ];
}

describe('the starter of a new workshop', () => {
  it('is written in the counselor’s language, which it declares as its own', () => {
    const english = texts('en');
    for (const language of WORKSHOP_LANGUAGES) {
      const starter = starterWorkshop('my-workshop', language);
      expect(starter.language).toBe(language);
      // Valid once the counselor writes a summary and an audience (the editor asks for them).
      const filled = templateSchema.safeParse({ ...starter, summary: 'x', audience: 'y' });
      expect(filled.success, language).toBe(true);
      expect(starter.steps.map((s) => [s.id, s.kind])).toEqual([['welcome', 'info']]);
      if (language === 'en') continue;
      const own = texts(language);
      expect(own).toHaveLength(english.length);
      for (const text of own) expect(english, `${language}: ${text}`).not.toContain(text);
    }
    expect(texts('ar').join('\n')).toMatch(/^[\u0600-\u06ff]/);
  });

  it('keeps the agreement’s limit of confidentiality in every language', () => {
    for (const language of WORKSHOP_LANGUAGES) {
      const lines = starterWorkshop('my-workshop', language).agreement.split('\n');
      expect(
        lines.filter((line) => line.startsWith('- ')),
        language,
      ).toHaveLength(6);
    }
  });

  it('falls back to English for a language it has no words in', () => {
    expect(starterWorkshop('my-workshop', 'pl')).toEqual(starterWorkshop('my-workshop', 'en'));
    expect(starterWorkshop('my-workshop')).toEqual(starterWorkshop('my-workshop', 'en'));
  });
});
