/**
 * What a phone downloads from the host, first visit and revisit, measured on the socket. The
 * baseline is the same responses with their bodies gzip-compressed: what a compressing server
 * would send for the same app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHost } from './host-launcher.js';
import { measureTransfer, type TransferFigures, type VisitFigures } from './phone-transfer.js';
import type { BenchOptions, RowProducer, RowSet } from './row-producers.js';
import { spreadOf } from './stats.js';
import { kb, ratio, spreadCell, yesNo, type Row } from './table.js';

const gzipped = (v: VisitFigures) => v.wireBytes - v.bodyBytes + v.gzipBodyBytes;

async function produce(options: BenchOptions): Promise<RowSet> {
  const dataDir = mkdtempSync(join(tmpdir(), 'circlework-bench-'));
  const runs: TransferFigures[] = [];
  try {
    const host = await launchHost({ dataDir, participantHostname: '127.0.0.1' });
    try {
      for (let r = 0; r < options.repeats; r++) {
        options.log(`transfer: phone visits, run ${r + 1} of ${options.repeats}…`);
        runs.push(await measureTransfer(new URL(host.participantUrl).origin, 'BENCH2'));
      }
    } finally {
      await host.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { rows: [], notes: [`transfer: not measured: ${reason}`] };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const last = runs[runs.length - 1] as TransferFigures;
  const visitRow = (
    what: 'first' | 'revisit',
    measure: string,
    target: string,
    met: (v: VisitFigures) => boolean,
  ): Row => {
    const host = spreadOf(runs.map((t) => t[what].wireBytes));
    const base = spreadOf(runs.map((t) => gzipped(t[what])));
    return {
      measure: `${measure} (${last[what].requests} request${last[what].requests === 1 ? '' : 's'}, headers included)`,
      host: spreadCell(host, kb),
      baseline: spreadCell(base, kb),
      ratio: ratio(host?.median, base?.median),
      target,
      met: yesNo(runs.every((t) => met(t[what]))),
    };
  };
  return {
    rows: [
      visitRow(
        'first',
        'phone, first visit: bytes the host sends',
        '≤ 100 KB',
        (v) => v.wireBytes <= 100 * 1024,
      ),
      visitRow(
        'revisit',
        'phone, revisit: bytes the host sends',
        'page answered 304',
        (v) => v.requests > 0 && v.notModified === v.requests,
      ),
    ],
    notes: [
      `transfer: asked with mobile Chrome's Accept-Encoding (gzip, deflate, br, zstd); the host answered with ` +
        `Content-Encoding ${last.encodings.join(', ')}; baseline = the same responses with gzip-compressed bodies.`,
      `transfer: revisit = what the browser asks again (assets under max-age come from its cache); ` +
        (last.validators.length > 0
          ? `validators the host sent: ${last.validators.join(', ')}; ${last.revisit.notModified} of ${last.revisit.requests} answered 304.`
          : `the host sends no validators (no ETag, no Last-Modified), so the page is downloaded again in full.`),
    ],
  };
}

export const transferRows: RowProducer = { name: 'phone transfer', produce };
