/**
 * Live session rows: each size run `repeats` times against the host and the bare relay, the two
 * interleaved and the order alternating, so drift on the machine hits both alike.
 */
import type { BenchOptions, RowProducer, RowSet } from './row-producers.js';
import { runSession, type SessionFigures, type Target } from './session-run.js';
import { spreadOf, summarize } from './stats.js';
import { mb, ms, ratio, spreadCell, yesNo, type Row } from './table.js';

const EXERCISES = 3;
const ANSWER_SPREAD_MS = 2000;
const PHASE_TIMEOUT_MS = 90_000;
const STORM_SPREAD_MS = 5000;

type Runs = Record<Target, SessionFigures[]>;

function reasonOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

interface Figure {
  measure: string;
  value: (f: SessionFigures) => number | null;
  show: (v: number) => string;
  target: string;
  /** Judged on every run of the host; null: no target. */
  met: ((v: number) => boolean) | null;
  withRatio?: boolean;
}

function row(figure: Figure, runs: Runs): Row {
  const values = (target: Target) =>
    runs[target].map((f) => figure.value(f) ?? Number.NaN).filter((v) => !Number.isNaN(v));
  const host = values('host');
  const base = values('baseline');
  const hostSpread = spreadOf(host);
  const baseSpread = spreadOf(base);
  // A run that could not give a figure (a phone never saw the reveal) fails the target.
  const missing = runs.host.some((f) => figure.value(f) === null);
  return {
    measure: figure.measure,
    host: spreadCell(hostSpread, figure.show),
    baseline: spreadCell(baseSpread, figure.show),
    ratio: figure.withRatio === false ? '—' : ratio(hostSpread?.median, baseSpread?.median),
    target: figure.target,
    met:
      figure.met === null
        ? '—'
        : yesNo(!missing && host.length > 0 && host.every((v) => figure.met!(v))),
  };
}

const p = (f: SessionFigures, q: 'p50' | 'p95' | 'p99') =>
  f.ackLatencies.length > 0 ? summarize(f.ackLatencies)[q] : null;
const int = (v: number) => Math.round(v).toLocaleString('en');

function figuresFor(phones: number, full: boolean): Figure[] {
  const n = phones.toLocaleString('en');
  const at = (what: string) => `${n} phones: ${what}`;
  const answers = phones * EXERCISES;
  const all: (Figure & { always?: boolean })[] = [
    {
      measure: at('phones joined'),
      value: (f) => f.joined,
      show: int,
      target: n,
      met: (v) => v === phones,
      withRatio: false,
    },
    {
      measure: at('time for all to join (50 joining at once)'),
      value: (f) => f.joinMs,
      show: ms,
      target: '—',
      met: null,
    },
    {
      measure: at(`answers lost (of ${answers.toLocaleString('en')})`),
      value: (f) => f.answersSent - f.answersAcked,
      show: int,
      target: '0',
      met: (v) => v === 0,
      withRatio: false,
      always: true,
    },
    {
      measure: at('answer ack p50, as the phone sees it'),
      value: (f) => p(f, 'p50'),
      show: ms,
      target: '—',
      met: null,
    },
    {
      measure: at('answer ack p95, as the phone sees it'),
      value: (f) => p(f, 'p95'),
      show: ms,
      target: '≤ 100 ms',
      met: (v) => v <= 100,
      always: true,
    },
    {
      measure: at('answer ack p99, as the phone sees it'),
      value: (f) => p(f, 'p99'),
      show: ms,
      target: '—',
      met: null,
    },
    {
      measure: at('open → every phone shows it (worst of the 3 exercises)'),
      value: (f) => f.openToAllMs,
      show: ms,
      target: '—',
      met: null,
    },
    {
      measure: at('reveal → every phone shows it (worst of the 3 exercises)'),
      value: (f) => f.revealToAllMs,
      show: ms,
      target: '—',
      met: null,
      always: true,
    },
    {
      measure: at('last answer → console count complete (worst of the 3 exercises)'),
      value: (f) => f.consoleLagMs,
      show: ms,
      target: '≤ 500 ms',
      met: (v) => v <= 500,
    },
    {
      measure: at('CPU time per answer (open to reveal, all work)'),
      value: (f) => f.cpuMsPerAnswer,
      show: (v) => `${v.toFixed(2)} ms`,
      target: '≤ 0.15 ms',
      met: (v) => v <= 0.15,
      always: true,
    },
    {
      measure: at('load generator CPU per answer (same window, shares the cores)'),
      value: (f) => f.generatorCpuMsPerAnswer,
      show: (v) => `${v.toFixed(2)} ms`,
      target: '—',
      met: null,
      always: true,
    },
    {
      measure: at('RSS after the last question'),
      value: (f) => f.rssAfterBytes,
      show: mb,
      target: phones <= 2000 ? '≤ 400 MB' : '—',
      met: phones <= 2000 ? (v) => v <= 400 * 1024 * 1024 : null,
      always: true,
    },
    {
      measure: at('RSS per phone (growth from no phones to the last question)'),
      value: (f) => (f.rssAfterBytes - f.rssBeforeJoinBytes) / phones,
      show: (v) => `${(v / 1024).toFixed(1)} KB`,
      target: phones >= 8000 ? '≤ 30 KB' : '—',
      met: phones >= 8000 ? (v) => v <= 30 * 1024 : null,
      always: true,
    },
    {
      measure: at('peak RSS, start to the last question (VmHWM)'),
      value: (f) => f.peakRssBytes,
      show: mb,
      target: '≤ 400 MB',
      met: (v) => v <= 400 * 1024 * 1024,
      always: true,
    },
  ];
  if (full) {
    all.push(
      {
        measure: at('reconnect storm (all drop, back within 5 s): resumed, answer intact'),
        value: (f) => f.storm?.identical ?? null,
        show: int,
        target: `all ${n}`,
        met: (v) => v === phones,
        withRatio: false,
      },
      {
        measure: at('reconnect storm: drop → last phone resumed (returns spread over 5 s)'),
        value: (f) => f.storm?.ms ?? null,
        show: ms,
        target: '—',
        met: null,
      },
      {
        measure: at('reconnect storm: resume ack p95'),
        value: (f) => f.storm?.latency.p95 ?? null,
        show: ms,
        target: '—',
        met: null,
      },
    );
  }
  return all.filter((f) => full || f.always);
}

