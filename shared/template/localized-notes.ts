import { sourceTag } from './source-tag.js';
import type { Step } from './step-schema.js';
import type { Template } from './template-schema.js';
import { translationAt } from './translation-check.js';

/**
 * One step's facilitator notes in `language` where a current translation exists, else the
 * workshop's own: the console reads them in the counselor's language, as the guide prints them,
 * without localizing the whole workshop on every view. Its own module: the console's first load
 * must stay free of zod, which the localizer's schema import would bring.
 */
export function localizedNotes(
  template: Template,
  step: Step,
  language: string,
): string | undefined {
  const notes = step.facilitatorNotes;
  if (notes === undefined) return undefined;
  const translated = translationAt(template.translations?.[language], [
    'steps',
    step.id,
    'facilitatorNotes',
  ]);
  return translated && translated.source === sourceTag(notes) ? translated.text : notes;
}
