/**
 * PDF renderers (pdfkit). Owned by the exports work; the host's routes call these.
 * Each returns the finished PDF bytes; nothing is written to disk.
 */
import type { SessionState } from '../../shared/session/session-types.js';
import type { Template } from '../../shared/template/template-schema.js';
import { renderGuide } from './documents/guide.js';
import { renderHandout } from './documents/handout.js';
import { renderResultsReport } from './documents/results-report.js';
import { renderTakeaway } from './documents/takeaway.js';

export { UnknownParticipantError } from './documents/takeaway.js';
import { monthOnly, type PaperSize } from './layout/page-frame.js';
import type { PrintLayout } from './layout/print-layout.js';
import type { SafetyContacts } from './documents/safety-page.js';

export type RoomContacts = Omit<SafetyContacts, 'support'>;

export { isPrintLayout, PRINT_LAYOUTS, type PrintLayout } from './layout/print-layout.js';

export interface PdfOptions {
  paperSize: PaperSize;
  /** The counselor's support resources, printed in every footer. */
  support: string;
  /** Standard, print-saver or large print (handouts and takeaways). */
  layout?: PrintLayout;
  /** Pre-filled on the safety page that ends every handout and takeaway. */
  contacts?: RoomContacts;
}

/** Template documents carry the month they were printed, nothing finer, so output is repeatable. */
function printMonth(): Date {
  return monthOnly(Date.now());
}

export interface HandoutPdfOptions extends PdfOptions {
  /** Print in this language: the workshop's texts where translated, and the PDF's own words. */
  language?: string | undefined;
  /** The picture file of an info step (see TemplateLibrary.stepImage), when it has one. */
  stepImage?: (stepId: string) => Buffer | undefined;
}

export async function renderHandoutPdf(
  template: Template,
  options: HandoutPdfOptions,
): Promise<Buffer> {
  return renderHandout(template, { ...options, creationDate: printMonth() });
}

export async function renderGuidePdf(template: Template, options: PdfOptions): Promise<Buffer> {
  return renderGuide(template, { ...options, creationDate: printMonth() });
}

export async function renderResultsPdf(
  session: SessionState,
  options: PdfOptions,
): Promise<Buffer> {
  return renderResultsReport(session, options);
}

/** Throws UnknownParticipantError for an id that is not a (current) participant of the session. */
export async function renderTakeawayPdf(
  session: SessionState,
  participantId: string,
  options: PdfOptions & { ownAnswers?: boolean; language?: string | undefined },
): Promise<Buffer> {
  return renderTakeaway(session, participantId, options);
}
