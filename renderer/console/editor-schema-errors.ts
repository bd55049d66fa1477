import { templateSchema } from '../../shared/template/template-schema.js';
import type { RoomMessageKey } from '../console-and-projector/i18n/catalogs/en.js';
import { t } from '../console-and-projector/i18n/translate.js';
import { pathKey, type Draft } from './editor-model.js';

/** What the editor reads of a zod issue (the console may not import zod itself). */
interface Issue {
  code: string;
  message: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** The schema's own cross-field rules, by how their (developer-facing) message starts. */
const OWN_RULES: [string, RoomMessageKey][] = [
  ['an image needs imageAlt', 'editor.error.imageAlt'],
  ['a single-choice question has one correct option', 'editor.error.oneCorrect'],
  ['max must be greater than min', 'editor.error.maxAboveMin'],
  ['duplicate', 'editor.error.duplicate'],
];

/** The schema's words for the usual slips, said the way a counselor would, in their language. */
function friendlyMessage(issue: Issue): string {
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return t('editor.error.empty');
    if (issue.origin === 'array') return t('editor.error.fewItems', { min });
    if (issue.origin === 'number') return t('editor.error.tooLow', { min });
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return t('editor.error.tooLong', { max });
    if (issue.origin === 'array') return t('editor.error.manyItems', { max });
    if (issue.origin === 'number') return t('editor.error.tooHigh', { max });
  }
  if (issue.code === 'invalid_type') return t('editor.error.missing');
  if (issue.code === 'invalid_format') return t('editor.error.format');
  const own = OWN_RULES.find(([start]) => issue.message.startsWith(start));
  return own ? t(own[1]) : issue.message;
}

/**
 * The schema's first complaint about each field, in counselor wording, keyed by its path: the
 * one template schema the loader and `templates:check` use, never a second set of rules.
 * `_language` is the console's language the words come in, so a memo of this asks again when
 * the counselor switches.
 */
export function schemaErrors(draft: Draft | null, _language: string): Map<string, string> {
  const errors = new Map<string, string>();
  if (!draft) return errors;
  const result = templateSchema.safeParse(draft);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = pathKey(issue.path);
      if (!errors.has(key)) errors.set(key, friendlyMessage(issue));
    }
  }
  return errors;
}
