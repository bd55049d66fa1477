import type { TemplateFileError } from '../../shared/protocol/views.js';

/** `boundaries.yaml:42 steps[3].items[1].category — unknown category "x"` */
export function formatTemplateError(error: TemplateFileError): string {
  const where = error.line === null ? error.fileName : `${error.fileName}:${error.line}`;
  return error.field === ''
    ? `${where} — ${error.message}`
    : `${where} ${error.field} — ${error.message}`;
}
