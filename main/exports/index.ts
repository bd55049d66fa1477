/**
 * PDF renderers (pdfkit). Owned by the exports work; the host's routes call these.
 * Each returns the finished PDF bytes; nothing is written to disk.
 */
import type { SessionState } from '../../shared/session/session-types.js';
import type { Template } from '../../shared/template/template-schema.js';

export interface PdfOptions {
  paperSize: 'A4' | 'Letter';
  /** The counselor's support resources, printed in every footer. */
  support: string;
}

export async function renderHandoutPdf(_template: Template, _options: PdfOptions): Promise<Buffer> {
  throw new Error('handout PDF is not available yet');
}

export async function renderGuidePdf(_template: Template, _options: PdfOptions): Promise<Buffer> {
  throw new Error('facilitator guide PDF is not available yet');
}

export async function renderResultsPdf(
  _session: SessionState,
  _options: PdfOptions,
): Promise<Buffer> {
  throw new Error('results PDF is not available yet');
}

export async function renderTakeawayPdf(
  _session: SessionState,
  _participantId: string,
  _options: PdfOptions,
): Promise<Buffer> {
  throw new Error('takeaway PDF is not available yet');
}
