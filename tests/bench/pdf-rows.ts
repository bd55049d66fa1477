/**
 * The results PDF as the counselor gets it: asked for through the console door's export route
 * (what the console's export button fetches), from a session journaled on disk. The baseline is
 * the renderer alone on the same session in this process, so the ratio is what the route adds
 * (reading and replaying the journal, sending).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderResultsPdf } from '../../main/exports/index.js';
import { EXERCISE_COUNT } from './bench-template.js';
import { CROWD_JOIN_LIMIT } from './crowd-join-limit.js';
import { launchHost, type HostHandle } from './host-launcher.js';
import { acksWhilePdfRenders, PDF_DURING_PHONES, type AckFigures } from './pdf-during-answers.js';
import { RESULTS_SESSION_ID } from './results-journal.js';
import { buildResultsSession } from './results-session.js';
import type { BenchOptions, RowProducer, RowSet } from './row-producers.js';
import { spreadOf } from './stats.js';
import { kb, ms, ratio, spreadCell, yesNo } from './table.js';

const PDF_PARTICIPANTS = 2000;

/** GET the export route like the console's button does; ms to the last byte, and the size. */
async function viaRoute(host: HostHandle): Promise<{ ms: number; bytes: number }> {
  const url = `${host.consoleOrigin}/api/exports/results/${RESULTS_SESSION_ID}.pdf?token=${encodeURIComponent(host.token)}`;
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (!response.ok) throw new Error(`the export route answered ${response.status}`);
  return { ms: elapsed, bytes: body.byteLength };
}

async function produce(options: BenchOptions): Promise<RowSet> {
  const what = `results PDF, ${PDF_PARTICIPANTS.toLocaleString('en')} × ${EXERCISE_COUNT} exercises`;
  const dataDir = mkdtempSync(join(tmpdir(), 'circlework-bench-'));
  const route: number[] = [];
  const alone: number[] = [];
  let bytes = 0;
  let acks: AckFigures | undefined;
  let acksProblem: string | undefined;
  try {
    options.log(`results PDF: journaling ${PDF_PARTICIPANTS} participants…`);
    const host = await launchHost({
      dataDir,
      participantHostname: '127.0.0.1',
      seedResultsParticipants: PDF_PARTICIPANTS,
      participantJoinLimit: CROWD_JOIN_LIMIT,
    });
    try {
      const session = buildResultsSession(PDF_PARTICIPANTS);
      const renderAlone = async () => {
        const started = performance.now();
        await renderResultsPdf(session, { paperSize: 'A4', support: session.settings.support });
        alone.push(performance.now() - started);
      };
      const throughRoute = async () => {
        const got = await viaRoute(host);
        route.push(got.ms);
        bytes = got.bytes;
      };
      for (let r = 0; r < options.repeats; r++) {
        options.log(`results PDF: run ${r + 1} of ${options.repeats}…`);
        const order = r % 2 === 0 ? [throughRoute, renderAlone] : [renderAlone, throughRoute];
        for (const step of order) await step();
      }
      options.log(`results PDF: ${PDF_DURING_PHONES} phones answering during exports…`);
      acks = await acksWhilePdfRenders(host, () => viaRoute(host), options.repeats).catch(
        (error: unknown) => {
          acksProblem = error instanceof Error ? error.message.split('\n')[0] : String(error);
          return undefined;
        },
      );
    } finally {
      await host.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { rows: [], notes: [`results PDF: not measured: ${reason}`] };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const hostSpread = spreadOf(route);
  const baseSpread = spreadOf(alone);
  const during = spreadOf(acks?.duringP95 ?? []);
  const quiet = spreadOf(acks?.quietP95 ?? []);
  const phones = PDF_DURING_PHONES.toLocaleString('en');
  return {
    rows: [
      {
        measure: `${phones} phones answering while that PDF is exported again and again: ack p95`,
        host: spreadCell(during, ms),
        baseline: spreadCell(quiet, ms),
        ratio: ratio(during?.median, quiet?.median),
        target: '≤ 100 ms',
        met: yesNo(
          acks !== undefined &&
            acks.lost === 0 &&
            acks.duringP95.length === options.repeats &&
            acks.duringP95.every((v) => v <= 100),
        ),
      },
      {
        measure: `${what}: console export route, request → last byte`,
        host: spreadCell(hostSpread, ms),
        baseline: spreadCell(baseSpread, ms),
        ratio: ratio(hostSpread?.median, baseSpread?.median),
        target: '≤ 1 s',
        met: yesNo(route.length === options.repeats && route.every((v) => v <= 1000)),
      },
      {
        measure: `${what}: size`,
        host: kb(bytes),
        baseline: '—',
        ratio: '—',
        target: '—',
        met: '—',
      },
    ],
    notes: [
      'results PDF: baseline = renderResultsPdf alone on the same session in the bench process; ' +
        'the first of the route runs is the first export after the host started.',
      `results PDF while answering: the same host and ${phones} phones each changing their answer ` +
        `within 2 s, once while the export route is asked for the PDF over and over ` +
        `(${acks?.exports ?? 0} exports in all) and once without (baseline column); ` +
        `answers lost: ${acks?.lost ?? '—'}.` +
        (acksProblem ? ` Not measured: ${acksProblem}` : ''),
    ],
  };
}

export const pdfRows: RowProducer = { name: 'results PDF', produce };
