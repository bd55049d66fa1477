import type { TemplateFileError, TemplateSummary } from '../../shared/protocol/views.js';
import type { Template } from '../../shared/template/template-schema.js';

export type ImportResult =
  { ok: true; templateId: string } | { ok: false; errors: TemplateFileError[] };

/** The workshop library: shipped templates (read-only) plus the counselor's own, in the data dir. */
export interface TemplateLibrary {
  list(): { templates: TemplateSummary[]; errors: TemplateFileError[] };
  get(templateId: string): Template | undefined;
  /** Copies any template into the counselor's own library; returns the new id. */
  duplicate(templateId: string): string;
  importFile(fileName: string, content: string): ImportResult;
  exportFile(templateId: string): { fileName: string; content: string } | undefined;
  /** Own templates only; shipped ones cannot be deleted. Returns false when not allowed or unknown. */
  remove(templateId: string): boolean;
  /**
   * The checked image file of an info step, resolved against the folder of the library's workshop
   * with the same id (a live session passes its frozen copy). Undefined when there is none.
   */
  stepImage(template: Template, stepId: string): StepImageFile | undefined;
}

export interface StepImageFile {
  path: string;
  contentType: 'image/png' | 'image/jpeg';
}

export interface TemplateLibraryOptions {
  shippedDir: string;
  ownDir: string;
}
