import { parseDocument } from 'yaml';
import type { Template, TemplateInput } from '../../shared/template/template-schema.js';
import { patchYamlDocument } from './patch-yaml-document.js';
import { withModeline } from './template-modeline.js';

/**
 * The file text of an edited workshop: the original file with only what changed rewritten, so
 * comments and layout a counselor gave the file by hand survive an edit made in the app.
 * `before` is what the original parsed to; `after` is the edited workshop.
 */
export function editedTemplateText(
  originalText: string,
  before: Template,
  after: TemplateInput,
): string {
  const document = parseDocument(originalText, { uniqueKeys: true });
  patchYamlDocument(document, before, after);
  return withModeline(document.toString({ lineWidth: 0 }));
}
