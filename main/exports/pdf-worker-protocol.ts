import type { renderResultsPdf, renderTakeawayPdf } from './index.js';

/** The documents a worker renders: those made from a session, which can be large. */
export interface WorkerRenderers {
  renderResultsPdf: typeof renderResultsPdf;
  renderTakeawayPdf: typeof renderTakeawayPdf;
}
export type WorkerDocument = keyof WorkerRenderers;

export interface PdfJob {
  id: number;
  name: WorkerDocument;
  args: unknown[];
}

export type PdfJobReply =
  | { id: number; ok: true; pdf: Uint8Array }
  | { id: number; ok: false; message: string; unknownParticipant: boolean };
