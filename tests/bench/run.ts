/**
 * `npm run bench`: one run, one table. The host and a bare socket.io relay (the baseline) each
 * run in their own process and face the same crowd from a separate load-generator process.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../shared/session/answer-schema.js';
import { participantAppSize, type AppSize } from './app-size.js';
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
import { launchHost } from './host-launcher.js';
import {
  measureLive,
  type LiveFigures,
  type LiveOptions,
  type LiveTarget,
} from './live-measure.js';
import { measureResultsPdf, type PdfMeasure } from './results-pdf-measure.js';
import { formatTable, kb, mb, ms, ratio, yesNo, type Row } from './table.js';

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

type Outcome = { ok: true; figures: LiveFigures } | { ok: false; reason: string };

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
    const host = await launchHost({ dataDir, participantHostname: '127.0.0.1' });
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

function liveRows(host: Outcome, base: Outcome): Row[] {
  const h = host.ok ? host.figures : undefined;
  const b = base.ok ? base.figures : undefined;
  const na = (o: Outcome) => (o.ok ? '' : 'not available');
  const n = PARTICIPANTS.toLocaleString('en');
  const rssAt = (f?: LiveFigures) =>
    f ? Math.max(f.memoryConnected.rssBytes, f.memoryAfter.rssBytes) : undefined;
  const row = (
    measure: string,
    value: (f: LiveFigures) => number | null,
    show: (v: number | null) => string,
    target: string,
    met: ((v: number | null) => boolean) | null,
    withRatio = true,
  ): Row => {
    const hv = h ? value(h) : undefined;
    const bv = b ? value(b) : undefined;
    return {
      measure,
      host: hv === undefined ? na(host) : show(hv),
      baseline: bv === undefined ? na(base) : show(bv),
      ratio: withRatio ? ratio(hv, bv) : '—',
      target,
      met: met === null ? '—' : hv === undefined ? 'NO' : yesNo(met(hv)),
    };
  };
  const int = (v: number | null) => (v == null ? 'n/a' : v.toLocaleString('en'));
  return [
    row(
      'participants connected',
      (f) => f.join.joined,
      int,
      n,
      (v) => v === PARTICIPANTS,
      false,
    ),
    row(
      `answers lost (all answer within 2 s)`,
      (f) => f.answer.lost,
      int,
      '0',
      (v) => v === 0,
      false,
    ),
    row('answer ack latency p50', (f) => f.answer.latency.p50, ms, '—', null),
    row(
      'answer ack latency p95',
      (f) => f.answer.latency.p95,
      ms,
      '≤ 100 ms',
      (v) => v != null && v <= 100,
    ),
    row('answer ack latency p99', (f) => f.answer.latency.p99, ms, '—', null),
    row(
      'console sees the final aggregate',
      (f) => f.consoleLagMs,
      ms,
      '≤ 500 ms after last ack',
      (v) => v != null && v <= 500,
    ),
    row(
      `RSS at ${n} connected`,
      (f) => rssAt(f) ?? 0,
      (v) => mb(v ?? 0),
      '≤ 400 MB',
      (v) => v != null && v <= 400 * 1024 * 1024,
    ),
    row(
      'peak RSS (VmHWM)',
      (f) => f.memoryAfter.peakRssBytes,
      (v) => mb(v ?? 0),
      '—',
      null,
    ),
    row(
      'CPU during the answer burst',
      (f) => f.answerCpu.cores * 100,
      (v) => `${Math.round(v ?? 0)}% of a core`,
      '—',
      null,
    ),
    row(
      'resumed with identical answers (storm in 5 s)',
      (f) => f.storm.identical,
      int,
      `all ${n}`,
      (v) => v === PARTICIPANTS,
      false,
    ),
    row('time until all resumed (from the drop)', (f) => f.storm.ms, ms, '—', null),
    row('resume ack latency p95', (f) => f.storm.latency.p95, ms, '—', null),
  ];
}

function pdfRows(pdf: PdfMeasure): Row[] {
  const what = `results PDF, ${PDF_PARTICIPANTS.toLocaleString('en')} × 15 exercises`;
  if (!pdf.available) {
    return [
      {
        measure: what,
        host: 'not available yet',
        baseline: '—',
        ratio: '—',
        target: '≤ 1 s',
        met: 'NO',
      },
    ];
  }
  return [
    {
      measure: `${what}: first render`,
      host: ms(pdf.firstMs),
      baseline: '—',
      ratio: '—',
      target: '≤ 1 s',
      met: yesNo(pdf.firstMs <= 1000),
    },
    {
      measure: `${what}: warm render`,
      host: ms(pdf.warmMs),
      baseline: '—',
      ratio: '—',
      target: '≤ 1 s',
      met: yesNo(pdf.warmMs <= 1000),
    },
    {
      measure: `${what}: size`,
      host: kb(pdf.bytes),
      baseline: '—',
      ratio: '—',
      target: '—',
      met: '—',
    },
  ];
}

function appRow(size: AppSize): Row {
  const measure = 'participant app transfer size (gzip, JS + CSS)';
  if (!size.available) {
    return {
      measure,
      host: 'not available yet',
      baseline: '—',
      ratio: '—',
      target: '≤ 120 KB',
      met: 'NO',
    };
  }
  return {
    measure,
    host: kb(size.gzipBytes),
    baseline: '—',
    ratio: '—',
    target: '≤ 120 KB',
    met: yesNo(size.gzipBytes <= 120 * 1024),
  };
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

  const rows = [...liveRows(host, base), ...pdfRows(pdf), appRow(app)];
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
