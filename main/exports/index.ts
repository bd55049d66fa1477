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
import { pdfMessages } from './i18n/pdf-messages.js';
import { relabelAbuseHelpline } from '../../shared/session/support-text.js';

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
  /**
   * Print in this language: the workshop's texts where translated, and the PDF's own words
   * (the counselor's documents follow the counselor's interface language).
   */
  language?: string | undefined;
}

/** The support text with the abuse helpline's label in the document's language. */
function localSupport<T extends PdfOptions>(options: T, language: string): T {
  const label = pdfMessages(options.language ?? language).t('support.abuseHelpline');
  return { ...options, support: relabelAbuseHelpline(options.support, label) };
}

/** Template documents carry the month they were printed, nothing finer, so output is repeatable. */
function printMonth(): Date {
  return monthOnly(Date.now());
}

export interface HandoutPdfOptions extends PdfOptions {
  /** The picture file of an info step (see TemplateLibrary.stepImage), when it has one. */
  stepImage?: (stepId: string) => Buffer | undefined;
}

export async function renderHandoutPdf(
  template: Template,
  options: HandoutPdfOptions,
): Promise<Buffer> {
  return renderHandout(template, {
    ...localSupport(options, template.language),
    creationDate: printMonth(),
  });
}

export async function renderGuidePdf(template: Template, options: PdfOptions): Promise<Buffer> {
  return renderGuide(template, {
    ...localSupport(options, template.language),
    creationDate: printMonth(),
  });
}

export async function renderResultsPdf(
  session: SessionState,
  options: PdfOptions,
): Promise<Buffer> {
  return renderResultsReport(session, localSupport(options, session.template.language));
}

/** Throws UnknownParticipantError for an id that is not a (current) participant of the session. */
export async function renderTakeawayPdf(
  session: SessionState,
  participantId: string,
  options: PdfOptions & { ownAnswers?: boolean },
): Promise<Buffer> {
  return renderTakeaway(session, participantId, localSupport(options, session.template.language));
}
