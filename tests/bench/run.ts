/**
 * `npm run bench`: one run, one table. The host and a bare socket.io relay (the baseline) each
 * run in their own process and face the same crowd from a separate load-generator process.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../shared/session/answer-schema.js';
import { participantAppSize } from './app-size.js';
import { appRow, liveRows, pdfRows, type Outcome } from './bench-rows.js';
import {
  LIVE_OPTION_IDS,
  LIVE_STEP_ID,
  LIVE_STEP_INDEX,
  benchTemplateFile,
} from './bench-template.js';
import type { RelayMessage } from './bare-relay.js';
import {
  forkScript,
  hasType,
  nextMessage,
  repoRoot,
  siblingScript,
  stopChild,
} from './child-process.js';
import { connectConsole, openExercise } from './console-driver.js';
import { CROWD_JOIN_LIMIT } from './crowd-join-limit.js';
import { launchHost } from './host-launcher.js';
import { measureLive, type LiveOptions, type LiveTarget } from './live-measure.js';
import { measureResultsPdf } from './results-pdf-measure.js';
import { formatTable } from './table.js';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 2000);
const PDF_PARTICIPANTS = 2000;
const TIME_BOUND_MS = 9 * 60_000;
const liveOptions: LiveOptions = {
  participants: PARTICIPANTS,
  answerSpreadMs: 2000,
  stormSpreadMs: 5000,
  phaseTimeoutMs: 90_000,
};
const answers: Answer[] = LIVE_OPTION_IDS.map((id) => ({ kind: 'choice', optionIds: [id] }));

function reasonOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

async function runBaseline(): Promise<Outcome> {
  const relay = forkScript(siblingScript('bare-relay'));
  try {
    const ready = await nextMessage(relay, hasType<RelayMessage>('ready'), 30_000, 'the relay');
    const origin = `http://127.0.0.1:${ready.port}`;
    const consoleSocket = await connectConsole(origin, 'baseline');
    try {
      const target: LiveTarget = {
        pid: ready.pid,
        participantOrigin: origin,
        console: consoleSocket,
        roomCode: 'BENCH2',
        stepId: LIVE_STEP_ID,
        answers,
      };
      return { ok: true, figures: await measureLive(target, liveOptions) };
    } finally {
      consoleSocket.close();
    }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  } finally {
    await stopChild(relay);
  }
}

async function runHost(): Promise<Outcome> {
  const dataDir = mkdtempSync(join(tmpdir(), 'circlework-bench-'));
  try {
    const host = await launchHost({
      dataDir,
      participantHostname: '127.0.0.1',
      // The load generator joins everyone from one address; the per-address join limit is not
      // what the bench measures.
      participantJoinLimit: CROWD_JOIN_LIMIT,
    });
    try {
      const consoleSocket = await connectConsole(host.consoleOrigin, host.token);
      try {
        const view = await openExercise(consoleSocket, benchTemplateFile, LIVE_STEP_INDEX);
        const target: LiveTarget = {
          pid: host.pid,
          participantOrigin: host.participantUrl.replace(/\/$/, ''),
          console: consoleSocket,
          roomCode: view.roomCode,
          stepId: LIVE_STEP_ID,
          answers,
        };
        return { ok: true, figures: await measureLive(target, liveOptions) };
      } finally {
        consoleSocket.close();
      }
    } finally {
      await host.close();
    }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function openFileLimit(): number {
  const limits = readFileSync('/proc/self/limits', 'utf8');
  const match = /^Max open files\s+(\d+)/m.exec(limits);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

async function main(): Promise<void> {
  const bound = setTimeout(() => {
    console.error(`bench: stopped at the ${TIME_BOUND_MS / 60_000}-minute bound`);
    process.exit(2);
  }, TIME_BOUND_MS);
  bound.unref();
  const fdLimit = openFileLimit();
  if (fdLimit < PARTICIPANTS + 200) {
    console.warn(
      `bench: open-file limit ${fdLimit} is below ${PARTICIPANTS + 200}; raise it with ulimit -n`,
    );
  }
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  console.log(`bench: ${PARTICIPANTS} participants against the bare relay (baseline)…`);
  const base = await runBaseline();
  console.log(`bench: ${PARTICIPANTS} participants against the host…`);
  const host = await runHost();
  console.log('bench: results PDF…');
  const pdf = await measureResultsPdf(PDF_PARTICIPANTS);
  const app = participantAppSize(join(repoRoot, 'dist/renderer/participant'));

  const rows = [
    ...liveRows(host, base, PARTICIPANTS),
    ...pdfRows(pdf, PDF_PARTICIPANTS),
    appRow(app),
  ];
  console.log('');
  console.log(formatTable(rows));
  console.log('');
  console.log(
    `${availableParallelism()} cores, Node ${process.versions.node}, open-file limit ${fdLimit}, ` +
      `load average ${loadAtStart.toFixed(1)} at start (other work on the machine skews absolute figures), ` +
      `bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  for (const [name, outcome] of [
    ['host', host],
    ['baseline', base],
  ] as const) {
    if (!outcome.ok) console.log(`${name}: not available: ${outcome.reason}`);
    else if (
      Object.keys(outcome.figures.answer.errors).length > 0 ||
      Object.keys(outcome.figures.storm.errors).length > 0 ||
      Object.keys(outcome.figures.join.errors).length > 0
    )
      console.log(
        `${name} errors: join ${JSON.stringify(outcome.figures.join.errors)}, answer ${JSON.stringify(outcome.figures.answer.errors)}, storm ${JSON.stringify(outcome.figures.storm.errors)}`,
      );
  }
  if (!pdf.available) console.log(`results PDF: ${pdf.reason}`);
  if (!app.available) console.log(`participant app: ${app.reason}`);
  process.exit(0);
}

void main();
