import type { TemplateFileError } from '../../shared/protocol/views.js';
import type { TemplateInput } from '../../shared/template/template-schema.js';
import { parseTemplateText } from './parse-template-file.js';

export type EditedWorkshopCheck =
  { ok: true; workshop: TemplateInput } | { ok: false; errors: TemplateFileError[] };

/**
 * The console's copy of a workshop is never trusted: it goes through the loader's own schema
 * check first, so every refusal names the field (`steps.2.title`) the editor should mark.
 */
export function checkEditedWorkshop(templateId: string, workshop: unknown): EditedWorkshopCheck {
  const fileName = `${templateId}.yaml`;
  const parsed = parseTemplateText(`${templateId}.json`, JSON.stringify(workshop ?? null));
  if (!parsed.ok) {
    // The line numbers are of a JSON text nobody sees; the field path is what the form needs.
    return { ok: false, errors: parsed.errors.map((e) => ({ ...e, fileName, line: null })) };
  }
  return { ok: true, workshop: workshop as TemplateInput };
}
