import { templateSchema } from '../../shared/template/template-schema.js';
import { pathKey, type Draft } from './editor-model.js';

/** What the editor reads of a zod issue (the console may not import zod itself). */
interface Issue {
  code: string;
  message: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** The schema's words for the usual slips, said the way a counselor would. */
function friendlyMessage(issue: Issue): string {
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return 'Write something here.';
    if (issue.origin === 'array') return `Add at least ${String(issue.minimum as number)}.`;
    if (issue.origin === 'number') return `Use ${String(issue.minimum as number)} or more.`;
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string')
      return `Shorten this to ${String(issue.maximum as number)} characters.`;
    if (issue.origin === 'array') return `Use at most ${String(issue.maximum as number)}.`;
    if (issue.origin === 'number') return `Use ${String(issue.maximum as number)} or less.`;
  }
  if (issue.code === 'invalid_type') return 'Fill this in.';
  if (issue.message.startsWith('an image needs imageAlt'))
    return 'Describe the picture for people who cannot see it.';
  return issue.message;
}

/**
 * The schema's first complaint about each field, in counselor wording, keyed by its path: the
 * one template schema the loader and `templates:check` use, never a second set of rules.
 */
export function schemaErrors(draft: Draft | null): Map<string, string> {
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
