/**
 * Session reports render on a worker thread (the built host), so the loop that acknowledges
 * answers keeps turning while a 2,000-phone report is made; the result is the same valid PDF,
 * and a takeaway for someone who is not in the session is refused as before.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as PdfWorkerModule from '../../main/exports/pdf-worker.js';
import type * as ExportsModule from '../../main/exports/index.js';
import { renderResultsPdf } from '../../main/exports/index.js';
import { REPO_ROOT } from '../e2e/participant-harness.js';
import { qpdfCheck, savePdf } from '../unit/exports-pdf-tools.js';
import { stressSession } from '../unit/exports-stress-fixture.js';

const builtUrl = (file: string) => pathToFileURL(join(REPO_ROOT, 'dist/main/exports', file)).href;
const OPTIONS = { paperSize: 'A4', support: 'Crisis line 0800 000 000' } as const;

/** How many times the event loop turns until `work` settles. */
async function loopTurnsDuring(work: Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  void work.finally(() => (done = true));
  while (!done) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    turns++;
  }
  return turns;
}

describe('rendering session PDFs on a worker thread', () => {
  const workers: PdfWorkerModule.PdfWorker[] = [];
  afterAll(() => Promise.all(workers.map((w) => w.close())));

  async function builtWorker(): Promise<PdfWorkerModule.PdfWorker> {
    const { PdfWorker } = (await import(builtUrl('pdf-worker.js'))) as typeof PdfWorkerModule;
    const worker = new PdfWorker();
    workers.push(worker);
    return worker;
  }

  it('keeps the host loop turning while a 2,000-phone report renders, and the PDF is sound', async () => {
    const session = stressSession(2000);
    const worker = await builtWorker();
    expect(worker.threaded).toBe(true);
    const rendering = worker.render('renderResultsPdf', session, OPTIONS);
    const turnsOnWorker = await loopTurnsDuring(rendering);
    const pdf = await rendering;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(qpdfCheck(savePdf(pdf, 'worker-results'))).toContain(
      'No syntax or stream encoding errors',
    );

    // The same report on the host's own thread lets the loop turn far less often.
    const turnsInProcess = await loopTurnsDuring(renderResultsPdf(session, OPTIONS));
    console.log(
      `pdf-worker: loop turns during a 2,000-phone report: ${turnsOnWorker} on the worker, ${turnsInProcess} in process`,
    );
    expect(turnsOnWorker).toBeGreaterThan(Math.max(20, turnsInProcess * 4));
  });

  it('refuses a takeaway for someone not in the session, as the host does', async () => {
    const worker = await builtWorker();
    // The class of the built host, which the host's takeaway route checks for.
    const { UnknownParticipantError } = (await import(
      builtUrl('index.js')
    )) as typeof ExportsModule;
    await expect(
      worker.render('renderTakeawayPdf', stressSession(5), 'nobody-here', OPTIONS),
    ).rejects.toBeInstanceOf(UnknownParticipantError);
  });
});