async function produce(options: BenchOptions): Promise<RowSet> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const largest = Math.max(...options.phones);
  for (const [i, phones] of options.phones.entries()) {
    const repeats = phones === largest ? options.repeatsLargest : options.repeats;
    const runs: Runs = { host: [], baseline: [] };
    for (let r = 0; r < repeats; r++) {
      const order: Target[] = r % 2 === 0 ? ['host', 'baseline'] : ['baseline', 'host'];
      for (const target of order) {
        options.log(`session: ${phones} phones, ${target}, run ${r + 1} of ${repeats}…`);
        try {
          const figures = await runSession(target, {
            phones,
            exercises: EXERCISES,
            answerSpreadMs: ANSWER_SPREAD_MS,
            phaseTimeoutMs: PHASE_TIMEOUT_MS,
            // The reconnect storm at the first size only, to keep the bench's time reasonable.
            ...(i === 0 ? { stormSpreadMs: STORM_SPREAD_MS } : {}),
          });
          runs[target].push(figures);
          const stormErrors = figures.storm?.errors ?? {};
          if (Object.keys(stormErrors).length > 0) {
            notes.push(
              `${target}, ${phones} phones, run ${r + 1}, storm: ${JSON.stringify(stormErrors)}`,
            );
          }
          if (Object.keys(figures.errors).length > 0) {
            notes.push(
              `${target}, ${phones} phones, run ${r + 1}: ${JSON.stringify(figures.errors)}`,
            );
          }
        } catch (error) {
          notes.push(`${target}, ${phones} phones, run ${r + 1} failed: ${reasonOf(error)}`);
        }
      }
    }
    rows.push(...figuresFor(phones, i === 0).map((figure) => row(figure, runs)));
    if (repeats !== options.repeats) {
      notes.push(
        `${phones.toLocaleString('en')} phones: ${repeats} runs per target (not ${options.repeats}), to keep the bench's time reasonable`,
      );
    }
  }
  notes.push(
    'session: phones join first; then for each of 3 exercises the console opens it, every phone answers ' +
      'at a random moment within 2 s of its own screen showing it open, the console closes and reveals. ' +
      'Room-wide views are coalesced: a cheap send goes out on the loop’s next turn; a big room gets at ' +
      'most one O(N) pass per interval (4 × the last pass’s cost, up to 250 ms). Open/reveal latencies include it.',
  );
  return { rows, notes };
}

export const sessionRows: RowProducer = { name: 'live session', produce };
