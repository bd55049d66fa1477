/**
 * The worker thread that renders session PDFs (results report, takeaways) away from the host's
 * event loop, so answer acknowledgements keep their pace while a report is made (issue 17).
 */
import { parentPort } from 'node:worker_threads';
import { renderResultsPdf, renderTakeawayPdf, UnknownParticipantError } from './index.js';
import type { PdfJob, PdfJobReply } from './pdf-worker-protocol.js';

const renderers = { renderResultsPdf, renderTakeawayPdf };

async function render(job: PdfJob): Promise<PdfJobReply> {
  try {
    const run = renderers[job.name] as (...args: unknown[]) => Promise<Buffer>;
    const pdf = await run(...job.args);
    // A fresh buffer, so it can be handed over without copying pdfkit's pooled memory.
    return { id: job.id, ok: true, pdf: Uint8Array.from(pdf) };
  } catch (error) {
    return {
      id: job.id,
      ok: false,
      message: (error as Error).message,
      unknownParticipant: error instanceof UnknownParticipantError,
    };
  }
}

parentPort?.on('message', (job: PdfJob) => {
  void render(job).then((reply) =>
    parentPort?.postMessage(reply, reply.ok ? [reply.pdf.buffer as ArrayBuffer] : []),
  );
});
