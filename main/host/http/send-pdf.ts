import type { ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import { sendText } from './security-headers.js';

/** Renders a PDF and sends it; a renderer that throws becomes a plain 500, never a crash. */
export async function sendPdf(
  res: ServerResponse,
  fileName: string,
  log: Logger,
  render: () => Promise<Buffer>,
): Promise<void> {
  let pdf: Buffer;
  try {
    pdf = await render();
  } catch (error) {
    log.error(`Rendering ${fileName} failed: ${(error as Error).message}`);
    sendText(res, 500, `The PDF could not be made: ${(error as Error).message}`);
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Length', pdf.length);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(pdf);
}
