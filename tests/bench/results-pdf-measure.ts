import { renderResultsPdf } from '../../main/exports/index.js';
import { buildResultsSession } from './results-session.js';

export type PdfMeasure =
  | { available: true; firstMs: number; warmMs: number; bytes: number; pdf: Buffer }
  | { available: false; reason: string };

/** Times renderResultsPdf on a finished session: the first export, then a warm one. */
export async function measureResultsPdf(participants: number): Promise<PdfMeasure> {
  const session = buildResultsSession(participants);
  const options = { paperSize: 'A4' as const, support: session.settings.support };
  try {
    let started = performance.now();
    await renderResultsPdf(session, options);
    const firstMs = performance.now() - started;
    started = performance.now();
    const pdf = await renderResultsPdf(session, options);
    const warmMs = performance.now() - started;
    return { available: true, firstMs, warmMs, bytes: pdf.length, pdf };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
