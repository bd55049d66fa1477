import type { RefusalReason } from '../../shared/protocol/refusal-reasons.js';
import type { TemplateFileError, TemplateSummary } from '../../shared/protocol/views.js';
import type { Template, TemplateInput } from '../../shared/template/template-schema.js';
import type { StoredStepImage } from './store-step-image.js';

export type ImportResult =
  | { ok: true; templateId: string }
  /** `reason` when the file as a whole is refused (not a workshop, from a newer version). */
  | { ok: false; errors: TemplateFileError[]; reason?: RefusalReason };

/** Saving refuses with the same errors `templates:check` gives, and then writes nothing. */
export type SaveResult = ImportResult;

/** The workshop library: shipped templates (read-only) plus the counselor's own, in the data dir. */
export interface TemplateLibrary {
  list(): { templates: TemplateSummary[]; errors: TemplateFileError[] };
  get(templateId: string): Template | undefined;
  /**
   * A new own workshop from the starter, not written yet: it has no file until its first save
   * (its summary and audience are left for the counselor). `reserved`: ids already given out
   * to other unsaved new workshops. `language`: the counselor's interface language, which the
   * starter is written in and becomes the workshop's language (English when not given).
   */
  create(
    reserved?: ReadonlySet<string>,
    language?: string,
  ): { templateId: string; workshop: TemplateInput };
  /** Copies any template into the counselor's own library; returns the new id. */
  duplicate(templateId: string): string;
  importFile(fileName: string, content: string): ImportResult;
  /**
   * Writes an edited own workshop over its file, rewriting only what changed (comments and
   * layout elsewhere stay); shipped workshops are read-only. The id cannot change here. A new
   * workshop (an id no workshop and no file has) gets its first file.
   */
  save(templateId: string, edited: TemplateInput): SaveResult;
  /**
   * Keeps a picture chosen in the editor for an info step of an own workshop; returns the path
   * (relative to the workshop file) to put in the step's `image`, or why it was refused.
   */
  putStepImage(templateId: string, stepId: string, data: Buffer): StoredStepImage;
  exportFile(templateId: string): { fileName: string; content: string } | undefined;
  /** One file with the workshop and its pictures, to hand to a colleague. */
  exportBundle(templateId: string): { fileName: string; content: string } | undefined;
  /** Imports a bundle with the same checks as any workshop file; nothing is kept when it fails. */
  importBundle(fileName: string, content: string): ImportResult;
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
